package io.coachline.tenancy.boundary;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.platform.boundary.ErrorBody;
import io.coachline.tenancy.control.BearerTokens;
import io.coachline.tenancy.control.Caller;
import io.coachline.tenancy.control.ClaimRules;
import io.coachline.tenancy.control.UserDirectory;

/**
 * Verifies the request's bearer token ({@link BearerTokens}), turns it into the request's {@link Caller}
 * (provisioning tenant and user on first sight) and enforces the resource's role. Resources are closed by
 * default: only {@code @PermitAll} ones are reachable without a token; an invalid token is refused on every
 * resource, as the server's MicroProfile JWT did.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Caller caller;

    @Inject
    UserDirectory directory;

    @Inject
    BearerTokens tokens;

    @Inject
    @ConfigProperty(name = "coachline.tenant-claim", defaultValue = "tenant_id")
    String tenantClaim;

    // MicroProfile JWT allows for skew on exp only (mp.jwt.verify.clock.skew, default 0); iat and nbf get this.
    @Inject
    @ConfigProperty(name = "coachline.token.clock-skew-seconds", defaultValue = "60")
    long clockSkewSeconds;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        String rawToken = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        JsonObject payload = null;
        if (rawToken != null) {
            try {
                payload = tokens.verify(rawToken);
            } catch (ClaimRules.Rejected e) {
                LOG.info(() -> "Token refused: " + e.getMessage());
                request.abortWith(ErrorBody.unauthorized(base(request), "invalid_token", e.getMessage()));
                return;
            }
        }
        if (method == null || method.isAnnotationPresent(PermitAll.class)
                || (type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RequiresRole.class))) {
            return;
        }
        if (payload == null) {
            request.abortWith(ErrorBody.unauthorized(base(request), "unauthorized", "a valid bearer token is required"));
            return;
        }
        UserDirectory.TokenClaims token;
        try {
            token = ClaimRules.check(payload, tenantClaim, Instant.now().getEpochSecond(), clockSkewSeconds);
        } catch (ClaimRules.Rejected e) {
            // The message names the claim, never its value, so it is safe in the log and in the reply.
            LOG.info(() -> "Token refused: " + e.getMessage());
            request.abortWith(ErrorBody.unauthorized(base(request), "invalid_token", e.getMessage()));
            return;
        }
        Set<String> roles = caller.grantedRoles(token.tenantKey(), token.roles());
        UserDirectory.TokenClaims claims = new UserDirectory.TokenClaims(token.tenantKey(), token.subject(),
                token.name(), token.email(), roles);
        Caller.Identity known = UserDirectory.known(claims);
        if (known == null && !roles.equals(token.roles())) {
            LOG.warning(() -> "Token of tenant '" + token.tenantKey() + "' carries " + Caller.SUPER_ADMIN + ", which only "
                    + Caller.PLATFORM_TENANT_KEY + " may grant: counted as " + Caller.ADMIN + " of that tenant");
        }
        caller.establish(known != null ? known : directory.resolve(claims));

        RequiresRole required = method.isAnnotationPresent(RequiresRole.class)
                ? method.getAnnotation(RequiresRole.class) : type.getAnnotation(RequiresRole.class);
        String role = required == null ? Caller.USER : required.value();
        if (!caller.hasRole(role)) {
            request.abortWith(ErrorBody.response(403, "forbidden",
                    "this operation needs the role '" + role + "'; your roles: "
                            + caller.roles().stream().sorted().collect(Collectors.joining(", ", "[", "]")), null));
        }
    }

    /** The token of an {@code Authorization: Bearer} header (the scheme is case-insensitive, RFC 7235), or null. */
    static String bearer(String authorization) {
        String scheme = "Bearer ";
        if (authorization == null || !authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return null;
        }
        String token = authorization.substring(scheme.length()).strip();
        return token.isEmpty() ? null : token;
    }

    private static String base(ContainerRequestContext request) {
        return request.getUriInfo().getBaseUri().toString();
    }
}
