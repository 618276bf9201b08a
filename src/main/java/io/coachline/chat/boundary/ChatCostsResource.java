package io.coachline.chat.boundary;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.coachline.chat.control.Budgets;
import io.coachline.chat.control.CostReports;
import io.coachline.chat.entity.CostViews.Own;

/** A user's own chat costs and the budgets they run against. */
@ApplicationScoped
@Path("api/chat/costs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat")
public class ChatCostsResource {

    @Inject
    CostReports reports;

    @Inject
    Budgets budgets;

    @GET
    @Operation(summary = "Your chat costs by model for a period (from, to: UTC dates; default this month)")
    public Own own(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new Own(reports.own(from, to), budgets.current(), budgets.spentByCaller(today),
                budgets.spentByCaller(today.withDayOfMonth(1)));
    }
}
