package io.coachline.coach;

import static io.coachline.coach.CoachClient.ADMIN;
import static io.coachline.coach.CoachClient.COACHES;
import static io.coachline.coach.CoachClient.UNKNOWN_ID;
import static io.coachline.coach.CoachClient.assertError;
import static io.coachline.coach.CoachClient.assertNotFound;
import static io.coachline.coach.CoachClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Db;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/** A user's own state per coach over HTTP: favorites, the one active coach, hiding, usage. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachStateIT {

    private static final Path DATA = Deployments.freshDataDir("coach-state");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    private CoachClient client() {
        return new CoachClient(base);
    }

    private static JsonObject find(JsonObject page, String id) {
        return page.getJsonArray("coaches").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id)).findFirst().orElse(null);
    }

    @Test
    void toggleFavoriteFlipsAndReturnsTheNewValue() {
        String token = TestTokens.user("state", "fay");
        CoachClient client = client();
        String id = client.create(token, "Fav", "p").getString("id");
        String path = COACHES + "/" + id + "/favorite";
        JsonObject first = ok(client.api.post(path, token));
        assertEquals(id, first.getString("coach_id"));
        assertTrue(first.getBoolean("is_favorite"));
        assertTrue(find(client.list(token, ""), id).getBoolean("is_favorite"));
        assertFalse(ok(client.api.post(path, token)).getBoolean("is_favorite"));
        assertFalse(find(client.list(token, ""), id).getBoolean("is_favorite"));
        assertNotFound(client.api.post(COACHES + "/" + UNKNOWN_ID + "/favorite", token));
        assertError(client.api.post(COACHES + "/xyz/favorite", token), 400, "invalid_input", "coach_id");
        assertEquals(0, new Db(DATA).count("SELECT COUNT(*) FROM coach_user_state WHERE coach_id = ?", UNKNOWN_ID));
    }

    @Test
    void activateKeepsExactlyOneActiveCoach() {
        String token = TestTokens.user("state", "ada");
        CoachClient client = client();
        String first = client.create(token, "First", "p").getString("id");
        String second = client.create(token, "Second", "p").getString("id");
        String house = client.createSystem(TestTokens.admin("state", "chief"), "House", "tenant").getString("id");

        assertFalse(ok(client.api.get(COACHES + "/active", token)).getBoolean("active"));
        JsonObject activated = ok(client.api.post(COACHES + "/" + first + "/activate", token));
        assertTrue(activated.getBoolean("is_active"));
        assertEquals(first, activated.getString("id"));
        ok(client.api.post(COACHES + "/" + second + "/activate", token));
        JsonObject active = ok(client.api.get(COACHES + "/active", token));
        assertTrue(active.getBoolean("active"));
        assertEquals(second, active.getJsonObject("coach").getString("id"));
        assertEquals("p", active.getJsonObject("coach").getString("system_prompt"));
        JsonObject page = client.list(token, "");
        assertEquals(1, page.getJsonArray("coaches").getValuesAs(JsonObject.class).stream().filter(c -> c.getBoolean("is_active")).count());
        assertTrue(find(page, second).getBoolean("is_active"));

        // a system coach may be active too; an unknown id changes nothing
        assertEquals(house, ok(client.api.post(COACHES + "/" + house + "/activate", token)).getString("id"));
        assertNotFound(client.api.post(COACHES + "/" + UNKNOWN_ID + "/activate", token));
        assertError(client.api.post(COACHES + "/1234/activate", token), 400, "invalid_input", "coach_id");
        assertEquals(house, ok(client.api.get(COACHES + "/active", token)).getJsonObject("coach").getString("id"));
        assertEquals(1, new Db(DATA).count("SELECT COUNT(*) FROM active_coaches a JOIN users u ON u.id = a.user_id WHERE u.subject = 'ada'"));

        JsonObject deactivated = ok(client.api.delete(COACHES + "/active", token));
        assertTrue(deactivated.getBoolean("was_active"));
        assertEquals(house, deactivated.getString("coach_id"));
        assertFalse(ok(client.api.get(COACHES + "/active", token)).getBoolean("active"));
        assertFalse(ok(client.api.delete(COACHES + "/active", token)).getBoolean("was_active"));
    }

    @Test
    void anActiveCoachThatStopsBeingVisibleIsNotReturned() {
        String admin = TestTokens.admin("state", "chief");
        String token = TestTokens.user("state", "una");
        CoachClient client = client();
        String assigned = client.createSystem(admin, "Assigned Only", "private").getString("id");
        assertNotFound(client.api.post(COACHES + "/" + assigned + "/activate", token));
        CoachClient.created(client.api.post(ADMIN + "/" + assigned + "/assignments", admin, "{\"user_id\":\"una\"}"));
        ok(client.api.post(COACHES + "/" + assigned + "/activate", token));
        assertTrue(ok(client.api.get(COACHES + "/active", token)).getBoolean("active"));

        assertEquals(204, client.api.delete(ADMIN + "/" + assigned + "/assignments/una", admin).status());
        assertFalse(ok(client.api.get(COACHES + "/active", token)).getBoolean("active"));
        assertFalse(ok(client.api.delete(COACHES + "/active", token)).getBoolean("was_active"));

        String system = client.createSystem(admin, "Going Away", "tenant").getString("id");
        ok(client.api.post(COACHES + "/" + system + "/activate", token));
        assertEquals(204, client.api.delete(ADMIN + "/" + system, admin).status());
        assertFalse(ok(client.api.get(COACHES + "/active", token)).getBoolean("active"));
    }

    @Test
    void hideRemovesASystemCoachFromListingsAndSearchUntilShown() {
        String admin = TestTokens.admin("state", "chief");
        String token = TestTokens.user("state", "hugo");
        CoachClient client = client();
        String hidden = client.createSystem(admin, "Zebra Hideable", "tenant").getString("id");
        String own = client.create(token, "Zebra Mine", "p").getString("id");

        JsonObject result = ok(client.api.post(COACHES + "/" + hidden + "/hide", token));
        assertTrue(result.getBoolean("is_hidden"));
        assertEquals(null, find(client.list(token, "limit=100"), hidden));
        JsonObject withHidden = find(client.list(token, "include_hidden=true&limit=100"), hidden);
        assertTrue(withHidden.getBoolean("is_hidden"));
        assertEquals(List.of("Zebra Mine"), ok(client.api.get(COACHES + "/search?query=zebra", token))
                .getJsonArray("coaches").getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList());
        List<JsonObject> hiddenList = client.api.get(COACHES + "/hidden", token).array().getValuesAs(JsonObject.class);
        assertEquals(List.of(hidden), hiddenList.stream().map(c -> c.getString("id")).toList());
        // still gettable and activatable by id
        assertTrue(ok(client.api.get(COACHES + "/" + hidden, token)).getBoolean("is_hidden"));
        // other users are not affected
        assertFalse(find(client.list(TestTokens.user("state", "other"), "limit=100"), hidden).getBoolean("is_hidden"));

        assertFalse(ok(client.api.post(COACHES + "/" + hidden + "/show", token)).getBoolean("is_hidden"));
        assertNotNull(find(client.list(token, "limit=100"), hidden));
        assertEquals(0, client.api.get(COACHES + "/hidden", token).array().size());

        assertError(client.api.post(COACHES + "/" + own + "/hide", token), 409, "conflict", null);
        assertNotFound(client.api.post(COACHES + "/" + UNKNOWN_ID + "/hide", token));
        assertNotFound(client.api.post(COACHES + "/" + UNKNOWN_ID + "/show", token));
        assertError(client.api.post(COACHES + "/nope/show", token), 400, "invalid_input", "coach_id");
    }

    @Test
    void recordUsageCountsPerUserAndInTotal() {
        String admin = TestTokens.admin("state", "chief");
        CoachClient client = client();
        String coach = client.createSystem(admin, "Used A Lot", "tenant").getString("id");
        String path = COACHES + "/" + coach + "/usage";
        Instant before = Instant.now().minusSeconds(1);
        JsonObject first = ok(client.api.post(path, TestTokens.user("state", "ulla")));
        assertEquals(1, first.getInt("usage_count"));
        assertTrue(Instant.parse(first.getString("last_used_at")).isAfter(before));
        assertEquals(2, ok(client.api.post(path, TestTokens.user("state", "ulla"))).getInt("usage_count"));
        assertEquals(1, ok(client.api.post(path, TestTokens.user("state", "vera"))).getInt("usage_count"));

        JsonObject seen = ok(client.api.get(COACHES + "/" + coach, TestTokens.user("state", "ulla")));
        assertEquals(2, seen.getInt("usage_count"));
        assertNotNull(seen.getString("last_used_at"));
        assertEquals(3, new Db(DATA).count("SELECT usage_count FROM coaches WHERE id = ?", coach));
        JsonObject admins = ok(client.api.get(ADMIN + "/" + coach, admin));
        assertEquals(3, admins.getInt("usage_count"));
        assertEquals(2, admins.getInt("user_count"));
        assertNotFound(client.api.post(COACHES + "/" + UNKNOWN_ID + "/usage", TestTokens.user("state", "ulla")));
        assertEquals(3, new Db(DATA).count("SELECT usage_count FROM coaches WHERE id = ?", coach));
    }

    @Test
    void endpointsAnswer401WithoutAToken() {
        Api api = client().api;
        assertEquals(401, api.get(COACHES, null).status());
        assertEquals(401, api.post(COACHES + "/" + UNKNOWN_ID + "/activate", null).status());
        assertEquals(401, api.post(COACHES, null, "").status());
    }
}
