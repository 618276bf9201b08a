package io.coachline.tenancy.boundary;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.coachline.platform.boundary.ErrorBody;
import io.coachline.tenancy.control.Caller;
import io.coachline.tenancy.control.UserDirectory;

/**
 * Turns the token MicroProfile JWT has verified into the request's {@link Caller} (provisioning tenant
 * and user on first sight) and enforces the resource's role. Resources are closed by default: only
 * {@code @PermitAll} ones are reachable without a token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Caller caller;

    @Inject
    UserDirectory directory;

    @Inject
    @ConfigProperty(name = "coachline.tenant-claim", defaultValue = "tenant_id")
    String tenantClaim;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || method.isAnnotationPresent(PermitAll.class)
                || (type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RequiresRole.class))) {
            return;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken jwt)) {
            request.abortWith(ErrorBody.unauthorized(base(request), "unauthorized", "a valid bearer token is required"));
            return;
        }
        String subject = jwt.getSubject();
        String tenant = claimText(jwt, tenantClaim);
        if (subject == null || subject.isBlank() || tenant == null || tenant.isBlank()) {
            request.abortWith(ErrorBody.unauthorized(base(request), "invalid_token",
                    "the token must carry a subject (sub) and a tenant (" + tenantClaim + ")"));
            return;
        }
        Set<String> roles = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        String name = firstNonBlank(claimText(jwt, "name"), claimText(jwt, "preferred_username"));
        UserDirectory.TokenClaims claims = new UserDirectory.TokenClaims(tenant, subject, name, claimText(jwt, "email"), roles);
        Caller.Identity known = UserDirectory.known(claims);
        caller.establish(known != null ? known : directory.resolve(claims));

        RequiresRole required = method.isAnnotationPresent(RequiresRole.class)
                ? method.getAnnotation(RequiresRole.class) : type.getAnnotation(RequiresRole.class);
        String role = required == null ? Caller.USER : required.value();
        if (!caller.hasRole(role)) {
            request.abortWith(ErrorBody.response(403, "forbidden",
                    "this operation needs the role '" + role + "'; your roles: "
                            + roles.stream().sorted().collect(Collectors.joining(", ", "[", "]")), null));
        }
    }

    private static String base(ContainerRequestContext request) {
        return request.getUriInfo().getBaseUri().toString();
    }

    private static String claimText(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        return value instanceof JsonString json ? json.getString() : value.toString();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
