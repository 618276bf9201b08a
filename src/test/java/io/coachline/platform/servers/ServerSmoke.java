package io.coachline.platform.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.TestTokens;

/**
 * The smoke suite every supported server must pass, over real HTTP against the unchanged WAR. Subclasses
 * only say where the server is: {@link PayaraSmokeIT} (Arquillian) and {@link WildFlySmokeIT} (the WildFly
 * that Maven provisions and starts). Each test uses its own tenant, so the order does not matter.
 */
abstract class ServerSmoke {

    /** The application, at context root /. */
    abstract Api api();

    /** Where this server serves MicroProfile Health (Payara: the HTTP port; WildFly: the management port). */
    abstract Api health();

    private static String tenant() {
        return "smoke-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void readyOnceMigrationsRanAndTheDatabaseAnswers() {
        Api.Reply reply = health().get("/health/ready", null);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject database = reply.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst()
                .orElseThrow(() -> new AssertionError("no database check: " + reply));
        assertEquals("UP", database.getString("status"), reply::toString);
        // Payara writes a health datum given as a long as a JSON string, WildFly as a number
        String applied = database.getJsonObject("data").get("migrations_applied_total").toString().replace("\"", "");
        assertTrue(Long.parseLong(applied) >= 4, reply::toString);
    }

