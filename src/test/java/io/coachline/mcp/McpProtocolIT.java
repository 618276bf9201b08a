package io.coachline.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** The MCP transport and protocol over real HTTP: handshake, headers, sessions, paging, every error class. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class McpProtocolIT {

    private static final Path DATA = Deployments.freshDataDir("mcp");
    private static final String ATHLETE = TestTokens.user("demo", "demo-athlete");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = new HashMap<>(Deployments.config(DATA));
        config.put("coachline.demo-data", "true");
        config.put("coachline.mcp.page-size", "4");
        return Deployments.war(config);
    }

    private Mcp mcp(String token) {
        return new Mcp(new Api(base), token);
    }

    @Test
    void initializeNegotiatesTheVersionAndIssuesASession() {
        for (String version : List.of("2025-11-25", "2025-06-18", "2025-03-26")) {
            Api.Reply reply = mcp(ATHLETE).initialize(version);
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(version, reply.json().getJsonObject("result").getString("protocolVersion"));
            assertNotNull(reply.header("MCP-Session-Id"));
        }
        Api.Reply future = mcp(ATHLETE).initialize("2099-01-01");
        JsonObject result = future.json().getJsonObject("result");
        assertEquals("2025-11-25", result.getString("protocolVersion"));
        assertTrue(result.getJsonObject("capabilities").containsKey("tools"));
        assertEquals("coachline", result.getJsonObject("serverInfo").getString("name"));
    }

    @Test
    void notificationsAreAcceptedWithoutBodyAndPingAnswers() {
        Mcp client = mcp(ATHLETE).open();
        Api.Reply notification = client.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", client.session());
        assertEquals(202, notification.status());
        assertTrue(notification.body().isEmpty(), notification::toString);
        Api.Reply ping = client.request("ping", null);
        assertEquals(200, ping.status());
        assertTrue(ping.json().getJsonObject("result").isEmpty());
    }

    @Test
    void toolsListPagesThroughEveryToolWithSchemas() {
        Mcp client = mcp(ATHLETE).open();
        List<JsonObject> tools = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject params = cursor == null ? null : Json.createObjectBuilder().add("cursor", cursor).build();
            JsonObject result = client.request("tools/list", params).json().getJsonObject("result");
            tools.addAll(result.getJsonArray("tools").getValuesAs(JsonObject.class));
            cursor = result.containsKey("nextCursor") ? result.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 50);
        assertTrue(pages > 1, "page size 4 must page");
        List<String> names = tools.stream().map(t -> t.getString("name")).toList();
        assertTrue(names.containsAll(List.of("get_recent_runs", "get_training_load", "get_efficiency_trend",
                "get_efficiency_by_zone", "get_race_predictions", "get_recovery_status", "get_pb_patterns",
                "get_correlations", "get_active_insights", "get_plan_week")), names::toString);
        assertEquals(names.size(), names.stream().distinct().count(), "no tool twice across pages");
        for (JsonObject tool : tools) {
            assertEquals("object", tool.getJsonObject("inputSchema").getString("type"), tool::toString);
            assertFalse(tool.getJsonObject("inputSchema").getBoolean("additionalProperties"), tool::toString);
            assertEquals("object", tool.getJsonObject("outputSchema").getString("type"), tool::toString);
            assertTrue(tool.getString("description").length() > 40, tool::toString);
        }
        JsonObject bad = client.request("tools/list", Json.createObjectBuilder().add("cursor", "bogus!").build()).json();
        assertEquals(-32602, bad.getJsonObject("error").getInt("code"));
    }

    @Test
    void toolCallReturnsStructuredContentAndTheSameJsonAsText() {
        JsonObject result = mcp(ATHLETE).open().call("get_training_load", null).getJsonObject("result");
        assertFalse(result.getBoolean("isError"), result::toString);
        JsonObject structured = result.getJsonObject("structuredContent");
        assertFalse(structured.getBoolean("insufficient_data"));
        assertTrue(structured.getJsonNumber("ctl").doubleValue() > 0, structured::toString);
        JsonObject text = Json.createReader(new StringReader(
                result.getJsonArray("content").getJsonObject(0).getString("text"))).readObject();
        assertEquals(structured, text);
    }

    @Test
    void toolFailuresAreResultsAndProtocolFailuresAreErrors() {
        Mcp client = mcp(ATHLETE).open();
        JsonObject invalid = client.call("get_recent_runs", Json.createObjectBuilder().add("days", 0).build()).getJsonObject("result");
        assertTrue(invalid.getBoolean("isError"), invalid::toString);
        assertTrue(invalid.getJsonArray("content").getJsonObject(0).getString("text").contains("days"), invalid::toString);
        JsonObject wrongType = client.call("get_recent_runs", Json.createObjectBuilder().add("days", "seven").build()).getJsonObject("result");
        assertTrue(wrongType.getBoolean("isError"), wrongType::toString);
        JsonObject unknownArg = client.call("get_recent_runs", Json.createObjectBuilder().add("athlete_id", "x").build()).getJsonObject("result");
        assertTrue(unknownArg.getBoolean("isError"), unknownArg::toString);

        assertEquals(-32602, client.call("no_such_tool", null).getJsonObject("error").getInt("code"));
        Api.Reply badArguments = client.request("tools/call", Json.createObjectBuilder().add("name", "get_recent_runs")
                .add("arguments", "days=7").build());
        assertEquals(-32602, badArguments.json().getJsonObject("error").getInt("code"));
        assertEquals(-32602, client.request("tools/call", Json.createObjectBuilder().build()).json().getJsonObject("error").getInt("code"));
        assertEquals(-32601, client.request("sampling/createMessage", null).json().getJsonObject("error").getInt("code"),
                "a client-side method is not the server's");

        Api.Reply parse = client.post("{\"jsonrpc\":\"2.0\",", client.session());
        assertEquals(400, parse.status());
        assertEquals(-32700, parse.json().getJsonObject("error").getInt("code"));
        assertEquals(-32600, client.post("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}", client.session())
                .json().getJsonObject("error").getInt("code"));
        assertEquals(-32600, client.post("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", client.session())
                .json().getJsonObject("error").getInt("code"));
    }

    @Test
    void headersAndSessionsAreChecked() {
        Api api = new Api(base);
        Mcp client = mcp(ATHLETE).open();
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}";
        Api.Reply badVersion = api.send(api.request("mcp", ATHLETE).header("Content-Type", "application/json")
                .header("MCP-Session-Id", client.session()).header("MCP-Protocol-Version", "1999-01-01")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ping)).build());
        assertEquals(400, badVersion.status(), badVersion::toString);
        assertEquals(400, client.post(ping, null).status(), "no session header");
        assertEquals(404, client.post(ping, "not-a-session").status());
        assertEquals(404, mcp(TestTokens.user("demo", "demo-athlete-2")).post(ping, client.session()).status(),
                "another user's session is unknown");
        Api.Reply evil = api.send(api.request("mcp", ATHLETE).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").header("MCP-Session-Id", client.session())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ping)).build());
        assertEquals(403, evil.status());
        Api.Reply local = api.send(api.request("mcp", ATHLETE).header("Content-Type", "application/json")
                .header("Origin", "http://localhost:3000").header("MCP-Session-Id", client.session())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ping)).build());
        assertEquals(200, local.status(), local::toString);
        assertEquals(405, api.get("mcp", ATHLETE).status());

        Api.Reply delete = api.send(api.request("mcp", ATHLETE).header("MCP-Session-Id", client.session()).DELETE().build());
        assertEquals(204, delete.status(), delete::toString);
        assertEquals(404, client.post(ping, client.session()).status(), "an ended session is gone");
    }

    @Test
    void adminToolsAreListedAndCallableOnlyForAdmins() {
        List<String> adminTools = List.of("admin_list_system_coaches", "admin_create_system_coach", "admin_get_system_coach",
                "admin_update_system_coach", "admin_delete_system_coach", "admin_assign_coach", "admin_unassign_coach",
                "admin_list_coach_assignments");
        List<String> userTools = List.of("list_coaches", "create_coach", "get_coach", "update_coach", "delete_coach",
                "toggle_favorite_coach", "search_coaches", "activate_coach", "deactivate_coach", "get_active_coach",
                "hide_coach", "show_coach", "list_hidden_coaches");
        List<String> asUser = allToolNames(mcp(ATHLETE).open());
        assertTrue(asUser.containsAll(userTools), asUser::toString);
        assertTrue(asUser.stream().noneMatch(adminTools::contains), asUser::toString);
        List<String> asAdmin = allToolNames(mcp(TestTokens.admin("demo", "demo-admin")).open());
        assertTrue(asAdmin.containsAll(adminTools) && asAdmin.containsAll(userTools), asAdmin::toString);

        JsonObject refused = mcp(ATHLETE).open().call("admin_list_system_coaches", null);
        assertEquals(-32602, refused.getJsonObject("error").getInt("code"), refused::toString);
        JsonObject listed = mcp(TestTokens.admin("demo", "demo-admin")).open().call("admin_list_system_coaches", null);
        assertFalse(listed.getJsonObject("result").getBoolean("isError"), listed::toString);
        assertEquals(6, listed.getJsonObject("result").getJsonObject("structuredContent").getJsonArray("coaches").size(),
                "the six demo system coaches: " + listed);
    }

    @Test
    void coachToolsActOnTheCallerOnly() {
        Mcp owner = mcp(TestTokens.user("mcp-club", "owner")).open();
        JsonObject created = owner.call("create_coach", Json.createObjectBuilder().add("title", "Mine")
                .add("system_prompt", "You are mine.").build()).getJsonObject("result");
        assertFalse(created.getBoolean("isError"), created::toString);
        String id = created.getJsonObject("structuredContent").getString("id");
        JsonObject activated = owner.call("activate_coach", Json.createObjectBuilder().add("coach_id", id).build()).getJsonObject("result");
        assertFalse(activated.getBoolean("isError"), activated::toString);
        assertTrue(owner.call("get_active_coach", null).getJsonObject("result").getJsonObject("structuredContent").getBoolean("active"));

        for (String token : List.of(TestTokens.user("mcp-club", "neighbour"), TestTokens.user("other-club", "owner"))) {
            Mcp stranger = mcp(token).open();
            for (String tool : List.of("get_coach", "activate_coach", "delete_coach", "toggle_favorite_coach")) {
                JsonObject result = stranger.call(tool, Json.createObjectBuilder().add("coach_id", id).build()).getJsonObject("result");
                assertTrue(result.getBoolean("isError"), tool + " " + result);
                assertTrue(result.getJsonArray("content").getJsonObject(0).getString("text").startsWith("not_found"), result::toString);
            }
        }
        assertEquals(200, new Api(base).get("api/coaches/" + id, TestTokens.user("mcp-club", "owner")).status(), "still there");
        JsonObject tooLong = owner.call("create_coach", Json.createObjectBuilder().add("title", "x".repeat(101))
                .add("system_prompt", "ok").build()).getJsonObject("result");
        assertTrue(tooLong.getBoolean("isError"), tooLong::toString);
        assertTrue(tooLong.getJsonArray("content").getJsonObject(0).getString("text").contains("title"), tooLong::toString);
    }

    private static List<String> allToolNames(Mcp client) {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject params = cursor == null ? null : Json.createObjectBuilder().add("cursor", cursor).build();
            JsonObject result = client.request("tools/list", params).json().getJsonObject("result");
            result.getJsonArray("tools").getValuesAs(JsonObject.class).forEach(t -> names.add(t.getString("name")));
            cursor = result.containsKey("nextCursor") ? result.getString("nextCursor") : null;
        } while (cursor != null);
        return names;
    }

    @Test
    void unauthenticatedClientsAreToldWhereToGetATokenFrom() {
        Api api = new Api(base);
        Api.Reply reply = mcp(null).initialize(Mcp.VERSION);
        assertEquals(401, reply.status());
        String challenge = reply.header("WWW-Authenticate");
        assertTrue(challenge.startsWith("Bearer ") && challenge.contains("resource_metadata=\""), challenge);
        String metadataUrl = challenge.replaceAll(".*resource_metadata=\"([^\"]+)\".*", "$1");
        JsonObject metadata = api.send(api.request("", null).uri(java.net.URI.create(metadataUrl)).GET().build()).json();
        assertTrue(metadata.getString("resource").endsWith("/mcp"), metadata::toString);
        assertEquals(TestTokens.ISSUER, metadata.getJsonArray("authorization_servers").getString(0));
        Api.Reply forged = mcp(TestTokens.forged("demo", "demo-athlete")).initialize(Mcp.VERSION);
        assertEquals(401, forged.status());
        assertTrue(forged.header("WWW-Authenticate").contains("resource_metadata"), forged.header("WWW-Authenticate"));
    }
}
