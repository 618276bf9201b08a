package io.coachline.chat;

import static io.coachline.testsupport.OpenAiStandIn.answer;
import static io.coachline.testsupport.OpenAiStandIn.ok;
import static io.coachline.testsupport.OpenAiStandIn.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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

/** What a model (or a client) sends is not trusted: usage, size, tool arguments, a broken stream; JSON by default. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatSafetyIT {

    private static final Path DATA = Deployments.freshDataDir("chat-safety");
    private static final int MAX_ANSWER_CHARS = 5000;
    static final OpenAiStandIn MODEL = new OpenAiStandIn();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = ChatApi.config(DATA, MODEL);
        config.put("coachline.chat.max-answer-chars", String.valueOf(MAX_ANSWER_CHARS));
        config.put("io.coachline.chat.control.ChatCompletions/complete/CircuitBreaker/requestVolumeThreshold", "1000");
        return Deployments.war(config);
    }

    private ChatApi chat() {
        return new ChatApi(base);
    }

    private Db db() {
        return new Db(DATA);
    }

    private List<Map<String, Object>> ledger(String questionId) {
        return db().rows("SELECT * FROM llm_calls WHERE message_id = ? ORDER BY round", questionId);
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    @Test
    void negativeOrHugeUsageFromTheProviderIsNotTrusted() {
        String user = TestTokens.user("usage-club", "runner");
        for (long lie : List.of(-10_000_000_000L, 1_000_000_000_000L)) {
            MODEL.script(ok(answer("fine", lie, lie)));
            JsonObject reply = chat().askNew(user, "What's my TSB?");
            Map<String, Object> row = ledger(reply.getString("question_id")).get(0);
            assertEquals(number(row, "prompt_tokens_local"), number(row, "prompt_tokens"), row::toString);
            long completion = number(row, "completion_tokens");
            assertTrue(completion >= 1 && completion <= 1500, row::toString);
            double cost = ((Number) row.get("cost_usd")).doubleValue();
            assertTrue(cost > 0 && cost < 0.01, row::toString);
        }
        JsonObject own = chat().api().get("api/chat/costs", user).json();
        assertTrue(own.getJsonNumber("spent_today_usd").doubleValue() > 0, own::toString);
    }

    @Test
    void aHugeAnswerIsCappedAndNotSentBackInFull() {
        String user = TestTokens.user("verbose-club", "runner");
        String chatId = chat().conversation(user);
        String huge = "word ".repeat(1_000_000); // 5 MB
        MODEL.script(ok(answer(huge, 100, 50)));
        Api.Reply first = chat().ask(user, chatId, "What's my TSB?");
        assertEquals(200, first.status());
        assertEquals(huge.substring(0, MAX_ANSWER_CHARS), first.json().getString("content"));
        assertEquals(MAX_ANSWER_CHARS, ((String) db().rows("SELECT content FROM chat_messages WHERE conversation_id = ?"
                + " AND role = 'assistant'", chatId).get(0).get("content")).length());

        MODEL.script(ok(answer("ok", 100, 5)));
        assertEquals(200, chat().ask(user, chatId, "And my CTL?").status());
        JsonArray sent = MODEL.requests().get(0).body().getJsonArray("messages");
        assertTrue(sent.toString().length() < 100_000, "history sent: " + sent.toString().length() + " characters");
        assertEquals(1500, MODEL.requests().get(0).body().getInt("max_tokens"));

        // Streamed, the cap applies to what is sent: the deltas are the stored answer.
        MODEL.script(ok(answer("step ".repeat(3000), 100, 50)));
        List<ChatApi.Event> events = chat().askStreaming(user, chat().conversation(user), "What's my TSB?");
        JsonObject answer = events.get(events.size() - 1).data();
        assertEquals(MAX_ANSWER_CHARS, answer.getString("content").length());
        assertEquals(answer.getString("content"), ChatApi.deltas(events));
    }

    @Test
    void aPathologicalToolCallIsTheModelsErrorAndTheQuestionIsStillAnswered() {
        String user = TestTokens.user("demo", "demo-athlete");
        String deep = "{\"days\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
        String longNumber = "{\"days\": " + "9".repeat(100_000) + "}";
        MODEL.script(ok(toolCall("c1", "get_recent_runs", deep, 100, 5)),
                ok(toolCall("c2", "get_recent_runs", longNumber, 100, 5)), ok(answer("Done anyway.", 100, 5)));
        Api.Reply reply = chat().ask(user, chat().conversation(user), "How many km this week?");
        assertEquals(200, reply.status(), () -> reply.toString().substring(0, Math.min(500, reply.body().length())));
        assertEquals("Done anyway.", reply.json().getString("content"));
        List<OpenAiStandIn.Request> requests = MODEL.requests();
        assertEquals(3, requests.size());
        for (int i = 1; i <= 2; i++) {
            JsonArray messages = requests.get(i).body().getJsonArray("messages");
            JsonObject result = messages.getJsonObject(messages.size() - 1);
            assertEquals("c" + i, result.getString("tool_call_id"));
            assertTrue(result.getString("content").contains("\"error\""), result::toString);
        }
        assertEquals(3, ledger(reply.json().getString("question_id")).size(), "every paid call recorded");
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        String user = TestTokens.user("demo", "curl-user");
        for (String accept : List.of("*/*", "application/json, text/event-stream", "text/event-stream;q=0.5, application/json")) {
            MODEL.script(ok(answer("plain JSON", 100, 5)));
            HttpRequest request = chat().api().request("api/chat/conversations/" + chat().conversation(user) + "/messages", user)
                    .setHeader("Accept", accept).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"content\": \"What's my TSB?\"}")).build();
            Api.Reply reply = chat().api().send(request);
            assertEquals(200, reply.status(), accept + " -> " + reply);
            assertTrue(reply.header("Content-Type").startsWith("application/json"), accept + " -> " + reply.header("Content-Type"));
            assertEquals("plain JSON", reply.json().getString("content"));
        }
        MODEL.script(ok(answer("streamed", 100, 5)));
        List<ChatApi.Event> events = chat().askStreaming(user, chat().conversation(user), "What's my TSB?");
        assertEquals("answer", events.get(events.size() - 1).name());
    }

    @Test
    void whenTheModelsStreamBreaksTheDeltasStillAddUpToTheStoredAnswer() {
        String user = TestTokens.user("demo", "demo-athlete");
        // role chunk, then "Your", "form", "is": three pieces of text, and the connection drops
        MODEL.script(ok(answer("Your form is good and rising steadily.", 400, 30)).breakingAfter(4));
        String chatId = chat().conversation(user);
        List<ChatApi.Event> events = chat().askStreaming(user, chatId, "What's my TSB?");
        JsonObject answer = events.get(events.size() - 1).data();
        assertEquals("answer", events.get(events.size() - 1).name());
        assertTrue(answer.getBoolean("offline"), answer::toString);
        String content = answer.getString("content");
        assertTrue(content.startsWith("Your form is \n\nThe coach model is unavailable right now"), content);
        assertEquals(content, ChatApi.deltas(events));
        JsonObject stored = chat().api().get("api/chat/conversations/" + chatId, user).json().getJsonArray("messages")
                .stream().map(JsonValue::asJsonObject).filter(m -> m.getString("role").equals("assistant"))
                .findFirst().orElseThrow();
        assertEquals(content, stored.getString("content"));
        // the broken call was paid up to where it broke: it is in the ledger, at local counts
        List<Map<String, Object>> rows = ledger(answer.getString("question_id"));
        assertEquals(List.of("error", "offline"), rows.stream().map(r -> r.get("outcome")).toList(), rows::toString);
        assertTrue(number(rows.get(0), "completion_tokens") >= 3, rows::toString);
        assertFalse(MODEL.requests().isEmpty());
    }

    @Test
    void costReportsRefuseDatesOutsideTheYears0000To9999() {
        String user = TestTokens.user("demo", "demo-athlete");
        String admin = TestTokens.admin("demo", "boss");
        Api api = chat().api();
        for (String query : List.of("to=+999999999-12-31", "from=+10000-01-01", "from=-0001-12-31&to=2026-01-01")) {
            String field = query.substring(0, query.indexOf('='));
            for (String path : List.of("api/chat/costs?", "api/admin/costs?")) {
                Api.Reply reply = api.get(path + query.replace("+", "%2B"), path.contains("admin") ? admin : user);
                assertEquals(400, reply.status(), path + query + " -> " + reply);
                assertEquals(field, reply.json().getString("field"), reply::toString);
            }
        }
        assertEquals(200, api.get("api/chat/costs?from=0000-01-01&to=9999-12-31", user).status());
        assertEquals(200, api.get("api/admin/costs?from=0000-01-01&to=9999-12-31", admin).status());
    }
}
