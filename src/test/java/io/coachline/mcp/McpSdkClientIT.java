package io.coachline.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/**
 * The official MCP TypeScript SDK client and the MCP Inspector CLI against the real server (installed
 * from npm into src/test/mcp-client by the build). The SDK client validates every structured result
 * against the tool's outputSchema, so a passing call proves the generated schemas.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class McpSdkClientIT {

    private static final Path DATA = Deployments.freshDataDir("mcp-sdk");
    private static final File CLIENT_DIR = new File("src/test/mcp-client");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = new HashMap<>(Deployments.config(DATA));
        config.put("coachline.demo-data", "true");
        return Deployments.war(config);
    }

    @Test
    void sdkClientListsAndCallsToolsWithValidStructuredContent() throws Exception {
        String calls = """
                [{"name":"get_training_load"},{"name":"get_recent_runs","arguments":{"days":30}},
                 {"name":"get_race_predictions"},{"name":"get_recovery_status"},{"name":"get_pb_patterns"},
                 {"name":"get_correlations","arguments":{"days":180}},{"name":"get_active_insights","arguments":{"limit":3}},
                 {"name":"get_plan_week"},{"name":"get_efficiency_trend"},{"name":"get_efficiency_by_zone","arguments":{"effort_zone":"easy"}},
                 {"name":"create_coach","arguments":{"title":"SDK coach","system_prompt":"You are a concise marathon coach.","category":"training","tags":["marathon"]}},
                 {"name":"list_coaches","arguments":{"limit":50}},
                 {"name":"get_active_coach"},
                 {"name":"get_recent_runs","arguments":{"days":0}}]""";
        Run run = node(Map.of("MCP_CALLS", calls), "client.mjs", base + "mcp", TestTokens.user("demo", "demo-athlete"));
        assertEquals(0, run.exit(), run.output());
        String last = run.output().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow(() -> new AssertionError(run.output()));
        JsonObject summary = Json.createReader(new StringReader(last)).readObject();
        assertEquals("2025-11-25", summary.getString("protocolVersion"));
        List<String> tools = summary.getJsonArray("tools").getValuesAs(JsonString::getString);
        assertTrue(tools.containsAll(List.of("get_training_load", "get_plan_week", "get_pb_patterns")), tools::toString);
        JsonObject load = summary.getJsonObject("calls").getJsonObject("get_training_load");
        assertFalse(load.getBoolean("isError"));
        assertTrue(load.getJsonObject("structuredContent").getJsonNumber("ctl").doubleValue() > 0, load::toString);
        JsonObject created = summary.getJsonObject("calls").getJsonObject("create_coach");
        assertFalse(created.getBoolean("isError"), created::toString);
        String coachId = created.getJsonObject("structuredContent").getString("id");
        JsonObject listed = summary.getJsonObject("calls").getJsonObject("list_coaches").getJsonObject("structuredContent");
        assertTrue(listed.getJsonArray("coaches").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("id").equals(coachId)), listed::toString);
        assertTrue(listed.getJsonNumber("total").longValue() >= 7, "own coach plus the six demo system coaches: " + listed);
        JsonObject active = summary.getJsonObject("calls").getJsonObject("get_active_coach");
        assertFalse(active.getBoolean("isError"), active::toString);
        assertFalse(active.getJsonObject("structuredContent").getBoolean("active"), active::toString);
        assertFalse(tools.stream().anyMatch(t -> t.startsWith("admin_")), "a user sees no admin tools: " + tools);
        JsonObject invalid = summary.getJsonObject("calls").getJsonObject("get_recent_runs");
        assertTrue(invalid.getBoolean("isError"), "the last get_recent_runs call had days=0: " + invalid);
    }

    @Test
    void sdkClientListsAndGetsPromptsReadsResourcesAndCompletes() throws Exception {
        Run run = node(Map.of(), "catalog.mjs", base + "mcp", TestTokens.user("demo", "demo-athlete"));
        assertEquals(0, run.exit(), run.output());
        String last = run.output().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow(() -> new AssertionError(run.output()));
        JsonObject summary = Json.createReader(new StringReader(last)).readObject();
        JsonObject capabilities = summary.getJsonObject("capabilities");
        assertTrue(capabilities.containsKey("prompts") && capabilities.containsKey("resources")
                && capabilities.containsKey("completions"), capabilities::toString);
        assertTrue(summary.getJsonArray("prompts").size() >= 6, "the six demo system coaches: " + summary);
        assertTrue(summary.getJsonArray("resources").getValuesAs(JsonString::getString)
                .contains("coachline://athlete/training-load"), summary::toString);
        assertTrue(summary.getJsonArray("templates").getValuesAs(JsonString::getString)
                .contains("coachline://training-load/{days}"), summary::toString);
        assertEquals(List.of("text", "resource", "text"), summary.getJsonArray("got").getValuesAs(JsonString::getString));
        assertTrue(summary.getJsonObject("load").getJsonNumber("ctl").doubleValue() > 0, summary::toString);
        assertEquals(28, summary.getInt("seriesDays"));
        assertEquals(List.of("90"), summary.getJsonArray("dayValues").getValuesAs(JsonString::getString));
        assertFalse(summary.getJsonArray("questionValues").isEmpty(), "a demo coach's sample prompts: " + summary);
    }

    @Test
    void inspectorCliListsTheTools() throws Exception {
        Run run = node(Map.of(), "node_modules/.bin/mcp-inspector", "--cli", base + "mcp", "--transport", "http",
                "--method", "tools/list", "--header", "Authorization: Bearer " + TestTokens.user("demo", "demo-athlete"));
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("\"get_recovery_status\""), run.output());
    }

    private record Run(int exit, String output) {
    }

    private static Run node(Map<String, String> env, String script, String... args) throws Exception {
        if (!new File(CLIENT_DIR, "node_modules").isDirectory()) {
            throw new AssertionError("npm packages missing: run 'mvn verify' (it runs npm ci in " + CLIENT_DIR + ")");
        }
        Path log = Files.createTempFile("mcp-client", ".log");
        List<String> command = new java.util.ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT_DIR)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("node did not finish: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
