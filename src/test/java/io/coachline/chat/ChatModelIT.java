package io.coachline.chat;

import static io.coachline.testsupport.OpenAiStandIn.answer;
import static io.coachline.testsupport.OpenAiStandIn.ok;
import static io.coachline.testsupport.OpenAiStandIn.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

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
import io.coachline.testsupport.OpenAiStandIn;
import io.coachline.testsupport.TestTokens;

/** The chat against an OpenAI stand-in over real HTTP: request shapes, the tool loop, routing, prompt, cost. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatModelIT {

    private static final Path DATA = Deployments.freshDataDir("chat-model");
    // Started before the deployment, which needs its URL.
    static final OpenAiStandIn MODEL = new OpenAiStandIn();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = ChatApi.config(DATA, MODEL);
        config.put("coachline.llm.organization", "org-test");
        // The breaker's own settings but a short open period, so the other tests run normally after it closes.
        config.put("io.coachline.chat.control.ChatCompletions/complete/CircuitBreaker/delay", "2000");
        return Deployments.war(config);
    }

    private Api api() {
        return new Api(base);
    }

    private static String demoAthlete() {
        return TestTokens.user("demo", "demo-athlete");
    }

    private JsonObject ask(String token, String content) {
        return new ChatApi(base).askNew(token, content);
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(JsonString::getString);
    }

    /** Two rounds: the model calls {@code tool}, gets its JSON back under the same call id, then answers. */
    private JsonObject twoRounds(String question, String tool, String model, String route) {
        MODEL.script(ok(toolCall("call_" + tool, tool, "{}", 812, 17)), ok(answer("Here is what I see.", 1400, 60)));
        JsonObject reply = ask(demoAthlete(), question);
        List<OpenAiStandIn.Request> requests = MODEL.requests();
        assertEquals(2, requests.size(), requests::toString);
        for (OpenAiStandIn.Request request : requests) {
            assertEquals("/v1/chat/completions", request.path());
            assertEquals("Bearer test-key", request.header("Authorization"));
            assertEquals("org-test", request.header("OpenAI-Organization"));
            assertEquals(model, request.body().getString("model"));
            assertFalse(request.body().containsKey("stream"), "a JSON answer is not streamed from the model");
        }
        JsonObject first = requests.get(0).body();
        JsonArray messages = first.getJsonArray("messages");
        assertEquals("system", messages.getJsonObject(0).getString("role"));
        assertEquals("user", messages.getJsonObject(messages.size() - 1).getString("role"));
        assertEquals(question, messages.getJsonObject(messages.size() - 1).getString("content"));
        JsonObject offered = first.getJsonArray("tools").getJsonObject(0);
        assertEquals("function", offered.getString("type"));
        assertEquals("object", offered.getJsonObject("function").getJsonObject("parameters").getString("type"));
        assertFalse(offered.getJsonObject("function").getString("description").isBlank());
        if (route.equals("simple")) {
            assertEquals(1, first.getJsonArray("tools").size());
            assertEquals(tool, offered.getJsonObject("function").getString("name"));
        }
        JsonArray second = requests.get(1).body().getJsonArray("messages");
        JsonObject assistant = second.getJsonObject(second.size() - 2);
        assertEquals("assistant", assistant.getString("role"));
        assertEquals("call_" + tool, assistant.getJsonArray("tool_calls").getJsonObject(0).getString("id"));
        JsonObject result = second.getJsonObject(second.size() - 1);
        assertEquals("tool", result.getString("role"));
        assertEquals("call_" + tool, result.getString("tool_call_id"));
        JsonObject toolJson = Json.createReader(new java.io.StringReader(result.getString("content"))).readObject();
        assertFalse(toolJson.getBoolean("insufficient_data"), toolJson::toString);

        assertEquals("Here is what I see.", reply.getString("content"));
        assertEquals(route, reply.getString("route"));
        assertEquals(model, reply.getString("model"));
        assertFalse(reply.getBoolean("offline"));
        assertEquals(List.of(tool), names(reply.getJsonArray("tools_called")));
        JsonObject usage = reply.getJsonObject("usage");
        assertEquals(812 + 1400, usage.getInt("prompt_tokens"));
        assertEquals(17 + 60, usage.getInt("completion_tokens"));
        assertEquals(812 + 1400 + 17 + 60, usage.getInt("total_tokens"));
        return reply;
    }

    @Test
    void predictedMarathonTimeIsAToolCallOnTheSimpleModel() {
        JsonObject reply = twoRounds("What's my predicted marathon time?", "get_race_predictions", "gpt-4.1-mini", "simple");
        // gpt-4.1-mini: $0.40 in, $1.60 out per million tokens
        assertEquals((2212 * 0.40 + 77 * 1.60) / 1e6, reply.getJsonNumber("cost_usd").doubleValue(), 1e-12);
        List<Map<String, Object>> ledger = new Db(DATA).rows(
                "SELECT * FROM llm_calls WHERE message_id = ? ORDER BY round", reply.getString("question_id"));
        assertEquals(2, ledger.size(), ledger::toString);
        assertEquals(812, ((Number) ledger.get(0).get("prompt_tokens")).intValue());
        assertTrue(((Number) ledger.get(0).get("prompt_tokens_local")).intValue() > 100, ledger::toString);
        assertEquals("[\"get_race_predictions\"]", ledger.get(0).get("tools_called"));
        assertEquals("[]", ledger.get(1).get("tools_called"));
        assertEquals((812 * 0.40 + 17 * 1.60) / 1e6, ((Number) ledger.get(0).get("cost_usd")).doubleValue(), 1e-12);
        // Read back later, the stored answer still says what it cost.
        JsonObject stored = new ChatApi(base).api().get("api/chat/conversations/" + reply.getString("conversation_id"),
                demoAthlete()).json().getJsonArray("messages").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("id").equals(reply.getString("message_id"))).findFirst().orElseThrow();
        assertEquals(reply.getJsonNumber("cost_usd").doubleValue(), stored.getJsonNumber("cost_usd").doubleValue(), 1e-12);
        assertEquals(reply.getJsonObject("usage"), stored.getJsonObject("usage"));
    }

    @Test
    void aListeningClientGetsTheModelsTextAsItStreamsIn() {
        MODEL.script(ok(toolCall("call_1", "get_recent_runs", "{\"days\": 7}", 500, 10)),
                ok(answer("Rest tomorrow, then an easy run.", 900, 20)));
        ChatApi chat = new ChatApi(base);
        List<ChatApi.Event> events = chat.askStreaming(demoAthlete(), chat.conversation(demoAthlete()), "How many km this week?");
        List<String> names = events.stream().map(ChatApi.Event::name).toList();
        assertEquals(List.of("question", "route", "tool"), names.subList(0, 3), names::toString);
        assertEquals("answer", names.get(names.size() - 1));
        assertEquals("gpt-4.1-mini", events.get(1).data().getString("model"));
        assertEquals("get_recent_runs", events.get(2).data().getString("name"));
        // The stand-in streams word by word, as the API does: each piece is passed on as its own event.
        assertEquals(6, names.stream().filter("delta"::equals).count(), names::toString);
        assertEquals("Rest tomorrow, then an easy run.", ChatApi.deltas(events));
        JsonObject answer = events.get(events.size() - 1).data();
        assertEquals("Rest tomorrow, then an easy run.", answer.getString("content"));
        // Usage from the streams' last chunks, so the cost is the same as without streaming.
        assertEquals(1400, answer.getJsonObject("usage").getInt("prompt_tokens"));
        assertEquals((1400 * 0.40 + 30 * 1.60) / 1e6, answer.getJsonNumber("cost_usd").doubleValue(), 1e-12);
        for (OpenAiStandIn.Request request : MODEL.requests()) {
            assertTrue(request.body().getBoolean("stream"), request.body()::toString);
            assertTrue(request.body().getJsonObject("stream_options").getBoolean("include_usage"));
        }
        // The tool call's arguments arrived in pieces and were joined: the tool ran with them (7 days) and its
        // result and the call went back to the model.
        JsonArray second = MODEL.requests().get(1).body().getJsonArray("messages");
        assertEquals("{\"days\": 7}", second.getJsonObject(second.size() - 2).getJsonArray("tool_calls")
                .getJsonObject(0).getJsonObject("function").getString("arguments"));
        JsonObject result = Json.createReader(new java.io.StringReader(second.getJsonObject(second.size() - 1)
                .getString("content"))).readObject();
        assertEquals(7, result.getInt("days"), result::toString);
    }

    @Test
    void tsbAtPersonalRecordsAndRecoveryAreToolCallsToo() {
        twoRounds("What was my TSB when I ran my PRs?", "get_pb_patterns", "gpt-4.1-mini", "simple");
        twoRounds("Am I recovering well?", "get_recovery_status", "gpt-4.1-mini", "simple");
    }

    @Test
    void lookUpsGoToTheSimpleModelAndReasoningToTheStandardOneWithEveryAnalyticsTool() {
        MODEL.script(ok(answer("Your TSB is fine.", 300, 10)));
        assertEquals("gpt-4.1-mini", ask(demoAthlete(), "What's my TSB?").getString("model"));
        assertEquals(List.of("get_training_load"), MODEL.requests().get(0).body().getJsonArray("tools").stream()
                .map(t -> t.asJsonObject().getJsonObject("function").getString("name")).toList());

        MODEL.script(ok(answer("A long analysis.", 3000, 400)));
        JsonObject reply = ask(demoAthlete(), "Analyze my training and suggest improvements");
        assertEquals("standard", reply.getString("route"));
        assertEquals("gpt-4.1", reply.getString("model"));
        JsonObject request = MODEL.requests().get(0).body();
        assertEquals("gpt-4.1", request.getString("model"));
        List<String> offered = request.getJsonArray("tools").stream()
                .map(t -> t.asJsonObject().getJsonObject("function").getString("name")).sorted().toList();
        assertEquals(List.of("get_active_insights", "get_correlations", "get_efficiency_by_zone", "get_efficiency_trend",
                "get_pb_patterns", "get_plan_week", "get_race_predictions", "get_recent_runs", "get_recovery_status",
                "get_training_load"), offered);
    }

    @Test
    void aFailingOrForbiddenToolIsAnErrorForTheModelAndTheLoopGoesOn() {
        MODEL.script(ok(toolCall("c1", "list_all_coaches", "{}", 100, 5)),
                ok(toolCall("c2", "get_recent_runs", "{\"days\": 9999}", 100, 5)),
                ok(toolCall("c3", "get_recent_runs", "not json", 100, 5)),
                ok(answer("Done.", 100, 5)));
        JsonObject reply = ask(demoAthlete(), "Analyze my training and suggest improvements");
        assertEquals("Done.", reply.getString("content"));
        List<OpenAiStandIn.Request> requests = MODEL.requests();
        assertEquals(4, requests.size());
        for (int i = 1; i <= 3; i++) {
            JsonArray messages = requests.get(i).body().getJsonArray("messages");
            JsonObject result = messages.getJsonObject(messages.size() - 1);
            assertEquals("c" + i, result.getString("tool_call_id"));
            assertTrue(result.getString("content").contains("\"error\""), result::toString);
        }
    }

    @Test
    void afterTheLastToolRoundTheModelMustAnswer() {
        OpenAiStandIn.Reply again = ok(toolCall("c", "get_training_load", "{}", 100, 5));
        MODEL.script(again, again, again, again, ok(answer("Finally.", 100, 5)));
        JsonObject reply = ask(demoAthlete(), "Analyze my training and suggest improvements");
        assertEquals("Finally.", reply.getString("content"));
        List<OpenAiStandIn.Request> requests = MODEL.requests();
        assertEquals(5, requests.size(), "4 tool rounds, then the answer");
        assertTrue(requests.get(3).body().containsKey("tools"));
        assertNull(requests.get(4).body().get("tools"), "no tools on the last round");
    }

    @Test
    void theToolsRunOnTheCallersOwnData() {
        MODEL.script(ok(toolCall("c1", "get_training_load", "{\"athlete\": \"demo-athlete\"}", 100, 5)),
                ok(toolCall("c2", "get_training_load", "{}", 100, 5)), ok(answer("ok", 100, 5)));
        ask(TestTokens.user("demo", "newcomer"), "What's my TSB?");
        List<OpenAiStandIn.Request> requests = MODEL.requests();
        JsonArray first = requests.get(1).body().getJsonArray("messages");
        assertTrue(first.getJsonObject(first.size() - 1).getString("content").contains("invalid_input"));
        JsonArray second = requests.get(2).body().getJsonArray("messages");
        assertTrue(second.getJsonObject(second.size() - 1).getString("content").contains("\"insufficient_data\":true"));
    }

    @Test
    void theActiveCoachIsInTheSystemPromptAndEachAnswerCountsOneUse() {
        String token = TestTokens.user("demo", "coached");
        String hills = api().post("api/coaches", token, "{\"title\": \"Hill Coach\", \"system_prompt\": \"You love hills.\"}")
                .json().getString("id");
        String track = api().post("api/coaches", token, "{\"title\": \"Track Coach\", \"system_prompt\": \"Intervals!\"}")
                .json().getString("id");
        api().post("api/coaches/" + hills + "/activate", token);
        MODEL.script(ok(answer("a", 10, 1)), ok(answer("b", 10, 1)));
        ask(token, "What's my TSB?");
        ask(token, "Show my plan");
        String system = MODEL.requests().get(0).body().getJsonArray("messages").getJsonObject(0).getString("content");
        assertTrue(system.endsWith("\n\n---\n\n## Active Coach: Hill Coach\n\nYou love hills.\n\n---\n\n"
                + "Stay in this coach's voice and approach. The analytics tools always speak for the signed-in athlete; "
                + "never invent numbers they did not return."), system);
        assertTrue(system.startsWith("You are Coachline"), system);
        assertEquals(2, api().get("api/coaches/" + hills, token).json().getInt("usage_count"));

        api().post("api/coaches/" + track + "/activate", token);
        MODEL.script(ok(answer("c", 10, 1)));
        ask(token, "What's my TSB?");
        String switched = MODEL.requests().get(0).body().getJsonArray("messages").getJsonObject(0).getString("content");
        assertTrue(switched.contains("## Active Coach: Track Coach\n\nIntervals!\n\n---"), switched);
        assertFalse(switched.contains("Hill Coach"));
        assertEquals(2, api().get("api/coaches/" + hills, token).json().getInt("usage_count"));
        assertEquals(1, api().get("api/coaches/" + track, token).json().getInt("usage_count"));
    }

    @Test
    void aFailingModelOpensTheBreakerAndTurnsAreAnsweredOfflineUntilItRecovers() throws InterruptedException {
        OpenAiStandIn.Reply failing = new OpenAiStandIn.Reply(503, Map.of(), "{}", 0);
        MODEL.script(java.util.Collections.nCopies(12, failing).toArray(OpenAiStandIn.Reply[]::new));
        for (int i = 0; i < 4; i++) {
            assertTrue(ask(demoAthlete(), "What's my TSB?").getBoolean("offline"));
        }
        // 80 % of the last 10 calls failed: after 8 to 10 failures, depending on what the window held before
        int calls = MODEL.requests().size();
        assertTrue(calls >= 8 && calls <= 10, "the breaker opened after " + calls + " calls");
        MODEL.script(ok(answer("back", 10, 1)));
        JsonObject open = ask(demoAthlete(), "What's my TSB?");
        assertTrue(open.getString("content").contains("left alone for a while"), open::toString);
        assertTrue(MODEL.requests().isEmpty(), "no call while the breaker is open");
        Thread.sleep(2500);
        assertEquals("back", ask(demoAthlete(), "What's my TSB?").getString("content"));
    }
}
