package io.coachline.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.Mcp;
import io.coachline.testsupport.TestTokens;

/**
 * The server features beyond plain tool calls, over real HTTP: tool annotations, enums, icons, logging, coaches
 * as prompts, athlete data as resources, completion, and their isolation between users and tenants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class McpFeaturesIT {

    private static final Path DATA = Deployments.freshDataDir("mcp-features");
    static final String ATHLETE = TestTokens.user("demo", "demo-athlete");
    static final String ADMIN = TestTokens.admin("demo", "demo-admin");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = new HashMap<>(Deployments.config(DATA));
        config.put("coachline.demo-data", "true");
        config.put("coachline.mcp.page-size", "5");
        return Deployments.war(config);
    }

    Mcp mcp(String token) {
        return new Mcp(new Api(base), token).open();
    }

    static List<JsonObject> tools(Mcp client) {
        List<JsonObject> tools = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject params = cursor == null ? null : Json.createObjectBuilder().add("cursor", cursor).build();
            JsonObject result = client.request("tools/list", params).json().getJsonObject("result");
            tools.addAll(result.getJsonArray("tools").getValuesAs(JsonObject.class));
            cursor = result.containsKey("nextCursor") ? result.getString("nextCursor") : null;
        } while (cursor != null);
        return tools;
    }

    @Test
    void everyToolCarriesTitleHintsAndAnIcon() {
        List<JsonObject> tools = tools(mcp(ADMIN));
        assertEquals(31, tools.size(), "21 coach and 10 analytics tools");
        Map<String, JsonObject> byName = new HashMap<>();
        for (JsonObject tool : tools) {
            byName.put(tool.getString("name"), tool);
            JsonObject hints = tool.getJsonObject("annotations");
            assertFalse(tool.getString("title").isBlank(), tool::toString);
            assertEquals(tool.getString("title"), hints.getString("title"));
            for (String hint : List.of("readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint")) {
                assertTrue(hints.containsKey(hint), tool.getString("name") + " lacks " + hint);
            }
            assertFalse(hints.getBoolean("readOnlyHint") && hints.getBoolean("destructiveHint"), tool::toString);
            JsonObject icon = tool.getJsonArray("icons").getJsonObject(0);
            assertTrue(icon.getString("src").startsWith("data:image/svg+xml;base64,"), icon::toString);
            assertEquals("image/svg+xml", icon.getString("mimeType"));
        }
        for (String read : List.of("get_training_load", "list_coaches", "get_coach", "admin_list_coach_assignments")) {
            assertTrue(byName.get(read).getJsonObject("annotations").getBoolean("readOnlyHint"), read);
        }
        for (String destructive : List.of("delete_coach", "admin_delete_system_coach", "admin_unassign_coach")) {
            JsonObject hints = byName.get(destructive).getJsonObject("annotations");
            assertTrue(hints.getBoolean("destructiveHint") && !hints.getBoolean("readOnlyHint"), destructive);
        }
        assertFalse(byName.get("toggle_favorite_coach").getJsonObject("annotations").getBoolean("idempotentHint"));
        assertTrue(byName.get("activate_coach").getJsonObject("annotations").getBoolean("idempotentHint"));
    }

    @Test
    void choicesAreEnumsOfLowerCaseValuesAndInputInAnyCaseStillWorks() {
        Mcp client = mcp(TestTokens.user("enum-club", "athlete"));
        JsonObject create = tools(client).stream().filter(t -> t.getString("name").equals("create_coach")).findFirst()
                .orElseThrow().getJsonObject("inputSchema").getJsonObject("properties").getJsonObject("category");
        assertEquals(List.of("training", "nutrition", "recovery", "recipes", "analysis", "custom"),
                create.getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertFalse(create.containsKey("pattern"), create::toString);
        JsonObject created = client.call("create_coach", Json.createObjectBuilder().add("title", "Loud")
                .add("system_prompt", "You shout.").add("category", "NUTRITION").build()).getJsonObject("result");
        assertFalse(created.getBoolean("isError"), created::toString);
        assertEquals("nutrition", created.getJsonObject("structuredContent").getString("category"));
        JsonObject wrong = client.call("create_coach", Json.createObjectBuilder().add("title", "Odd")
                .add("system_prompt", "x").add("category", "cooking").build()).getJsonObject("result");
        assertTrue(wrong.getBoolean("isError"), wrong::toString);
        assertTrue(wrong.getJsonArray("content").getJsonObject(0).getString("text").contains("category"), wrong::toString);
    }

    @Test
    void logMessagesFollowTheLevelTheClientSet() {
        Mcp client = mcp(ATHLETE);
        JsonObject initialize = new Mcp(new Api(base), ATHLETE).initialize(Mcp.VERSION).json().getJsonObject("result");
        assertTrue(initialize.getJsonObject("capabilities").containsKey("logging"), initialize::toString);
        Api.Reply silent = client.request("tools/call", Json.createObjectBuilder().add("name", "get_plan_week").build());
        assertTrue(silent.header("Content-Type").startsWith("application/json"), "no level set, no messages");

        JsonObject bad = client.request("logging/setLevel", Json.createObjectBuilder().add("level", "loud").build()).json();
        assertEquals(-32602, bad.getJsonObject("error").getInt("code"), bad::toString);
        assertTrue(client.request("logging/setLevel", Json.createObjectBuilder().add("level", "info").build())
                .json().getJsonObject("result").isEmpty());
        List<JsonObject> events = events(client.request("tools/call", Json.createObjectBuilder()
                .add("name", "get_plan_week").build()));
        assertEquals(2, events.size(), events::toString);
        JsonObject log = events.get(0);
        assertEquals("notifications/message", log.getString("method"));
        assertEquals("info", log.getJsonObject("params").getString("level"));
        assertEquals("get_plan_week", log.getJsonObject("params").getJsonObject("data").getString("tool"));
        assertFalse(events.get(1).getJsonObject("result").getBoolean("isError"), events::toString);

        client.request("logging/setLevel", Json.createObjectBuilder().add("level", "error").build());
        Api.Reply quiet = client.request("tools/call", Json.createObjectBuilder().add("name", "get_plan_week").build());
        assertTrue(quiet.header("Content-Type").startsWith("application/json"), "info is below error");
    }

    static List<JsonObject> all(Mcp client, String method, String key) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject params = cursor == null ? null : Json.createObjectBuilder().add("cursor", cursor).build();
            JsonObject result = client.request(method, params).json().getJsonObject("result");
            items.addAll(result.getJsonArray(key).getValuesAs(JsonObject.class));
            cursor = result.containsKey("nextCursor") ? result.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 100);
        return items;
    }

    static JsonObject call(Mcp client, String tool, JsonObject arguments) {
        JsonObject result = client.call(tool, arguments).getJsonObject("result");
        assertFalse(result.getBoolean("isError"), result::toString);
        return result.getJsonObject("structuredContent");
    }

    static JsonObject id(String coachId) {
        return Json.createObjectBuilder().add("coach_id", coachId).build();
    }

    static int error(Api.Reply reply) {
        return reply.json().getJsonObject("error").getInt("code");
    }

    @Test
    void promptsAreExactlyTheCoachesTheCallerSeesFavoritesFirstHiddenLeftOut() {
        // The demo tenant, so that there are system coaches to hide (a user's own coach cannot be hidden).
        Mcp alice = mcp(TestTokens.user("demo", "prompt-alice"));
        List<String> ids = new ArrayList<>();
        for (String title : List.of("Alpha Coach", "Bravo Coach", "Charlie Coach", "Delta Coach", "Echo Coach", "Foxtrot Coach")) {
            ids.add(call(alice, "create_coach", Json.createObjectBuilder().add("title", title)
                    .add("system_prompt", "You are " + title + ".").add("category", "recovery")
                    .add("sample_prompts", Json.createArrayBuilder().add("How do I recover?").add("Plan my week"))
                    .build()).getString("id"));
        }
        call(alice, "toggle_favorite_coach", id(ids.get(4)));
        JsonObject system = call(alice, "list_coaches", Json.createObjectBuilder().add("limit", 100).build())
                .getJsonArray("coaches").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getBoolean("is_system")).findFirst().orElseThrow();
        call(alice, "hide_coach", id(system.getString("id")));
        List<JsonObject> prompts = all(alice, "prompts/list", "prompts");
        List<String> listed = call(alice, "list_coaches", Json.createObjectBuilder().add("limit", 100).build())
                .getJsonArray("coaches").getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList();
        assertEquals(listed, prompts.stream().map(p -> p.getString("title")).toList(), "paged with cursors (page size 5)");
        assertEquals("Echo Coach", prompts.get(0).getString("title"), "the favorite first");
        assertFalse(listed.contains(system.getString("title")), "hidden left out");
        assertTrue(listed.containsAll(List.of("Alpha Coach", "Foxtrot Coach")), listed::toString);
        assertEquals(prompts.size(), prompts.stream().map(p -> p.getString("name")).distinct().count(), "unique names");
        JsonObject alpha = prompts.stream().filter(p -> p.getString("title").equals("Alpha Coach")).findFirst().orElseThrow();
        assertTrue(alpha.getString("name").matches("alpha-coach-[0-9a-f]{8}"), alpha::toString);
        assertEquals(alpha.getString("name"), all(alice, "prompts/list", "prompts").stream()
                .filter(p -> p.getString("title").equals("Alpha Coach")).findFirst().orElseThrow().getString("name"), "stable");
        JsonObject question = alpha.getJsonArray("arguments").getJsonObject(0);
        assertEquals("question", question.getString("name"));
        assertFalse(question.getBoolean("required"));
        assertTrue(alpha.getJsonArray("icons").getJsonObject(0).getString("src").startsWith("data:image/svg+xml"));
        JsonObject bad = alice.request("prompts/list", Json.createObjectBuilder().add("cursor", "nope").build()).json();
        assertEquals(-32602, bad.getJsonObject("error").getInt("code"), bad::toString);
    }

    @Test
    void aPromptIsTheCoachPersonaPlusTheAthletesContext() {
        Mcp athlete = mcp(ATHLETE);
        String coachId = call(athlete, "create_coach", Json.createObjectBuilder().add("title", "Hill Whisperer")
                .add("system_prompt", "You love hills and say so.")
                .add("sample_prompts", Json.createArrayBuilder().add("Which hill session?").add("How steep?")).build())
                .getString("id");
        String name = all(athlete, "prompts/list", "prompts").stream()
                .filter(p -> p.getString("title").equals("Hill Whisperer")).findFirst().orElseThrow().getString("name");
        JsonObject got = athlete.request("prompts/get", Json.createObjectBuilder().add("name", name)
                .add("arguments", Json.createObjectBuilder().add("question", "Am I ready for a hilly 10K?")).build())
                .json().getJsonObject("result");
        List<JsonObject> messages = got.getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals(3, messages.size(), got::toString);
        String system = messages.get(0).getJsonObject("content").getString("text");
        assertTrue(system.contains("---\n\n## Active Coach: Hill Whisperer\n\nYou love hills and say so.\n\n---\n\n"), system);
        JsonObject resource = messages.get(1).getJsonObject("content");
        assertEquals("resource", resource.getString("type"));
        assertEquals("coachline://athlete/context", resource.getJsonObject("resource").getString("uri"));
        assertEquals("text/markdown", resource.getJsonObject("resource").getString("mimeType"));
        assertTrue(resource.getJsonObject("resource").getString("text").contains("CTL"), resource::toString);
        assertEquals("Am I ready for a hilly 10K?", messages.get(2).getJsonObject("content").getString("text"));

        JsonObject completed = athlete.request("completion/complete", Json.createObjectBuilder()
                .add("ref", Json.createObjectBuilder().add("type", "ref/prompt").add("name", name))
                .add("argument", Json.createObjectBuilder().add("name", "question").add("value", "which")).build())
                .json().getJsonObject("result").getJsonObject("completion");
        assertEquals(List.of("Which hill session?"), completed.getJsonArray("values").getValuesAs(JsonString::getString));

        assertEquals(-32602, error(athlete.request("prompts/get", Json.createObjectBuilder().add("name", "no-such-coach").build())));
        assertEquals(-32602, error(athlete.request("prompts/get", Json.createObjectBuilder().add("name", name)
                .add("arguments", Json.createObjectBuilder().add("mood", "x")).build())), "unknown argument");
        assertEquals(-32602, error(athlete.request("prompts/get", Json.createObjectBuilder().build())));
        call(athlete, "delete_coach", id(coachId));
        assertEquals(-32602, error(athlete.request("prompts/get", Json.createObjectBuilder().add("name", name).build())),
                "a deleted coach's prompt is gone");
    }

    @Test
    void resourcesAreTheCallersOwnDataWithTemplatesAndLinks() {
        Mcp athlete = mcp(ATHLETE);
        List<JsonObject> fixed = all(athlete, "resources/list", "resources");
        List<String> uris = fixed.stream().map(r -> r.getString("uri")).toList();
        assertTrue(uris.containsAll(List.of("coachline://athlete/profile", "coachline://athlete/training-load",
                "coachline://athlete/personal-bests", "coachline://athlete/plan-week")), uris::toString);
        for (JsonObject resource : fixed) {
            assertFalse(resource.getString("mimeType").isBlank(), resource::toString);
            assertTrue(resource.getJsonObject("annotations").containsKey("priority"), resource::toString);
        }
        List<String> templates = all(athlete, "resources/templates/list", "resourceTemplates").stream()
                .map(t -> t.getString("uriTemplate")).toList();
        assertTrue(templates.contains("coachline://training-load/{days}"), templates::toString);

        JsonObject load = read(athlete, "coachline://athlete/training-load");
        assertEquals("application/json", load.getString("mimeType"));
        JsonObject summary = Json.createReader(new StringReader(load.getString("text"))).readObject();
        JsonObject tool = call(athlete, "get_training_load", null);
        assertEquals(tool.getJsonNumber("ctl").doubleValue(), summary.getJsonNumber("ctl").doubleValue(), 1e-9);
        assertTrue(load.getJsonObject("annotations").containsKey("lastModified"));
        JsonObject series = Json.createReader(new StringReader(read(athlete, "coachline://training-load/14")
                .getString("text"))).readObject();
        assertEquals(14, series.getJsonArray("recent_days").size(), series::toString);

        JsonObject missing = athlete.request("resources/read", Json.createObjectBuilder()
                .add("uri", "coachline://athlete/nothing").build()).json().getJsonObject("error");
        assertEquals(-32602, missing.getInt("code"));
        assertEquals("coachline://athlete/nothing", missing.getJsonObject("data").getString("uri"));
        assertEquals(-32602, error(athlete.request("resources/read", Json.createObjectBuilder()
                .add("uri", "coachline://training-load/3").build())), "days below 7");
        assertEquals(-32602, error(athlete.request("resources/read", Json.createObjectBuilder()
                .add("uri", "coachline://training-load/many").build())));

        JsonObject days = athlete.request("completion/complete", Json.createObjectBuilder()
                .add("ref", Json.createObjectBuilder().add("type", "ref/resource").add("uri", "coachline://training-load/{days}"))
                .add("argument", Json.createObjectBuilder().add("name", "days").add("value", "4")).build())
                .json().getJsonObject("result").getJsonObject("completion");
        assertEquals(List.of("42"), days.getJsonArray("values").getValuesAs(JsonString::getString));

        JsonObject result = athlete.call("get_training_load", null).getJsonObject("result");
        JsonObject link = result.getJsonArray("content").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("type").equals("resource_link")).findFirst().orElseThrow(() -> new AssertionError(result.toString()));
        assertEquals("coachline://athlete/training-load", link.getString("uri"));
    }

    @Test
    void anotherUserTenantOrNonAdminSeesReadsAndCompletesNothingOfOthers() {
        Mcp owner = mcp(TestTokens.user("iso-club", "owner"));
        call(owner, "create_coach", Json.createObjectBuilder().add("title", "Secret Sauce")
                .add("system_prompt", "Private.").add("sample_prompts", Json.createArrayBuilder().add("Secret?")).build());
        String name = all(owner, "prompts/list", "prompts").stream()
                .filter(p -> p.getString("title").equals("Secret Sauce")).findFirst().orElseThrow().getString("name");
        Mcp adminOfDemo = mcp(ADMIN);
        String adminCoach = call(adminOfDemo, "admin_create_system_coach", Json.createObjectBuilder()
                .add("title", "Assigned Only").add("system_prompt", "For the chosen.").add("visibility", "private").build())
                .getString("id");
        String assignedName = all(adminOfDemo, "prompts/list", "prompts").stream()
                .filter(p -> p.getString("title").equals("Assigned Only")).map(p -> p.getString("name")).findFirst().orElse(null);
        for (String token : List.of(TestTokens.user("iso-club", "neighbour"), TestTokens.user("other-club", "owner"), ATHLETE)) {
            Mcp stranger = mcp(token);
            List<String> titles = all(stranger, "prompts/list", "prompts").stream().map(p -> p.getString("title")).toList();
            assertFalse(titles.contains("Secret Sauce") || titles.contains("Assigned Only"), titles::toString);
            assertEquals(-32602, error(stranger.request("prompts/get", Json.createObjectBuilder().add("name", name).build())));
            assertEquals(-32602, error(stranger.request("completion/complete", Json.createObjectBuilder()
                    .add("ref", Json.createObjectBuilder().add("type", "ref/prompt").add("name", name))
                    .add("argument", Json.createObjectBuilder().add("name", "question").add("value", "")).build())));
            if (assignedName != null) {
                assertEquals(-32602, error(stranger.request("prompts/get",
                        Json.createObjectBuilder().add("name", assignedName).build())));
            }
        }
        assertFalse(adminCoach.isBlank());
        JsonObject mine = Json.createReader(new StringReader(read(mcp(TestTokens.user("other-club", "owner")),
                "coachline://athlete/training-load").getString("text"))).readObject();
        assertTrue(mine.getBoolean("insufficient_data"), "a new athlete reads their own empty data, never another's: " + mine);
    }

    static JsonObject read(Mcp client, String uri) {
        JsonObject reply = client.request("resources/read", Json.createObjectBuilder().add("uri", uri).build()).json();
        assertTrue(reply.containsKey("result"), reply::toString);
        return reply.getJsonObject("result").getJsonArray("contents").getJsonObject(0);
    }

    /** The JSON-RPC messages of a text/event-stream response, in order. */
    static List<JsonObject> events(Api.Reply reply) {
        assertTrue(reply.header("Content-Type").startsWith("text/event-stream"), reply::toString);
        List<JsonObject> messages = new ArrayList<>();
        for (String line : reply.body().split("\n")) {
            if (line.startsWith("data: ")) {
                messages.add(Json.createReader(new StringReader(line.substring(6))).readObject());
            }
        }
        return messages;
    }
}
