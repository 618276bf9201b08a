package io.coachline.athlete.boundary;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.athlete.control.ActivityImporter;
import io.coachline.athlete.control.ImportJobs;
import io.coachline.platform.control.ApiException;
import io.coachline.tenancy.control.Caller;

@ApplicationScoped
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    Caller caller;

    @Inject
    ActivityImporter importer;

    @POST
    @Path("activities/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import activity files", description = "Multipart field `file`: a FIT, GPX, TCX, Strava activities.csv, or a zip of many. Answers 202 with an import job; poll GET /api/imports/{id}. A corrupt, hostile or physically impossible single file is rejected with 400 and stores nothing; in a zip, bad files are skipped with a reason. 413 above coachline.import.max-bytes; 429 while the same user's previous import runs or the server's import slots are all taken.")
    public Response importFile(List<EntityPart> parts) throws IOException {
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
        if (file == null) {
            throw ApiException.badRequest("file", "file: send the activity file as multipart field 'file'");
        }
        String fileName = file.getFileName().filter(n -> !n.isBlank()).orElse("upload");
        ImportJobs.JobView job = importer.start(caller.userId(),
                fileName.length() > 255 ? fileName.substring(0, 255) : fileName, file.getContent());
        return Response.accepted(job).location(URI.create("api/imports/" + job.id())).build();
    }

    @GET
    @Path("imports/{id}")
    @Operation(summary = "An import job's progress and per-file results")
    public ImportJobs.JobView job(@PathParam("id") String id) {
        return importer.job(caller.userId(), id);
    }
}
