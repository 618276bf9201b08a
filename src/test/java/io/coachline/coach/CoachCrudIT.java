package io.coachline.coach;

import static io.coachline.coach.CoachClient.ADMIN;
import static io.coachline.coach.CoachClient.COACHES;
import static io.coachline.coach.CoachClient.UNKNOWN_ID;
import static io.coachline.coach.CoachClient.assertError;
import static io.coachline.coach.CoachClient.assertNotFound;
import static io.coachline.coach.CoachClient.body;
import static io.coachline.coach.CoachClient.ok;
import static io.coachline.coach.CoachClient.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;

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

/** A user's own coaches over HTTP: create, get, list, update, delete, and every way to get the input wrong. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachCrudIT {

    private static final Path DATA = Deployments.freshDataDir("coach-crud");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    private CoachClient client() {
        return new CoachClient(base);
    }

    private static long coachesOf(String subject) {
        return new Db(DATA).count("SELECT COUNT(*) FROM coaches c JOIN users u ON u.id = c.owner_id WHERE u.subject = ?", subject);
    }

    @Test
    void createAnswers201WithLocationAndTheFullCoach() {
        String token = TestTokens.user("crud", "cora");
        String prompt = "You are a patient marathon coach. Keep answers short.";
        Api.Reply reply = client().api.post(COACHES, token, body("Marathon Mentor", prompt)
                .add("description", "Long-distance help").add("category", "TRAINING")
                .add("tags", CoachClient.array(List.of("marathon", "long run")))
                .add("sample_prompts", CoachClient.array(List.of("Plan my taper"))).build().toString());
        JsonObject coach = CoachClient.created(reply);
        String id = coach.getString("id");
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertTrue(reply.header("Location").endsWith("/api/coaches/" + id), reply.header("Location"));
        assertEquals("Marathon Mentor", coach.getString("title"));
        assertEquals(prompt, coach.getString("system_prompt"));
        assertEquals("Long-distance help", coach.getString("description"));
        assertEquals("training", coach.getString("category"));
        assertEquals(List.of("marathon", "long run"), strings(coach, "tags"));
        assertEquals(List.of("Plan my taper"), strings(coach, "sample_prompts"));
        int expectedTokens = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE).countTokens(prompt);
        assertEquals(expectedTokens, coach.getInt("token_count"));
        assertFalse(coach.getBoolean("is_system"));
        assertEquals("private", coach.getString("visibility"));
        assertEquals("cora", coach.getString("owner_id"));
        assertFalse(coach.getBoolean("is_favorite") || coach.getBoolean("is_active") || coach.getBoolean("is_hidden"));
        assertEquals(0, coach.getInt("usage_count"));
        assertEquals(coach.getString("created_at"), coach.getString("updated_at"));

        Map<String, Object> row = new Db(DATA).rows("SELECT c.*, u.subject FROM coaches c JOIN users u ON u.id = c.owner_id WHERE c.id = ?", id).get(0);
        assertEquals("cora", row.get("subject"));
        assertEquals(expectedTokens, ((Number) row.get("token_count")).intValue());
        assertEquals("[\"marathon\",\"long run\"]", row.get("tags"));
        assertEquals(0, ((Number) row.get("is_system")).intValue());

        JsonObject fetched = ok(client().api.get(reply.header("Location"), token));
        assertEquals(coach, fetched);
    }

    @Test
    void theEditorsTokenCountIsTheCountTheLimitIsCheckedWith() {
        String token = TestTokens.user("crud", "counter");
        String prompt = "You are a patient marathon coach. ".repeat(120);
        Api.Reply count = client().api.post(COACHES + "/prompt-tokens", token,
                Json.createObjectBuilder().add("system_prompt", prompt).build().toString());
        assertEquals(200, count.status(), count::toString);
        assertEquals(2000, count.json().getInt("limit"));
        assertEquals(4000, count.json().getInt("system_limit"));
        JsonObject coach = client().create(token, "Counted", prompt);
        assertEquals(coach.getInt("token_count"), count.json().getInt("token_count"));
        Api.Reply missing = client().api.post(COACHES + "/prompt-tokens", token, "{}");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals("system_prompt", missing.json().getString("field"));
        Api.Reply huge = client().api.post(COACHES + "/prompt-tokens", token,
                Json.createObjectBuilder().add("system_prompt", "x".repeat(100_001)).build().toString());
        assertEquals(400, huge.status(), huge::toString);
        assertEquals("system_prompt", huge.json().getString("field"));
        assertEquals(400, client().api.post(COACHES + "/prompt-tokens", token, "{\"system_prompt\": \"x\", \"extra\": 1}").status());
        assertEquals(401, client().api.post(COACHES + "/prompt-tokens", null, "{\"system_prompt\": \"x\"}").status());
    }

    @Test
    void createAppliesDefaults() {
        JsonObject coach = client().create(TestTokens.user("crud", "dora"), "Plain", "Answer briefly.");
        assertEquals("custom", coach.getString("category"));
        assertEquals("", coach.getString("description"));
        assertEquals(List.of(), strings(coach, "tags"));
        assertEquals(List.of(), strings(coach, "sample_prompts"));
    }

    @Test
    void createRejectsEachLimitNamingTheField() {
        String token = TestTokens.user("crud", "limits");
        CoachClient client = client();
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"system_prompt\":\"p\"}", "title");
        cases.put(body("", "p").build().toString(), "title");
        cases.put(body("   ", "p").build().toString(), "title");
        cases.put(body("x".repeat(101), "p").build().toString(), "title");
        cases.put("{\"title\":\"t\"}", "system_prompt");
        cases.put(body("t", " \n ").build().toString(), "system_prompt");
        cases.put(body("t", "hello" + " hello".repeat(2000)).build().toString(), "system_prompt");
        cases.put(body("t", "p").add("description", "d".repeat(501)).build().toString(), "description");
        cases.put(body("t", "p").add("category", "yoga").build().toString(), "category");
        cases.put(body("t", "p").add("tags", CoachClient.array(java.util.Collections.nCopies(11, "tag"))).build().toString(), "tags");
        cases.put(body("t", "p").add("tags", CoachClient.array(List.of("x".repeat(33)))).build().toString(), "tags");
        cases.put(body("t", "p").add("tags", CoachClient.array(List.of(""))).build().toString(), "tags");
        cases.put(body("t", "p").add("sample_prompts", CoachClient.array(java.util.Collections.nCopies(11, "q"))).build().toString(), "sample_prompts");
        cases.put(body("t", "p").add("sample_prompts", CoachClient.array(List.of("q".repeat(501)))).build().toString(), "sample_prompts");
        cases.forEach((json, field) -> {
            Api.Reply reply = client.api.post(COACHES, token, json);
            assertError(reply, 400, "invalid_input", field);
            assertTrue(reply.json().getString("message").startsWith(field + ":"), reply::toString);
        });
        Api.Reply tooManyTokens = client.api.post(COACHES, token, body("t", "hello" + " hello".repeat(2000)).build().toString());
        assertTrue(tooManyTokens.json().getString("message").contains("2001 tokens"), tooManyTokens::toString);
        assertEquals(0, coachesOf("limits"), "nothing stored from rejected input");
        // the limits themselves are allowed
        client.create(token, body("x".repeat(100), "hello" + " hello".repeat(1999)).add("description", "d".repeat(500))
                .add("tags", CoachClient.array(java.util.Collections.nCopies(10, "t".repeat(32))))
                .add("sample_prompts", CoachClient.array(java.util.Collections.nCopies(10, "s".repeat(500)))));
    }

    @Test
    void malformedBodiesAreRejected() {
        String token = TestTokens.user("crud", "sloppy");
        Api api = client().api;
        Api.Reply unknownField = api.post(COACHES, token, body("t", "p").add("colour", "red").build().toString());
        assertEquals(400, unknownField.status(), unknownField::toString);
        assertTrue(unknownField.json().getString("message").contains("colour"), unknownField::toString);
        assertError(api.post(COACHES, token, ""), 400, "invalid_input", "body");
        assertEquals(400, api.post(COACHES, token, "{\"title\":").status());
        assertEquals(400, api.post(COACHES, token, "{\"title\":\"t\",\"system_prompt\":\"p\",\"tags\":\"one\"}").status());
        assertEquals(415, api.send(api.request(COACHES, token).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hi")).build()).status());
        assertEquals(0, coachesOf("sloppy"));
    }

    @Test
    void getAnswers404ForUnknownAnd400ForMalformedIds() {
        String token = TestTokens.user("crud", "gina");
        assertNotFound(client().api.get(COACHES + "/" + UNKNOWN_ID, token));
        assertError(client().api.get(COACHES + "/not-a-uuid", token), 400, "invalid_input", "coach_id");
        JsonObject coach = client().create(token, "Upper", "p");
        assertEquals(coach.getString("id"), ok(client().api.get(COACHES + "/" + coach.getString("id").toUpperCase(), token)).getString("id"));
    }

    @Test
    void listOrdersFavoritesThenUsageThenTitleAndPages() {
        String token = TestTokens.user("crud", "lena");
        CoachClient client = client();
        String alpha = client.create(token, "alpha", "p").getString("id");
        client.create(token, "Bravo", "p");
        String charlie = client.create(token, "charlie", "p").getString("id");
        String delta = client.create(token, body("delta", "p").add("category", "nutrition")).getString("id");
        ok(client.api.post(COACHES + "/" + delta + "/favorite", token));
        ok(client.api.post(COACHES + "/" + charlie + "/usage", token));
        ok(client.api.post(COACHES + "/" + charlie + "/usage", token));
        ok(client.api.post(COACHES + "/" + alpha + "/usage", token));

        assertEquals(List.of("delta", "charlie", "alpha", "Bravo"), client.listedTitles(token, ""));
        JsonObject page = client.list(token, "limit=2&offset=1");
        assertEquals(4, page.getInt("total"));
        assertTrue(page.getBoolean("has_more"));
        assertEquals(List.of("charlie", "alpha"), page.getJsonArray("coaches").getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList());
        assertFalse(client.list(token, "limit=2&offset=2").getBoolean("has_more"));
        assertFalse(page.getJsonArray("coaches").getJsonObject(0).containsKey("system_prompt"), "listings leave the prompt out");
        assertEquals(List.of("delta"), client.listedTitles(token, "category=NUTRITION"));
        assertEquals(List.of("delta"), client.listedTitles(token, "favorites_only=true"));
        JsonObject pastTheEnd = client.list(token, "offset=10");
        assertEquals(0, pastTheEnd.getJsonArray("coaches").size());
        assertEquals(4, pastTheEnd.getInt("total"), "a page past the end still says how many there are");
        assertFalse(pastTheEnd.getBoolean("has_more"));
        assertEquals(0, client.list(token, "category=recipes").getInt("total"));

        assertError(client.api.get(COACHES + "?limit=0", token), 400, "invalid_input", "limit");
        assertError(client.api.get(COACHES + "?limit=101", token), 400, "invalid_input", "limit");
        assertError(client.api.get(COACHES + "?limit=ten", token), 400, "invalid_input", "limit");
        assertError(client.api.get(COACHES + "?offset=-1", token), 400, "invalid_input", "offset");
        assertError(client.api.get(COACHES + "?category=sleep", token), 400, "invalid_input", "category");
        assertError(client.api.get(COACHES + "?favorites_only=maybe", token), 400, "invalid_input", "favorites_only");
    }

    @Test
    void updateChangesOnlyTheGivenFields() throws Exception {
        String token = TestTokens.user("crud", "ursula");
        CoachClient client = client();
        JsonObject before = client.create(token, body("Before", "Old prompt").add("tags", CoachClient.array(List.of("a"))));
        String path = COACHES + "/" + before.getString("id");
        Thread.sleep(5);
        JsonObject renamed = ok(client.api.patch(path, token, "{\"title\":\"After\"}"));
        assertEquals("After", renamed.getString("title"));
        assertEquals("Old prompt", renamed.getString("system_prompt"));
        assertEquals(List.of("a"), strings(renamed, "tags"));
        assertNotEquals(before.getString("updated_at"), renamed.getString("updated_at"));
        assertEquals(before.getString("created_at"), renamed.getString("created_at"));

        String longer = "A much longer prompt than before, with several more tokens in it.";
        JsonObject reprompted = ok(client.api.patch(path, token, Json.createObjectBuilder().add("system_prompt", longer)
                .add("category", "Recovery").add("tags", CoachClient.array(List.of())).build().toString()));
        assertEquals(longer, reprompted.getString("system_prompt"));
        assertEquals("recovery", reprompted.getString("category"));
        assertEquals(List.of(), strings(reprompted, "tags"));
        assertTrue(reprompted.getInt("token_count") > before.getInt("token_count"));
        assertEquals(reprompted.getInt("token_count"), ((Number) new Db(DATA).rows("SELECT token_count FROM coaches WHERE id = ?",
                before.getString("id")).get(0).get("token_count")).intValue());

        assertError(client.api.patch(path, token, "{}"), 400, "invalid_input", "body");
        assertError(client.api.patch(path, token, ""), 400, "invalid_input", "body");
        assertError(client.api.patch(path, token, "{\"title\":\"\"}"), 400, "invalid_input", "title");
        assertError(client.api.patch(path, token, "{\"title\":\"" + "x".repeat(101) + "\"}"), 400, "invalid_input", "title");
        assertError(client.api.patch(path, token, "{\"system_prompt\":\"hello" + " hello".repeat(2000) + "\"}"), 400, "invalid_input", "system_prompt");
        assertError(client.api.patch(path, token, "{\"category\":\"x\"}"), 400, "invalid_input", "category");
        assertError(client.api.patch(path, token, "{\"coach_id\":\"" + UNKNOWN_ID + "\",\"title\":\"x\"}"), 400, "invalid_input", "coach_id");
        assertEquals(400, client.api.patch(path, token, "{\"owner_id\":\"someone\"}").status());
        assertNotFound(client.api.patch(COACHES + "/" + UNKNOWN_ID, token, "{\"title\":\"x\"}"));
        assertError(client.api.patch(COACHES + "/nope", token, "{\"title\":\"x\"}"), 400, "invalid_input", "coach_id");
        assertEquals("After", ok(client.api.get(path, token)).getString("title"), "rejected updates change nothing");
    }

    @Test
    void systemCoachesAreNotChangedThroughTheUserApi() {
        CoachClient client = client();
        String system = client.createSystem(TestTokens.admin("crud", "boss"), "House Coach", "tenant").getString("id");
        String token = TestTokens.user("crud", "sam");
        assertEquals("House Coach", ok(client.api.get(COACHES + "/" + system, token)).getString("title"));
        assertError(client.api.patch(COACHES + "/" + system, token, "{\"title\":\"Mine now\"}"), 403, "forbidden", null);
        assertError(client.api.delete(COACHES + "/" + system, token), 403, "forbidden", null);
        // not even the admin, through the user API
        assertError(client.api.delete(COACHES + "/" + system, TestTokens.admin("crud", "boss")), 403, "forbidden", null);
        assertEquals("House Coach", ok(client.api.get(ADMIN + "/" + system, TestTokens.admin("crud", "boss"))).getString("title"));
    }

    @Test
    void deleteRemovesTheCoachItsStateAndTheActiveChoice() {
        String token = TestTokens.user("crud", "dave");
        CoachClient client = client();
        String id = client.create(token, "Doomed", "p").getString("id");
        String path = COACHES + "/" + id;
        ok(client.api.post(path + "/favorite", token));
        ok(client.api.post(path + "/usage", token));
        ok(client.api.post(path + "/activate", token));
        Db db = new Db(DATA);
        assertEquals(1, db.count("SELECT COUNT(*) FROM coach_user_state WHERE coach_id = ?", id));
        assertEquals(1, db.count("SELECT COUNT(*) FROM active_coaches WHERE coach_id = ?", id));

        Api.Reply deleted = client.api.delete(path, token);
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(0, db.count("SELECT COUNT(*) FROM coaches WHERE id = ?", id));
        assertEquals(0, db.count("SELECT COUNT(*) FROM coach_user_state WHERE coach_id = ?", id));
        assertEquals(0, db.count("SELECT COUNT(*) FROM active_coaches WHERE coach_id = ?", id));
        assertNotFound(client.api.get(path, token));
        assertNotFound(client.api.delete(path, token));
        assertFalse(ok(client.api.get(COACHES + "/active", token)).getBoolean("active"));
        assertError(client.api.delete(COACHES + "/bad-id", token), 400, "invalid_input", "coach_id");
    }

    @Test
    void openApiDocumentsTheCoachEndpoints() {
        Api api = client().api;
        JsonObject paths = ok(api.send(api.request("/openapi", null).header("Accept", "application/json").GET().build())).getJsonObject("paths");
        for (String path : List.of("/api/coaches", "/api/coaches/search", "/api/coaches/{id}", "/api/coaches/{id}/activate",
                "/api/coaches/active", "/api/coaches/hidden", "/api/admin/coaches", "/api/admin/coaches/{id}/assignments")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertTrue(paths.getJsonObject("/api/coaches").getJsonObject("post").getString("summary").startsWith("create_coach"));
    }
}
