package io.coachline.athlete.boundary;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.athlete.control.ActivityHistory;
import io.coachline.athlete.entity.ActivityFilter;
import io.coachline.athlete.entity.ActivityViews;
import io.coachline.platform.boundary.QueryParameters;
import io.coachline.platform.control.ApiException;
import io.coachline.tenancy.control.Caller;

/**
 * The caller's activity history. Under {@code api} like {@link ImportResource}, so that
 * {@code POST api/activities/import} and {@code api/activities/{id}} belong to one root path and the import is
 * never taken for an activity id.
 */
@ApplicationScoped
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    private static final Set<String> LIST_PARAMETERS = Set.of("from", "to", "sport", "limit", "offset");

    @Inject
    Caller caller;

    @Inject
    ActivityHistory history;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("activities")
    @Operation(summary = "Your activities, newest first",
            description = "Query: from, to (yyyy-mm-dd, local days, inclusive), sport (run, ride, swim, walk, hike, other), "
                    + "limit (1-" + ActivityHistory.MAX_LIMIT + ", default " + ActivityHistory.DEFAULT_LIMIT + "), offset (0-"
                    + ActivityHistory.MAX_OFFSET + "). Answers {activities, total, limit, offset}.")
    public ActivityViews.Page list() {
        MultivaluedMap<String, String> query = uriInfo.getQueryParameters();
        for (String name : query.keySet()) {
            if (!LIST_PARAMETERS.contains(name)) {
                throw ApiException.badRequest(name, name + ": not a parameter; parameters: " + LIST_PARAMETERS.stream().sorted().toList());
            }
        }
        Integer limit = QueryParameters.integer("limit", query.getFirst("limit"));
        Integer offset = QueryParameters.integer("offset", query.getFirst("offset"));
        String sport = query.getFirst("sport");
        ActivityFilter filter = new ActivityFilter(ActivityHistory.date("from", query.getFirst("from")),
                ActivityHistory.date("to", query.getFirst("to")), sport == null || sport.isBlank() ? null : sport,
                limit == null ? ActivityHistory.DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
        return history.list(caller.userId(), filter);
    }

    @GET
    @Path("activities/{id}")
    @Operation(summary = "One of your activities with its per-km splits and best efforts",
            description = "404 for an id that is not yours.")
    public ActivityViews.Detail get(@PathParam("id") String id) {
        return history.get(caller.userId(), id);
    }

    @DELETE
    @Path("activities/{id}")
    @Operation(summary = "Delete one of your activities",
            description = "204. Training load, personal bests, predictions and insights no longer count it from the next request on. 404 for an id that is not yours.")
    public void delete(@PathParam("id") String id) {
        history.delete(caller.userId(), id);
    }
}
