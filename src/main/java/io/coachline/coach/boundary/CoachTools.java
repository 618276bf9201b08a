package io.coachline.coach.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.coachline.coach.control.CoachAssignments;
import io.coachline.coach.control.CoachCatalog;
import io.coachline.coach.control.CoachListCache;
import io.coachline.coach.control.CoachPreferences;
import io.coachline.coach.control.SystemCoaches;
import io.coachline.coach.entity.AdminCreateCoachInput;
import io.coachline.coach.entity.AdminListCoachesInput;
import io.coachline.coach.entity.AdminUpdateCoachInput;
import io.coachline.coach.entity.AssignResult;
import io.coachline.coach.entity.AssignmentInput;
import io.coachline.coach.entity.AssignmentView;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CoachPage;
import io.coachline.coach.entity.CoachStateResults;
import io.coachline.coach.entity.CoachView;
import io.coachline.coach.entity.CreateCoachInput;
import io.coachline.coach.entity.ListCoachesInput;
import io.coachline.coach.entity.SearchCoachesInput;
import io.coachline.coach.entity.SystemCoachView;
import io.coachline.coach.entity.UpdateCoachInput;
import io.coachline.tools.control.Effect;
import io.coachline.tools.control.Icon;
import io.coachline.tools.control.Tool;
import io.coachline.platform.control.PreparedJson;
import io.coachline.tenancy.control.Caller;

/**
 * The 21 coach operations as MCP tools: the same control methods as the REST resources, the caller
 * always from the token. Results that are lists or nothing are wrapped in an object, as MCP structured
 * content must be one. list_coaches, which clients and models call again and again, is answered from
 * {@link CoachListCache} while the database is unchanged.
 */
@ApplicationScoped
public class CoachTools {

    /** A list answer as an object. */
    public record Coaches(List<CoachView> coaches) {
    }

    /** The answer of a delete. */
    public record Deleted(String coachId, boolean deleted) {
    }

    /** The assignments of one coach. */
    public record Assignments(String coachId, List<AssignmentView> assignments) {
    }

    @Inject
    CoachCatalog catalog;

    @Inject
    CoachListCache listings;

    @Inject
    Caller caller;

    @Inject
    CoachPreferences preferences;

    @Inject
    SystemCoaches systemCoaches;

    @Inject
    CoachAssignments assignments;

    @Tool(name = "list_coaches", title = "List coaches", effect = Effect.READ, icon = Icon.COACH,
            description = "The coaches you can use: your own, your tenant's system coaches, those "
            + "assigned to you and global ones; favorites first, then most used, then by title. Each carries your own "
            + "state (is_favorite, is_active, is_hidden, usage_count). Paged with limit/offset; total and has_more.")
    public PreparedJson<CoachPage<CoachView>> listCoaches(ListCoachesInput input) {
        ListCoachesInput in = ListCoachesInput.orDefaults(input);
        return listings.get(caller, in, () -> catalog.list(in));
    }

    @Tool(name = "create_coach", title = "Create a coach", effect = Effect.CHANGE, icon = Icon.COACH,
            description = "Create a private coach (persona) only you can see: title, system "
            + "prompt (at most 2,000 tokens), optional description, category, tags and sample prompts.")
    public CoachView createCoach(CreateCoachInput input) {
        return catalog.create(input);
    }

    @Tool(name = "get_coach", title = "Get a coach", effect = Effect.READ, icon = Icon.COACH,
            description = "One coach you can see, by coach_id: title, description, full system prompt, category, tags, sample prompts and your state.")
    public CoachView getCoach(CoachIdInput input) {
        return catalog.get(input);
    }

    @Tool(name = "update_coach", title = "Update a coach", effect = Effect.SET, icon = Icon.COACH,
            description = "Change fields of one of your own coaches (not a system coach); "
            + "omitted fields stay as they are.")
    public CoachView updateCoach(UpdateCoachInput input) {
        return catalog.update(input);
    }

    @Tool(name = "delete_coach", title = "Delete a coach", effect = Effect.DELETE, icon = Icon.COACH,
            description = "Delete one of your own coaches, with everyone's state for it.")
    public Deleted deleteCoach(CoachIdInput input) {
        catalog.delete(input);
        return new Deleted(input.coachId(), true);
    }

    @Tool(name = "toggle_favorite_coach", title = "Toggle a favorite", effect = Effect.CHANGE, icon = Icon.COACH,
            description = "Flip whether a coach is one of your favorites; returns the new value.")
    public CoachStateResults.Favorite toggleFavoriteCoach(CoachIdInput input) {
        return preferences.toggleFavorite(input);
    }

    @Tool(name = "search_coaches", title = "Search coaches", effect = Effect.READ, icon = Icon.COACH,
            description = "Search the coaches you can see (not hidden) by title, tags and "
            + "description, case-insensitive; % and _ are literal; title matches first.")
    public CoachPage<CoachView> searchCoaches(SearchCoachesInput input) {
        return catalog.search(input);
    }

    @Tool(name = "activate_coach", title = "Activate a coach", effect = Effect.SET, icon = Icon.COACH,
            description = "Make a coach you can see your one active coach (its prompt then leads "
            + "the chat); replaces the previous one.")
    public CoachView activateCoach(CoachIdInput input) {
        return preferences.activate(input);
    }

