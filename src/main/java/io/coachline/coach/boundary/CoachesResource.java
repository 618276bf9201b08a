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

import io.coachline.coach.control.CoachCatalog;
import io.coachline.coach.control.CoachPreferences;
import io.coachline.coach.control.PromptTokens;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CoachLimits;
import io.coachline.coach.entity.CoachPage;
import io.coachline.coach.entity.CoachStateResults;
import io.coachline.coach.entity.CoachView;
import io.coachline.coach.entity.CreateCoachInput;
import io.coachline.coach.entity.ListCoachesInput;
import io.coachline.coach.entity.SearchCoachesInput;
import io.coachline.coach.entity.PromptTokensInput;
import io.coachline.coach.entity.UpdateCoachInput;
import io.coachline.platform.control.Inputs;

/**
 * The user's coach operations over REST; each maps the request and delegates to the control layer.
 * Application-scoped, so the EJB references are resolved once rather than on every request.
 */
@ApplicationScoped
@Path("api/coaches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coaches", description = "Coaches you see (your own, your tenant's, assigned and global ones) and your state per coach.")
public class CoachesResource {

    @Inject
    CoachCatalog catalog;

    @Inject
    CoachPreferences preferences;

    @GET
    @Operation(summary = "list_coaches: the coaches you see",
            description = "Favorites first, then by your usage, then title. Query: category, favorites_only, include_hidden, limit (1-100, default 50), offset.")
    public CoachPage<CoachView> list(@QueryParam("category") String category,
                                     @QueryParam("favorites_only") String favoritesOnly,
                                     @QueryParam("include_hidden") String includeHidden,
                                     @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return catalog.list(new ListCoachesInput(category, RequestValues.bool("favorites_only", favoritesOnly),
                RequestValues.bool("include_hidden", includeHidden), RequestValues.integer("limit", limit),
                RequestValues.integer("offset", offset)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "create_coach: a new private coach of your own",
            description = "201 with the coach and its Location. Limits: title 1-100, description 500, system_prompt 2,000 tokens, 10 tags of 32, 10 sample prompts of 500.")
    public Response create(CreateCoachInput input, @Context UriInfo uriInfo) {
        CoachView coach = catalog.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(coach.id()).build()).entity(coach).build();
    }

    @GET
    @Path("search")
    @Operation(summary = "search_coaches: find visible, non-hidden coaches",
            description = "Case-insensitive (ASCII) substring match of query over title, tags and description; % and _ are literal. Title matches rank first, then tags, then description. limit 1-100 (default 20).")
    public CoachPage<CoachView> search(@QueryParam("query") String query, @QueryParam("category") String category,
                                       @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return catalog.search(new SearchCoachesInput(query, category, RequestValues.integer("limit", limit),
                RequestValues.integer("offset", offset)));
    }

    @POST
    @Path("prompt-tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count a draft system prompt's tokens",
            description = "o200k_base, as create_coach counts them; limit is a user coach's, system_limit a system coach's.")
    public PromptTokensInput.Count promptTokens(PromptTokensInput input) {
        Inputs.validate("input", input);
        return new PromptTokensInput.Count(PromptTokens.count(input.systemPrompt()), CoachLimits.USER_PROMPT_TOKENS,
                CoachLimits.SYSTEM_PROMPT_TOKENS);
    }

    @GET
    @Path("hidden")
    @Operation(summary = "list_hidden_coaches: the coaches you have hidden")
    public List<CoachView> hidden() {
        return preferences.hidden();
    }

    @GET
    @Path("active")
    @Operation(summary = "get_active_coach: your active coach, if any",
            description = "{\"active\": false} when none is active or the active coach is no longer visible to you.")
    public CoachStateResults.Active active() {
        return preferences.active();
    }

    @DELETE
    @Path("active")
    @Operation(summary = "deactivate_coach: clear your active coach", description = "Says whether one was active.")
    public CoachStateResults.Deactivated deactivate() {
        return preferences.deactivate();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "get_coach: one coach with its system prompt", description = "404 unless you can see it.")
    public CoachView get(@PathParam("id") String id) {
        return catalog.get(new CoachIdInput(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "update_coach: change your own coach",
            description = "Partial: only the fields given change (at least one). System coaches: 403 (admins change them).")
    public CoachView update(@PathParam("id") String id, UpdateCoachInput input) {
        if (input != null) {
            RequestValues.samePathId(id, input.coachId());
        }
        return catalog.update(input == null ? null : input.withCoachId(id));
    }


    @DELETE
    @Path("{id}")
    @Operation(summary = "delete_coach: delete your own coach", description = "Also removes everyone's state for it and any active-coach choice of it.")
    public void delete(@PathParam("id") String id) {
        catalog.delete(new CoachIdInput(id));
    }

    @POST
    @Path("{id}/favorite")
    @Operation(summary = "toggle_favorite_coach: flip your favorite", description = "Returns the new value.")
    public CoachStateResults.Favorite toggleFavorite(@PathParam("id") String id) {
        return preferences.toggleFavorite(new CoachIdInput(id));
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "activate_coach: make it your one active coach", description = "Any coach you can see; an unknown id changes nothing (404).")
    public CoachView activate(@PathParam("id") String id) {
        return preferences.activate(new CoachIdInput(id));
    }

    @POST
    @Path("{id}/hide")
    @Operation(summary = "hide_coach: hide a system coach from your listings", description = "Your own coaches cannot be hidden (409): delete them instead.")
    public CoachStateResults.Hidden hide(@PathParam("id") String id) {
        return preferences.hide(new CoachIdInput(id));
    }

    @POST
    @Path("{id}/show")
    @Operation(summary = "show_coach: un-hide a coach")
    public CoachStateResults.Hidden show(@PathParam("id") String id) {
        return preferences.show(new CoachIdInput(id));
    }

    @POST
    @Path("{id}/usage")
    @Operation(summary = "record_usage: count one use of the coach by you", description = "Used by the chat; increments your usage count and the coach's total.")
    public CoachStateResults.Usage recordUsage(@PathParam("id") String id) {
        return preferences.recordUsage(new CoachIdInput(id));
    }
}
