package io.coachline.coach;

import static io.coachline.coach.CoachClient.ADMIN;
import static io.coachline.coach.CoachClient.COACHES;
import static io.coachline.coach.CoachClient.UNKNOWN_ID;
import static io.coachline.coach.CoachClient.assertError;
import static io.coachline.coach.CoachClient.created;
import static io.coachline.coach.CoachClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Db;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/**
 * Every coach operation from the other side: another user of the same tenant, a user of another tenant,
 * a non-admin on the admin API and an admin of another tenant see, change and learn nothing. An invisible
 * coach answers exactly like one that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachIsolationIT {

    private static final Path DATA = Deployments.freshDataDir("coach-isolation");
    private static final String ALICE = TestTokens.user("iso-a", "alice");
    private static final String AMY = TestTokens.user("iso-a", "amy");
    private static final String ANN = TestTokens.admin("iso-a", "ann");
    private static final String BOB = TestTokens.user("iso-b", "bob");
    private static final String BEN = TestTokens.admin("iso-b", "ben");
    private static final String SUE = TestTokens.superAdmin("iso-b", "sue");

    private static String own;
    private static String assigned;
    private static String tenantWide;
    private static String foreign;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    private CoachClient client() {
        return new CoachClient(base);
    }

    @BeforeEach
    void seed() {
        if (own != null) {
            return;
        }
        CoachClient client = client();
        client.list(AMY, "");
        client.list(BOB, "");
        own = client.create(ALICE, "Isolated Secret", "alice only").getString("id");
        assigned = client.createSystem(ANN, "Isolated Assigned", "private").getString("id");
        created(client.api.post(ADMIN + "/" + assigned + "/assignments", ANN, "{\"user_id\":\"alice\"}"));
        tenantWide = client.createSystem(ANN, "Isolated Tenant", "tenant").getString("id");
        foreign = client.createSystem(BEN, "Foreign House", "tenant").getString("id");
    }

    /** A 404 whose body is the one an id that never existed gets. */
    private void assertLikeUnknown(Function<String, Api.Reply> call, String id) {
        Api.Reply reply = call.apply(id);
        Api.Reply unknown = call.apply(UNKNOWN_ID);
        assertEquals(404, reply.status(), reply::toString);
        assertEquals(unknown.status(), reply.status());
        assertEquals(unknown.body().replace(UNKNOWN_ID, "ID"), reply.body().replace(id, "ID"));
    }

    private void assertUserOperationsSeeNothing(String token, String id) {
        Api api = client().api;
        assertLikeUnknown(i -> api.get(COACHES + "/" + i, token), id);
        assertLikeUnknown(i -> api.patch(COACHES + "/" + i, token, "{\"title\":\"taken\"}"), id);
        assertLikeUnknown(i -> api.delete(COACHES + "/" + i, token), id);
        for (String action : List.of("favorite", "activate", "hide", "show", "usage")) {
            assertLikeUnknown(i -> api.post(COACHES + "/" + i + "/" + action, token), id);
        }
    }

    private List<String> visibleIds(String token) {
        JsonObject page = client().list(token, "include_hidden=true&limit=100");
        return page.getJsonArray("coaches").getValuesAs(JsonObject.class).stream().map(c -> c.getString("id")).toList();
    }

    @Test
    void anotherUserOfTheTenantSeesOnlyTheTenantCoach() {
        assertUserOperationsSeeNothing(AMY, own);
        assertUserOperationsSeeNothing(AMY, assigned);
        assertEquals(List.of(tenantWide), visibleIds(AMY));
        assertEquals(0, ok(client().api.get(COACHES + "/search?query=isolated%20s", AMY)).getInt("total"));
        assertEquals(0, ok(client().api.get(COACHES + "/search?query=assigned", AMY)).getInt("total"));
        assertEquals(0, client().api.get(COACHES + "/hidden", AMY).array().size());
        assertTrue(!ok(client().api.get(COACHES + "/active", AMY)).getBoolean("active"));
    }

    @Test
    void aUserOfAnotherTenantSeesNothingOfIt() {
        for (String id : List.of(own, assigned, tenantWide)) {
            assertUserOperationsSeeNothing(BOB, id);
        }
        assertEquals(List.of(foreign), visibleIds(BOB));
        assertEquals(0, ok(client().api.get(COACHES + "/search?query=isolated", BOB)).getInt("total"));
        // and the other way round
        assertUserOperationsSeeNothing(ALICE, foreign);
    }

    @Test
    void theOwnerAndAssigneeStillSeeTheirs() {
        assertEquals(List.of(assigned, own, tenantWide).stream().sorted().toList(), visibleIds(ALICE).stream().sorted().toList());
    }

    @Test
    void aNonAdminIsForbiddenEveryAdminOperation() {
        Api api = client().api;
        List<Api.Reply> replies = List.of(
                api.get(ADMIN, ALICE),
                api.post(ADMIN, ALICE, "{\"title\":\"t\",\"system_prompt\":\"p\"}"),
                api.get(ADMIN + "/" + tenantWide, ALICE),
                api.patch(ADMIN + "/" + tenantWide, ALICE, "{\"title\":\"x\"}"),
                api.delete(ADMIN + "/" + tenantWide, ALICE),
                api.get(ADMIN + "/" + assigned + "/assignments", ALICE),
                api.post(ADMIN + "/" + assigned + "/assignments", ALICE, "{\"user_id\":\"amy\"}"),
                api.delete(ADMIN + "/" + assigned + "/assignments/alice", ALICE));
        for (Api.Reply reply : replies) {
            assertError(reply, 403, "forbidden", null);
        }
    }

    @Test
    void anAdminOfAnotherTenantTouchesNothing() {
        Api api = client().api;
        for (String token : List.of(BEN, SUE)) {
            for (String id : List.of(tenantWide, assigned, own)) {
                assertLikeUnknown(i -> api.get(ADMIN + "/" + i, token), id);
                assertLikeUnknown(i -> api.patch(ADMIN + "/" + i, token, "{\"title\":\"taken\"}"), id);
                assertLikeUnknown(i -> api.delete(ADMIN + "/" + i, token), id);
                assertLikeUnknown(i -> api.get(ADMIN + "/" + i + "/assignments", token), id);
                assertLikeUnknown(i -> api.post(ADMIN + "/" + i + "/assignments", token, "{\"user_id\":\"bob\"}"), id);
                assertLikeUnknown(i -> api.delete(ADMIN + "/" + i + "/assignments/alice", token), id);
            }
            List<String> listed = ok(api.get(ADMIN + "?limit=200", token)).getJsonArray("coaches").getValuesAs(JsonObject.class)
                    .stream().map(c -> c.getString("id")).toList();
            assertEquals(List.of(foreign), listed);
        }
        // a user of another tenant cannot be assigned, and looks like one that never signed in
        Api.Reply crossTenant = api.post(ADMIN + "/" + foreign + "/assignments", BEN, "{\"user_id\":\"alice\"}");
        Api.Reply nobody = api.post(ADMIN + "/" + foreign + "/assignments", BEN, "{\"user_id\":\"nobody\"}");
        assertError(crossTenant, 404, "not_found", "user_id");
        assertEquals(nobody.body().replace("nobody", "X"), crossTenant.body().replace("alice", "X"));
        // nor can the tenant's own admin reach another tenant's coach
        assertLikeUnknown(i -> api.get(ADMIN + "/" + i, ANN), foreign);
        assertLikeUnknown(i -> api.get(ADMIN + "/" + i, ANN), own);
    }

    @Test
    void nothingWasChangedByTheOtherSide() {
        aUserOfAnotherTenantSeesNothingOfIt();
        anotherUserOfTheTenantSeesOnlyTheTenantCoach();
        anAdminOfAnotherTenantTouchesNothing();
        Db db = new Db(DATA);
        assertEquals("Isolated Secret", db.rows("SELECT title FROM coaches WHERE id = ?", own).get(0).get("title"));
        assertEquals("alice only", db.rows("SELECT system_prompt FROM coaches WHERE id = ?", own).get(0).get("system_prompt"));
        assertEquals("Isolated Tenant", db.rows("SELECT title FROM coaches WHERE id = ?", tenantWide).get(0).get("title"));
        assertEquals(4, db.count("SELECT COUNT(*) FROM coaches"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM coach_user_state s JOIN users u ON u.id = s.user_id WHERE u.subject IN ('amy', 'bob', 'ben', 'sue')"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM active_coaches"));
        assertEquals(0, db.count("SELECT COALESCE(SUM(usage_count), 0) FROM coaches"));
        assertEquals(List.of("alice"), db.rows("SELECT u.subject FROM coach_assignments a JOIN users u ON u.id = a.user_id")
                .stream().map(r -> r.get("subject")).toList());
    }
}
