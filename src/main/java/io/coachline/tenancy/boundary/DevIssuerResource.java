package io.coachline.tenancy.boundary;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.platform.control.ApiException;
import io.coachline.tenancy.control.ClaimRules;
import io.coachline.tenancy.control.DemoData;
import io.coachline.tenancy.control.DevIssuer;

/** The development issuer's endpoints; all answer 404 unless it is enabled. */
@Path("dev")
@PermitAll
public class DevIssuerResource {

    private static final Set<String> KNOWN_ROLES = Set.of("user", "admin", "super-admin");

    /** Either {@code user} (a demo user's id) or {@code sub} + {@code tenant} for any identity. */
    public record TokenRequest(String user, String sub, String tenant, List<String> roles, String name,
                               String email, Long ttlSeconds) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn, String sub, String tenant,
                                List<String> roles) {
    }

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "coachline.tenant-claim", defaultValue = "tenant_id")
    String tenantClaim;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String page() {
        requireEnabled();
        return DevSignInPage.render(DemoData.USERS);
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Development issuer's public keys (JWKS)")
    public String jwks() {
        requireEnabled();
        return DevIssuer.jwks();
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mint a development token", description = "Only with coachline.dev-issuer.enabled=true. Body: {\"user\": \"demo-athlete\"} or {\"sub\", \"tenant\", \"roles\", \"name\", \"email\", \"ttl_seconds\"}.")
    public TokenResponse token(TokenRequest request) {
        requireEnabled();
        if (request == null) {
            throw ApiException.badRequest("user", "send {\"user\": \"<demo user id>\"} or {\"sub\": ..., \"tenant\": ...}");
        }
        String sub;
        String tenant;
        List<String> roles;
        String name = request.name();
        String email = request.email();
        if (request.user() != null) {
            DemoData.DemoUser demo = DemoData.user(request.user());
            if (demo == null) {
                throw ApiException.badRequest("user", "unknown demo user '" + request.user() + "'; one of "
                        + DemoData.USERS.stream().map(DemoData.DemoUser::subject).toList());
            }
            sub = demo.subject();
            tenant = DemoData.TENANT;
            roles = request.roles() == null ? demo.roles() : request.roles();
            name = name == null ? demo.name() : name;
            email = email == null ? demo.email() : email;
        } else {
            sub = required("sub", request.sub());
            tenant = required("tenant", request.tenant());
            roles = request.roles() == null ? List.of("user") : request.roles();
        }
        for (String role : roles) {
            if (!KNOWN_ROLES.contains(role)) {
                throw ApiException.badRequest("roles", "unknown role '" + role + "'; one of " + KNOWN_ROLES);
            }
        }
        long ttl = request.ttlSeconds() == null ? DevIssuer.DEFAULT_TTL_SECONDS : request.ttlSeconds();
        if (ttl < 1 || ttl > 86_400) {
            throw ApiException.badRequest("ttl_seconds", "ttl_seconds must be between 1 and 86400");
        }
        String token = DevIssuer.mint(sub, tenantClaim, tenant, roles, name, email, ttl);
        return new TokenResponse(token, "Bearer", ttl, sub, tenant, roles);
    }

    private void requireEnabled() {
        if (!DevIssuer.enabled(config)) {
            throw ApiException.notFound("the development issuer is off (coachline.dev-issuer.enabled=false)");
        }
    }

    private static String required(String field, String value) {
        if (!ClaimRules.isIdentifier(value)) {
            throw ApiException.badRequest(field, field + " is required (1-" + ClaimRules.MAX_ID_LENGTH
                    + " characters, no control characters) when no demo user is given");
        }
        return value;
    }
}
