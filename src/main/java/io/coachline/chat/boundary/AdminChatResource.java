package io.coachline.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.coachline.chat.control.Budgets;
import io.coachline.chat.control.CostReports;
import io.coachline.chat.entity.BudgetInput;
import io.coachline.chat.entity.CostViews.Budget;
import io.coachline.chat.entity.CostViews.Report;
import io.coachline.tenancy.boundary.RequiresRole;
import io.coachline.tenancy.control.Caller;

/** A tenant admin's view of the chat's cost and the tenant's budgets. */
@ApplicationScoped
@Path("api/admin")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Caller.ADMIN)
@Tag(name = "Chat administration")
public class AdminChatResource {

    @Inject
    CostReports reports;

    @Inject
    Budgets budgets;

    @GET
    @Path("costs")
    @Operation(summary = "Chat cost of your tenant for a period",
            description = "from, to: UTC dates (default: this month to today); group_by: user (default), route, model, "
                    + "or tenant (super-admins: every tenant).")
    public Report costs(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("group_by") String groupBy) {
        return reports.tenant(from, to, groupBy);
    }

    @GET
    @Path("chat/budget")
    @Operation(summary = "Your tenant's chat budgets in USD (per user and per tenant, daily and monthly)")
    public Budget budget() {
        return budgets.current();
    }

    @PUT
    @Path("chat/budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set your tenant's chat budgets; a missing field goes back to the server's default")
    public Budget setBudget(BudgetInput input) {
        return budgets.set(input);
    }
}
