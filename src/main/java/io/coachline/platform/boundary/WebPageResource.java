package io.coachline.platform.boundary;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.PagePolicy;
import io.coachline.platform.control.WebFiles;

/**
 * Serves the web page's files from the WAR. The JAX-RS application owns the root so that every API
 * path is explicit; any GET no other resource claims lands here and is served only if {@link WebFiles}
 * says it is one of the page's own files.
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
            "map", "application/json",
            "txt", "text/plain; charset=utf-8");

    @Context
    ServletContext servletContext;

    @Inject
    Config config;

    @GET
    @Operation(hidden = true)
    public Response index() {
        return file("");
    }

    @GET
    @Path("{path: .+}")
    @Operation(hidden = true)
    public Response file(@PathParam("path") String path) {
        String resource = WebFiles.resolve(path).orElseThrow(() -> ApiException.notFound("no such resource"));
        InputStream content = servletContext.getResourceAsStream("/" + resource);
        if (content == null) {
            throw ApiException.notFound("no such resource");
        }
        String extension = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        return Response.ok(content, TYPES.getOrDefault(extension, "application/octet-stream"))
                .cacheControl(cache)
                .header("Content-Security-Policy", PagePolicy.contentSecurityPolicy(signInIssuer()))
                .build();
    }

    /** The issuer the page signs in at: the same lookup as /api/config (SignInConfigResource). */
    private Optional<String> signInIssuer() {
        return config.getOptionalValue("coachline.oidc.issuer", String.class)
                .or(() -> config.getOptionalValue("mp.jwt.verify.issuer", String.class));
    }
}