    @Tool(name = "deactivate_coach", title = "Deactivate your coach", effect = Effect.SET, icon = Icon.COACH,
            description = "Clear your active coach, so the chat uses the base coaching prompt only; says whether one was active.")
    public CoachStateResults.Deactivated deactivateCoach() {
        return preferences.deactivate();
    }

    @Tool(name = "get_active_coach", title = "Your active coach", effect = Effect.READ, icon = Icon.COACH,
            description = "Your active coach, or active=false when none is (or it is no "
            + "longer visible to you).")
    public CoachStateResults.Active getActiveCoach() {
        return preferences.active();
    }

    @Tool(name = "hide_coach", title = "Hide a coach", effect = Effect.SET, icon = Icon.COACH,
            description = "Hide a system or assigned coach from your listings (delete your own instead).")
    public CoachStateResults.Hidden hideCoach(CoachIdInput input) {
        return preferences.hide(input);
    }

    @Tool(name = "show_coach", title = "Show a hidden coach", effect = Effect.SET, icon = Icon.COACH,
            description = "Show a coach you had hidden again, so it appears in list_coaches and search_coaches; returns the new value.")
    public CoachStateResults.Hidden showCoach(CoachIdInput input) {
        return preferences.show(input);
    }

    @Tool(name = "list_hidden_coaches", title = "List hidden coaches", effect = Effect.READ, icon = Icon.COACH,
            description = "The coaches you have hidden from your listings, with your state for each; show_coach brings one back.")
    public Coaches listHiddenCoaches() {
        return new Coaches(preferences.hidden());
    }

    @Tool(name = "admin_list_system_coaches", title = "Admin: list system coaches", effect = Effect.READ, icon = Icon.ADMIN,
            role = Caller.ADMIN, description = "Admin: your tenant's system "
            + "coaches (and global ones for a super-admin) with usage totals, paged.")
    public CoachPage<SystemCoachView> adminListSystemCoaches(AdminListCoachesInput input) {
        return systemCoaches.list(input);
    }

    @Tool(name = "admin_create_system_coach", title = "Admin: create a system coach", effect = Effect.CHANGE, icon = Icon.ADMIN,
            role = Caller.ADMIN, description = "Admin: create a system coach for "
            + "your tenant (visibility tenant = everyone, private = only assigned users; global only for a super-admin); "
            + "prompt at most 4,000 tokens.")
    public SystemCoachView adminCreateSystemCoach(AdminCreateCoachInput input) {
        return systemCoaches.create(input);
    }

    @Tool(name = "admin_get_system_coach", title = "Admin: get a system coach", effect = Effect.READ, icon = Icon.ADMIN,
            role = Caller.ADMIN, description = "Admin: one system coach of your tenant by coach_id, with its full prompt, visibility and usage totals.")
    public SystemCoachView adminGetSystemCoach(CoachIdInput input) {
        return systemCoaches.get(input);
    }

    @Tool(name = "admin_update_system_coach", title = "Admin: update a system coach", effect = Effect.SET, icon = Icon.ADMIN,
            role = Caller.ADMIN, description = "Admin: change fields of a system "
            + "coach of your tenant; omitted fields stay.")
    public SystemCoachView adminUpdateSystemCoach(AdminUpdateCoachInput input) {
        return systemCoaches.update(input);
    }

    @Tool(name = "admin_delete_system_coach", title = "Admin: delete a system coach", effect = Effect.DELETE, icon = Icon.ADMIN,
            role = Caller.ADMIN, description = "Admin: delete a system coach of "
            + "your tenant with its assignments and everyone's state for it.")
    public Deleted adminDeleteSystemCoach(CoachIdInput input) {
        systemCoaches.delete(input);
        return new Deleted(input.coachId(), true);
    }

    @Tool(name = "admin_assign_coach", title = "Admin: assign a coach", effect = Effect.SET, icon = Icon.ADMIN,
            role = Caller.ADMIN, description = "Admin: assign a system coach to a user of "
            + "your tenant by the identity provider's user id (the token's sub; they must have signed in once); "
            + "assigning twice changes nothing and says so.")
    public AssignResult adminAssignCoach(AssignmentInput input) {
        return assignments.assign(input);
    }

    @Tool(name = "admin_unassign_coach", title = "Admin: unassign a coach", effect = Effect.DELETE, icon = Icon.ADMIN,
            role = Caller.ADMIN, description = "Admin: remove a user's assignment to a system coach (by the identity provider's user id); says whether one existed.")
    public AssignResult adminUnassignCoach(AssignmentInput input) {
        return assignments.unassign(input);
    }

    @Tool(name = "admin_list_coach_assignments", title = "Admin: list assignments", effect = Effect.READ, icon = Icon.ADMIN,
            role = Caller.ADMIN, description = "Admin: the users a system coach "
            + "is assigned to, with who assigned them and when.")
    public Assignments adminListCoachAssignments(CoachIdInput input) {
        return new Assignments(input.coachId(), assignments.list(input));
    }
}
