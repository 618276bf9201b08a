package io.coachline.coach.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.coachline.coach.control.CoachAssignments;
import io.coachline.coach.control.SystemCoaches;
import io.coachline.coach.entity.AdminCreateCoachInput;
import io.coachline.coach.entity.AdminListCoachesInput;
import io.coachline.coach.entity.AdminUpdateCoachInput;
import io.coachline.coach.entity.AssignResult;
import io.coachline.coach.entity.AssignmentInput;
import io.coachline.coach.entity.AssignmentView;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CoachPage;
import io.coachline.coach.entity.SystemCoachView;
import io.coachline.tenancy.boundary.RequiresRole;
import io.coachline.tenancy.control.Caller;

/** The admin coach operations over REST (application-scoped like CoachesResource): system coaches of the admin's tenant, and global ones for super-admins. */
@ApplicationScoped
@Path("api/admin/coaches")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Caller.ADMIN)
@Tag(name = "Admin: coaches", description = "System coaches of your tenant and their assignments; global coaches for super-admins.")
public class AdminCoachesResource {

    @Inject
    SystemCoaches systemCoaches;

    @Inject
    CoachAssignments assignments;

    @GET
    @Operation(summary = "admin_list_system_coaches", description = "Your tenant's system coaches (and every global one for a super-admin) by title, with usage totals. limit 1-200 (default 50), offset.")
    public CoachPage<SystemCoachView> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return systemCoaches.list(new AdminListCoachesInput(RequestValues.integer("limit", limit),
                RequestValues.integer("offset", offset)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "admin_create_system_coach", description = "201 with the coach and its Location. visibility tenant (default), private (assigned users only) or global (super-admins only); system_prompt up to 4,000 tokens.")
    public Response create(AdminCreateCoachInput input, @Context UriInfo uriInfo) {
        SystemCoachView coach = systemCoaches.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(coach.id()).build()).entity(coach).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "admin_get_system_coach", description = "404 unless you manage it.")
    public SystemCoachView get(@PathParam("id") String id) {
        return systemCoaches.get(new CoachIdInput(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "admin_update_system_coach", description = "Partial: only the fields given change (at least one).")
    public SystemCoachView update(@PathParam("id") String id, AdminUpdateCoachInput input) {
        if (input != null) {
            RequestValues.samePathId(id, input.coachId());
        }
        return systemCoaches.update(input == null ? null : input.withCoachId(id));
    }


    @DELETE
    @Path("{id}")
    @Operation(summary = "admin_delete_system_coach", description = "Also removes its assignments and every user's state for it.")
    public void delete(@PathParam("id") String id) {
        systemCoaches.delete(new CoachIdInput(id));
    }

    @GET
    @Path("{id}/assignments")
    @Operation(summary = "admin_list_coach_assignments", description = "Users of your tenant the coach is assigned to: id (sub), name, email, who assigned them and when.")
    public List<AssignmentView> assignments(@PathParam("id") String id) {
        return assignments.list(new CoachIdInput(id));
    }

    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "admin_assign_coach", description = "Body {\"user_id\": \"<sub>\"}; the user must have signed in to your tenant. 201 when assigned, 200 with changed=false when already assigned.")
    public Response assign(@PathParam("id") String id, AssignmentInput input) {
        if (input != null) {
            RequestValues.samePathId(id, input.coachId());
        }
        AssignResult result = assignments.assign(input == null ? null : input.withCoachId(id));
        return Response.status(result.changed() ? Response.Status.CREATED : Response.Status.OK).entity(result).build();
    }

    @DELETE
    @Path("{id}/assignments/{userId}")
    @Operation(summary = "admin_unassign_coach", description = "204; 404 (field user_id) when the user is not assigned.")
    public void unassign(@PathParam("id") String id, @PathParam("userId") String userId) {
        assignments.unassign(new AssignmentInput(id, userId));
    }
}
