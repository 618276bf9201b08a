package io.coachline.tenancy.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.tenancy.control.Caller;
import io.coachline.tenancy.control.UserDirectory;

@ApplicationScoped
@Path("api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Caller.ADMIN)
public class AdminUsersResource {

    public record UserView(String id, String name, String email, List<String> roles, Instant lastSeenAt) {
    }

    @Inject
    Caller caller;

    @Inject
    UserDirectory directory;

    @GET
    @Operation(summary = "The tenant's known users", description = "Everyone of the caller's tenant who has signed in at least once; id is the identity provider's user id (sub). Admins only.")
    public List<UserView> users() {
        return directory.usersOf(caller.tenantId()).stream()
                .map(u -> new UserView(u.subject(), u.displayName(), u.email(), u.roles(), u.lastSeenAt()))
                .toList();
    }
}
