package io.coachline.platform.boundary;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.platform.control.ApiException;

/**
 * Serves the web page's files from the WAR. The JAX-RS application owns the root so that every API
 * path is explicit; any GET no other resource claims lands here and is looked up as a file.
 */
@Path("/")
@PermitAll
public class WebPageResource {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    @Context
    ServletContext servletContext;

    @GET
    @Operation(hidden = true)
    public Response index() {
        return file("");
    }

    @GET
    @Path("{path: .+}")
    @Operation(hidden = true)
    public Response file(@PathParam("path") String path) {
        String normalized = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        String upper = normalized.toUpperCase(Locale.ROOT);
        if (normalized.contains("..") || normalized.contains("\\") || upper.startsWith("WEB-INF") || upper.startsWith("META-INF")) {
            throw ApiException.notFound("no such resource: /" + path);
        }
        InputStream content = servletContext.getResourceAsStream("/" + normalized);
        if (content == null) {
            throw ApiException.notFound("no such resource: /" + path);
        }
        String extension = normalized.substring(normalized.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        return Response.ok(content, TYPES.getOrDefault(extension, "application/octet-stream"))
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
