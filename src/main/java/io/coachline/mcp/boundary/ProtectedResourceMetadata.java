package io.coachline.mcp.boundary;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.inject.Inject;

/** OAuth 2.0 Protected Resource Metadata (RFC 9728): which authorization server issues tokens for /mcp. */
@Path(".well-known/oauth-protected-resource")
@PermitAll
public class ProtectedResourceMetadata {

    @Inject
    Config config;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Protected resource metadata (RFC 9728)")
    public String metadata() {
        JsonArrayBuilder servers = Json.createArrayBuilder();
        Optional<String> issuer = config.getOptionalValue("coachline.oidc.issuer", String.class)
                .or(() -> config.getOptionalValue("mp.jwt.verify.issuer", String.class));
        issuer.ifPresent(servers::add);
        return Json.createObjectBuilder()
                // The base URI is the server's own origin, never the client's Host header (PublicOriginFilter).
                .add("resource", uriInfo.getBaseUri().resolve("mcp").toString())
                .add("authorization_servers", servers)
                .add("bearer_methods_supported", Json.createArrayBuilder().add("header"))
                .add("resource_name", "Coachline")
                .build().toString();
    }

    @GET
    @Path("mcp")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String metadataForMcpPath() {
        return metadata();
    }
}