    @Test
    void tokensMissingForgedOrExpiredAre401WithWwwAuthenticateAndAValidOneIs200() {
        String tenant = tenant();
        for (String token : new String[] {null, TestTokens.forged(tenant, "mallory"), TestTokens.expired(tenant, "ada")}) {
            Api.Reply reply = api().get("api/me", token);
            assertEquals(401, reply.status(), reply::toString);
            assertNotNull(reply.header("WWW-Authenticate"), reply::toString);
            assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.header("WWW-Authenticate"));
            assertTrue(reply.json().containsKey("error"), reply::toString);
        }
        Api.Reply me = api().get("api/me", TestTokens.user(tenant, "ada"));
        assertEquals(200, me.status(), me::toString);
        assertEquals(tenant, me.json().getString("tenant_id"), me::toString);
    }

    @Test
    void coachesSpeakSnakeCaseJson() {
        String token = TestTokens.user(tenant(), "ada");
        Api.Reply created = api().post("api/coaches", token, Json.createObjectBuilder().add("title", "Tempo Tina")
                .add("system_prompt", "You coach tempo runs.").build().toString());
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals("You coach tempo runs.", created.json().getString("system_prompt"), created::toString);
        assertFalse(created.body().contains("systemPrompt"), created::toString);

        JsonObject list = ok(api().get("api/coaches", token));
        assertTrue(list.getJsonArray("coaches").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("id").equals(id)), list::toString);
        assertTrue(ok(api().post("api/coaches/" + id + "/activate", token)).getBoolean("is_active"));
        assertEquals(id, ok(api().get("api/coaches/active", token)).getJsonObject("coach").getString("id"));
        assertTrue(ok(api().post("api/coaches/" + id + "/favorite", token)).getBoolean("is_favorite"));
        JsonObject found = ok(api().get("api/coaches/search?query=tempo", token));
        assertEquals(List.of("Tempo Tina"), found.getJsonArray("coaches").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("title")).toList(), found::toString);
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        String token = TestTokens.user(tenant(), "ada");
        Api.Reply noTitle = api().post("api/coaches", token, "{\"system_prompt\":\"p\"}");
        assertEquals(400, noTitle.status(), noTitle::toString);
        assertEquals("title", noTitle.json().getString("field"), noTitle::toString);
        // strict JSON-B settings: an unknown (camelCase) field is refused, not ignored
        Api.Reply camel = api().post("api/coaches", token, "{\"title\":\"T\",\"systemPrompt\":\"p\"}");
        assertEquals(400, camel.status(), camel::toString);
        assertTrue(camel.json().containsKey("error"), camel::toString);
        assertEquals(0, ok(api().get("api/coaches?scope=mine", token)).getJsonArray("coaches").getValuesAs(JsonObject.class)
                .stream().filter(c -> !c.getString("visibility", "").equals("global")).count());
    }

    @Test
    void anAdminEndpointIsForbiddenToAUser() {
        Api.Reply reply = api().get("api/admin/coaches", TestTokens.user(tenant(), "ada"));
        assertEquals(403, reply.status(), reply::toString);
        assertEquals("forbidden", reply.json().getString("error"), reply::toString);
    }

    @Test
    void anImportedRunFeedsAnAnalyticsTool() throws Exception {
        String token = TestTokens.user(tenant(), "ada");
        Api.Reply started = api().upload("api/activities/import", token, "file", "run.gpx", gpxRun());
        assertEquals(202, started.status(), started::toString);
        String job = started.json().getString("id");
        JsonObject status = null;
        for (Instant deadline = Instant.now().plusSeconds(60); Instant.now().isBefore(deadline); Thread.sleep(200)) {
            status = ok(api().get("api/imports/" + job, token));
            if (List.of("done", "failed").contains(status.getString("status"))) {
                break;
            }
        }
        assertNotNull(status);
        assertEquals("done", status.getString("status"), status::toString);
        JsonObject recent = ok(api().get("api/analytics/get_recent_runs?days=30", token));
        assertTrue(recent.toString().contains("\"distance"), recent::toString);
        assertEquals(1, recent.getJsonArray("runs").size(), recent::toString);
    }

    @Test
    void aChatTurnIsAnsweredOffline() {
        String token = TestTokens.user(tenant(), "ada");
        Api.Reply conversation = api().post("api/chat/conversations", token, "{}");
        assertEquals(201, conversation.status(), conversation::toString);
        Api.Reply answer = api().post("api/chat/conversations/" + conversation.json().getString("id") + "/messages", token,
                "{\"content\":\"What's my TSB?\"}");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("offline", answer.json().getString("model"), answer::toString);
        assertFalse(answer.json().getString("content").isBlank(), answer::toString);
    }

    /** initialize, tools/list and tools/call list_coaches through the official MCP SDK client (client.mjs). */
    @Test
    void theOfficialMcpClientListsAndCallsTools() throws Exception {
        String token = TestTokens.user(tenant(), "ada");
        File dir = new File("src/test/mcp-client");
        assertTrue(new File(dir, "node_modules").isDirectory(), "run mvn verify (npm ci in pre-integration-test)");
        Path log = Files.createTempFile("mcp-smoke", ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "client.mjs", api().base() + "mcp", token)
                .directory(dir).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MCP_CALLS", "[{\"name\":\"list_coaches\",\"arguments\":{}}]");
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join("\n", lines));
        JsonObject summary;
        try (var reader = Json.createReader(new StringReader(lines.get(lines.size() - 1)))) {
            summary = reader.readObject();
        }
        assertTrue(summary.getJsonArray("tools").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(t -> t.getString().equals("list_coaches")), summary::toString);
        JsonObject call = summary.getJsonObject("calls").getJsonObject("list_coaches");
        assertFalse(call.getBoolean("isError"), summary::toString);
        assertTrue(call.getJsonObject("structuredContent").containsKey("coaches"), summary::toString);
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** A 20-minute GPX run from yesterday, a trackpoint every 10 s at 3 m/s, with heart rate. */
    private static byte[] gpxRun() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1)).plus(Duration.ofHours(7));
        List<String> points = new ArrayList<>();
        for (int i = 0; i <= 120; i++) {
            points.add(String.format(Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"7.0\"><ele>200</ele><time>%s</time>"
                    + "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr></gpxtpx:TrackPointExtension>"
                    + "</extensions></trkpt>", 45 + i * 30.0 / 111_195, start.plusSeconds(i * 10L)));
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><gpx version=\"1.1\" creator=\"smoke\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/1\" "
                + "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">"
                + "<trk><name>Smoke run</name><type>running</type><trkseg>" + String.join("", points)
                + "</trkseg></trk></gpx>").getBytes(StandardCharsets.UTF_8);
    }
}
