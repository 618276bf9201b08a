package io.coachline.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Answers with the body it was sent, after the same authentication as every API call: the baseline the
 * MCP benchmark compares tools/call against (bench/mcp.sh).
 */
@ApplicationScoped
@Path("api/echo")
public class EchoResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Echo (diagnostics)", description = "Returns the JSON body unchanged; for measuring the server's bare request cost.")
    public String echo(String body) {
        return body;
    }
}
