package io.coachline.athlete.boundary;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.athlete.control.AnalyticsInputs;
import io.coachline.athlete.control.AthleteAnalytics;
import io.coachline.platform.boundary.QueryParameters;
import io.coachline.platform.control.ApiException;
import io.coachline.tenancy.control.Caller;

/** {@code GET /api/analytics/<tool_name>} with the tool's inputs as query parameters, on the caller's own data. */
@Path("api/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            "get_recent_runs", Set.of("days"),
            "get_training_load", Set.of("days"),
            "get_efficiency_trend", Set.of("days"),
            "get_efficiency_by_zone", Set.of("effort_zone", "days"),
            "get_race_predictions", Set.of(),
            "get_recovery_status", Set.of(),
            "get_pb_patterns", Set.of(),
            "get_correlations", Set.of("days"),
            "get_active_insights", Set.of("limit"),
            "get_plan_week", Set.of());

    @Inject
    Caller caller;

    @Inject
    AthleteAnalytics analytics;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{tool}")
    @Operation(summary = "Run an analytics tool on your own data",
            description = "Tools: get_recent_runs(days=7), get_training_load(days=42), get_efficiency_trend(days=30), "
                    + "get_efficiency_by_zone(effort_zone=threshold, days=90), get_race_predictions, get_recovery_status, "
                    + "get_pb_patterns, get_correlations(days=90), get_active_insights(limit=5), get_plan_week.")
    public Object run(@PathParam("tool") String tool) {
        Set<String> allowed = PARAMETERS.get(tool);
        if (allowed == null) {
            throw ApiException.notFound("no analytics tool '" + tool + "'; tools: " + PARAMETERS.keySet().stream().sorted().toList());
        }
        MultivaluedMap<String, String> query = uriInfo.getQueryParameters();
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw ApiException.badRequest(name, name + ": not a parameter of " + tool + "; parameters: " + allowed);
            }
        }
        String user = caller.userId();
        return switch (tool) {
            case "get_recent_runs" -> analytics.recentRuns(user, new AnalyticsInputs.RecentRuns(integer(query, "days")));
            case "get_training_load" -> analytics.trainingLoad(user, new AnalyticsInputs.TrainingLoad(integer(query, "days")));
            case "get_efficiency_trend" -> analytics.efficiencyTrend(user, new AnalyticsInputs.EfficiencyTrend(integer(query, "days")));
            case "get_efficiency_by_zone" -> analytics.efficiencyByZone(user,
                    new AnalyticsInputs.EfficiencyByZone(query.getFirst("effort_zone"), integer(query, "days")));
            case "get_race_predictions" -> analytics.racePredictions(user);
            case "get_recovery_status" -> analytics.recoveryStatus(user);
            case "get_pb_patterns" -> analytics.pbPatterns(user);
            case "get_correlations" -> analytics.correlations(user, new AnalyticsInputs.Correlations(integer(query, "days")));
            case "get_active_insights" -> analytics.activeInsights(user, new AnalyticsInputs.ActiveInsights(integer(query, "limit")));
            default -> analytics.planWeek(user);
        };
    }

    private static Integer integer(MultivaluedMap<String, String> query, String name) {
        // Repeated parameters never get here: QueryParameters answers them with 400.
        return QueryParameters.integer(name, query.getFirst(name));
    }
}
