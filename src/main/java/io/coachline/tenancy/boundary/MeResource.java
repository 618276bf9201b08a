package io.coachline.tenancy.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.tenancy.control.Caller;

@ApplicationScoped
@Path("api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller as the API sees them: ids as the identity provider gives them. */
    public record Me(String userId, String tenantId, List<String> roles, String name, String email) {
    }

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Who is asking", description = "The caller from the verified token: user id (sub), tenant, roles, name and email.")
    public Me me() {
        return new Me(caller.subject(), caller.tenantKey(), caller.roles().stream().sorted().toList(),
                caller.name(), caller.email());
    }
}
