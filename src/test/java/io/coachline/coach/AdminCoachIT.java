package io.coachline.coach;

import static io.coachline.coach.CoachClient.ADMIN;
import static io.coachline.coach.CoachClient.COACHES;
import static io.coachline.coach.CoachClient.UNKNOWN_ID;
import static io.coachline.coach.CoachClient.assertError;
import static io.coachline.coach.CoachClient.assertNotFound;
import static io.coachline.coach.CoachClient.body;
import static io.coachline.coach.CoachClient.created;
import static io.coachline.coach.CoachClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

/** The admin coach operations over HTTP, on a server started with the demo data on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminCoachIT {

    private static final Path DATA = Deployments.freshDataDir("coach-admin");
    private static final String ADMIN_TOKEN = TestTokens.admin("adm", "root-admin");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = Deployments.config(DATA);
        config.put("coachline.demo-data", "true");
        return Deployments.war(config);
    }

    private CoachClient client() {
        return new CoachClient(base);
    }

    @Test
    void demoTenantHasSixStarterCoachesOnePerCategory() {
        JsonObject page = client().list(TestTokens.user("demo", "demo-athlete"), "");
        List<JsonObject> coaches = page.getJsonArray("coaches").getValuesAs(JsonObject.class);
        assertEquals(6, coaches.size(), page::toString);
        assertEquals(Set.of("training", "nutrition", "recovery", "recipes", "analysis", "custom"),
                coaches.stream().map(c -> c.getString("category")).collect(Collectors.toSet()));
        for (JsonObject coach : coaches) {
            assertTrue(coach.getBoolean("is_system") && coach.getString("visibility").equals("tenant"), coach::toString);
            assertTrue(coach.getInt("token_count") > 150, coach::toString);
            assertFalse(CoachClient.strings(coach, "sample_prompts").isEmpty(), coach::toString);
        }
        JsonObject admins = ok(client().api.get(ADMIN, TestTokens.admin("demo", "demo-admin")));
        assertEquals(6, admins.getInt("total"));
        // not visible in any other tenant
        assertEquals(0, client().list(TestTokens.user("adm", "outsider"), "").getInt("total"));
    }

    @Test
    void createGetUpdateAndListSystemCoaches() {
        CoachClient client = client();
        Api.Reply reply = client.api.post(ADMIN, ADMIN_TOKEN, body("Club Coach", "hello" + " hello".repeat(3999))
                .add("category", "Analysis").add("tags", CoachClient.array(List.of("club"))).build().toString());
        JsonObject coach = created(reply);
        String id = coach.getString("id");
        assertTrue(reply.header("Location").endsWith("/api/admin/coaches/" + id), reply.header("Location"));
        assertEquals("tenant", coach.getString("visibility"));
        assertEquals("adm", coach.getString("tenant_id"));
        assertEquals("analysis", coach.getString("category"));
        assertEquals(4000, coach.getInt("token_count"));
        assertEquals("root-admin", coach.getString("created_by"));
        assertEquals(0, coach.getInt("usage_count"));
        assertEquals(0, coach.getInt("assignment_count"));
        assertError(client.api.post(ADMIN, ADMIN_TOKEN, body("Too Long", "hello" + " hello".repeat(4000)).build().toString()),
                400, "invalid_input", "system_prompt");
        assertError(client.api.post(ADMIN, ADMIN_TOKEN, body("t", "p").add("visibility", "public").build().toString()),
                400, "invalid_input", "visibility");
        assertError(client.api.post(ADMIN, ADMIN_TOKEN, body("t", "p").add("owner_id", "x").build().toString()), 400, "invalid_json", null);
        assertError(client.api.post(ADMIN, ADMIN_TOKEN, ""), 400, "invalid_input", "body");

        JsonObject fetched = ok(client.api.get(ADMIN + "/" + id, ADMIN_TOKEN));
        assertEquals(coach, fetched);
        // users of the tenant see it, with its prompt
        assertEquals(4000, ok(client.api.get(COACHES + "/" + id, TestTokens.user("adm", "member"))).getInt("token_count"));

        JsonObject changed = ok(client.api.patch(ADMIN + "/" + id, ADMIN_TOKEN, "{\"title\":\"Club Coach 2\",\"visibility\":\"Private\"}"));
        assertEquals("Club Coach 2", changed.getString("title"));
        assertEquals("private", changed.getString("visibility"));
        assertEquals(4000, changed.getInt("token_count"));
        assertNotFound(client.api.get(COACHES + "/" + id, TestTokens.user("adm", "member")));
        assertError(client.api.patch(ADMIN + "/" + id, ADMIN_TOKEN, "{}"), 400, "invalid_input", "body");
        assertError(client.api.patch(ADMIN + "/" + id, ADMIN_TOKEN, "{\"title\":\"" + "t".repeat(101) + "\"}"), 400, "invalid_input", "title");
        assertNotFound(client.api.patch(ADMIN + "/" + UNKNOWN_ID, ADMIN_TOKEN, "{\"title\":\"x\"}"));
        assertError(client.api.get(ADMIN + "/bad", ADMIN_TOKEN), 400, "invalid_input", "coach_id");
        assertNotFound(client.api.get(ADMIN + "/" + UNKNOWN_ID, ADMIN_TOKEN));

        JsonObject list = ok(client.api.get(ADMIN + "?limit=200", ADMIN_TOKEN));
        assertTrue(list.getJsonArray("coaches").getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("id").equals(id)));
        assertFalse(list.getJsonArray("coaches").getJsonObject(0).containsKey("system_prompt"));
        assertError(client.api.get(ADMIN + "?limit=201", ADMIN_TOKEN), 400, "invalid_input", "limit");
        assertError(client.api.get(ADMIN + "?offset=-1", ADMIN_TOKEN), 400, "invalid_input", "offset");
        // a user's own coaches are not system coaches
        String own = client.create(TestTokens.user("adm", "member"), "Mine", "p").getString("id");
        assertNotFound(client.api.get(ADMIN + "/" + own, ADMIN_TOKEN));
        assertNotFound(client.api.delete(ADMIN + "/" + own, ADMIN_TOKEN));
    }

    @Test
    void listShowsUsageTotalsAndPages() {
        CoachClient client = client();
        String admin = TestTokens.admin("adm-list", "lister");
        String a = client.createSystem(admin, "A coach", "tenant").getString("id");
        client.createSystem(admin, "B coach", "tenant");
        client.createSystem(admin, "C coach", "private");
        ok(client.api.post(COACHES + "/" + a + "/usage", TestTokens.user("adm-list", "u1")));
        ok(client.api.post(COACHES + "/" + a + "/usage", TestTokens.user("adm-list", "u1")));
        ok(client.api.post(COACHES + "/" + a + "/usage", TestTokens.user("adm-list", "u2")));
        JsonObject page = ok(client.api.get(ADMIN + "?limit=2", admin));
        assertEquals(3, page.getInt("total"));
        assertTrue(page.getBoolean("has_more"));
        JsonObject first = page.getJsonArray("coaches").getJsonObject(0);
        assertEquals("A coach", first.getString("title"));
        assertEquals(3, first.getInt("usage_count"));
        assertEquals(2, first.getInt("user_count"));
        assertEquals(List.of("C coach"), ok(client.api.get(ADMIN + "?limit=2&offset=2", admin)).getJsonArray("coaches")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList());
    }

    @Test
    void assignmentsControlWhoSeesAPrivateSystemCoach() {
        CoachClient client = client();
        String admin = TestTokens.admin("adm-assign", "assigner");
        String member = TestTokens.user("adm-assign", "mia");
        client.list(member, "");  // mia signs in once
        String id = client.createSystem(admin, "Hand Picked", "private").getString("id");
        String assignments = ADMIN + "/" + id + "/assignments";
        assertNotFound(client.api.get(COACHES + "/" + id, member));

        assertError(client.api.post(assignments, admin, "{\"user_id\":\"never-signed-in\"}"), 404, "not_found", "user_id");
        assertError(client.api.post(assignments, admin, "{}"), 400, "invalid_input", "user_id");
        assertError(client.api.post(assignments, admin, ""), 400, "invalid_input", "body");
        JsonObject first = created(client.api.post(assignments, admin, "{\"user_id\":\"mia\"}"));
        assertTrue(first.getBoolean("assigned") && first.getBoolean("changed"), first::toString);
        JsonObject again = ok(client.api.post(assignments, admin, "{\"user_id\":\"mia\"}"));
        assertTrue(again.getBoolean("assigned"));
        assertFalse(again.getBoolean("changed"));
        assertTrue(again.getString("message").contains("already"), again::toString);
        assertEquals("Hand Picked", ok(client.api.get(COACHES + "/" + id, member)).getString("title"));

        List<JsonObject> listed = client.api.get(assignments, admin).array().getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals("mia", listed.get(0).getString("user_id"));
        assertEquals("Name of mia", listed.get(0).getString("name"));
        assertEquals("mia@adm-assign.test", listed.get(0).getString("email"));
        assertEquals("assigner", listed.get(0).getString("assigned_by"));
        assertTrue(listed.get(0).containsKey("assigned_at"));
        assertEquals(1, ok(client.api.get(ADMIN + "/" + id, admin)).getInt("assignment_count"));

        assertEquals(204, client.api.delete(assignments + "/mia", admin).status());
        assertNotFound(client.api.get(COACHES + "/" + id, member));
        assertError(client.api.delete(assignments + "/mia", admin), 404, "not_found", "user_id");
        assertEquals(0, client.api.get(assignments, admin).array().size());
        assertNotFound(client.api.post(ADMIN + "/" + UNKNOWN_ID + "/assignments", admin, "{\"user_id\":\"mia\"}"));
        assertError(client.api.post(ADMIN + "/x/assignments", admin, "{\"user_id\":\"mia\"}"), 400, "invalid_input", "coach_id");
    }

    @Test
    void deleteRemovesAssignmentsAndEveryonesState() {
        CoachClient client = client();
        String admin = TestTokens.admin("adm-del", "deleter");
        String member = TestTokens.user("adm-del", "max");
        client.list(member, "");
        String id = client.createSystem(admin, "Short Lived", "private").getString("id");
        created(client.api.post(ADMIN + "/" + id + "/assignments", admin, "{\"user_id\":\"max\"}"));
        ok(client.api.post(COACHES + "/" + id + "/favorite", member));
        ok(client.api.post(COACHES + "/" + id + "/activate", member));
        Db db = new Db(DATA);
        assertEquals(1, db.count("SELECT COUNT(*) FROM coach_assignments WHERE coach_id = ?", id));

        assertEquals(204, client.api.delete(ADMIN + "/" + id, admin).status());
        for (String table : List.of("coaches WHERE id", "coach_assignments WHERE coach_id", "coach_user_state WHERE coach_id",
                "active_coaches WHERE coach_id")) {
            assertEquals(0, db.count("SELECT COUNT(*) FROM " + table + " = ?", id), table);
        }
        assertNotFound(client.api.delete(ADMIN + "/" + id, admin));
        assertFalse(ok(client.api.get(COACHES + "/active", member)).getBoolean("active"));
    }

    @Test
    void onlySuperAdminsMakeGlobalCoaches() {
        CoachClient client = client();
        String admin = TestTokens.admin("adm-global", "plain-admin");
        String superAdmin = TestTokens.platformAdmin("platform");
        assertError(client.api.post(ADMIN, admin, body("World", "p").add("visibility", "global").build().toString()), 403, "forbidden", null);
        String tenantCoach = client.createSystem(admin, "Local", "tenant").getString("id");
        assertError(client.api.patch(ADMIN + "/" + tenantCoach, admin, "{\"visibility\":\"global\"}"), 403, "forbidden", null);
        assertEquals("tenant", ok(client.api.get(ADMIN + "/" + tenantCoach, admin)).getString("visibility"));

        String global = client.createSystem(superAdmin, "Worldwide", "global").getString("id");
        assertEquals("Worldwide", ok(client.api.get(COACHES + "/" + global, TestTokens.user("far-away", "anyone"))).getString("title"));
        // as one made before super-admin was tied to the platform tenant: at home in its maker's tenant
        assertEquals(1, new Db(DATA).update("UPDATE coaches SET tenant_id = (SELECT id FROM tenants WHERE external_id = ?) "
                + "WHERE id = ?", "adm-global", global));
        // a plain admin neither lists nor changes it, even in the tenant it was made in
        assertFalse(ok(client.api.get(ADMIN + "?limit=200", admin)).getJsonArray("coaches").getValuesAs(JsonObject.class)
                .stream().anyMatch(c -> c.getString("id").equals(global)));
        assertNotFound(client.api.patch(ADMIN + "/" + global, admin, "{\"title\":\"Mine\"}"));
        assertNotFound(client.api.delete(ADMIN + "/" + global, admin));
        // any super-admin of the platform tenant manages it
        String otherSuper = TestTokens.platformAdmin("platform-2");
        assertEquals("Worldwide 2", ok(client.api.patch(ADMIN + "/" + global, otherSuper, "{\"title\":\"Worldwide 2\"}")).getString("title"));
        assertError(client.api.patch(ADMIN + "/" + global, otherSuper, "{\"visibility\":\"tenant\"}"), 403, "forbidden", null);
        assertEquals("global", ok(client.api.get(ADMIN + "/" + global, superAdmin)).getString("visibility"));
        assertTrue(ok(client.api.get(ADMIN + "?limit=200", otherSuper)).getJsonArray("coaches").getValuesAs(JsonObject.class)
                .stream().anyMatch(c -> c.getString("id").equals(global)));
        assertEquals(204, client.api.delete(ADMIN + "/" + global, otherSuper).status());
        assertNotFound(client.api.get(COACHES + "/" + global, TestTokens.user("far-away", "anyone")));
    }
}
