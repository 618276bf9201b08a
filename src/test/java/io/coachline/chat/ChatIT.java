package io.coachline.chat;

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

/** The chat with no API key configured: offline answers over the demo athlete's data, storage, isolation, SSE. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatIT {

    private static final Path DATA = Deployments.freshDataDir("chat");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(ChatApi.config(DATA, null));
    }

    private Api api() {
        return new Api(base);
    }

    private ChatApi chat() {
        return new ChatApi(base);
    }

    private static String demoAthlete() {
        return TestTokens.user("demo", "demo-athlete");
    }

    private String newConversation(String token) {
        return chat().conversation(token);
    }

    private Api.Reply ask(String token, String conversation, String content) {
        return chat().ask(token, conversation, content);
    }

    @Test
    void aLookUpIsAnsweredOfflineFromTheCallersOwnNumbers() {
        String conversation = newConversation(demoAthlete());
        Api.Reply reply = ask(demoAthlete(), conversation, "What's my TSB?");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject answer = reply.json();
        assertEquals("simple", answer.getString("route"));
        assertEquals("offline", answer.getString("model"));
        assertTrue(answer.getBoolean("offline"));
        assertEquals(List.of("get_training_load"), answer.getJsonArray("tools_called").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(0.0, answer.getJsonNumber("cost_usd").doubleValue());
        assertEquals(0, answer.getJsonObject("usage").getInt("total_tokens"));
        assertTrue(answer.getString("content").matches("(?s).*form \\(TSB\\) [+-]\\d+\\.\\d.*"), answer::toString);

        // the same question from a user without data gets told what is missing, never the demo athlete's numbers
        String newcomer = TestTokens.user("club-empty", "newbie");
        JsonObject empty = ask(newcomer, newConversation(newcomer), "What's my TSB?").json();
        assertTrue(empty.getString("content").startsWith("Not enough data"), empty::toString);

        JsonObject stored = api().get("api/chat/conversations/" + conversation, demoAthlete()).json();
        JsonArray messages = stored.getJsonArray("messages");
        assertEquals(2, messages.size(), stored::toString);
        assertEquals("user", messages.getJsonObject(0).getString("role"));
        assertEquals("What's my TSB?", messages.getJsonObject(0).getString("content"));
        assertEquals("assistant", messages.getJsonObject(1).getString("role"));
        assertEquals(answer.getString("content"), messages.getJsonObject(1).getString("content"));
        assertEquals("What's my TSB?", stored.getString("title"));

        Db db = new Db(DATA);
        List<Map<String, Object>> ledger = db.rows("SELECT * FROM llm_calls WHERE message_id = ?",
                answer.getString("question_id"));
        assertEquals(1, ledger.size(), ledger::toString);
        assertEquals("offline", ledger.get(0).get("model"));
        assertEquals("simple", ledger.get(0).get("route"));
        assertEquals(0.0, ((Number) ledger.get(0).get("cost_usd")).doubleValue());
        assertEquals("[\"get_training_load\"]", ledger.get(0).get("tools_called"));
    }

    @Test
    void aQuestionNeedingReasoningGetsTheOfflineOverview() {
        JsonObject answer = ask(demoAthlete(), newConversation(demoAthlete()),
                "Analyze my training and suggest improvements").json();
        assertEquals("standard", answer.getString("route"), answer::toString);
        assertTrue(answer.getString("content").contains("Offline mode"), answer::toString);
        assertEquals(3, answer.getJsonArray("tools_called").size(), answer::toString);
    }

    @Test
    void onlyTheOwnerSeesOrUsesAConversation() {
        String conversation = newConversation(demoAthlete());
        ask(demoAthlete(), conversation, "Show my plan");
        for (String other : List.of(TestTokens.user("demo", "demo-athlete-2"), TestTokens.user("other-club", "demo-athlete"),
                TestTokens.admin("demo", "demo-admin"))) {
            assertEquals(404, api().get("api/chat/conversations/" + conversation, other).status());
            assertEquals(404, api().get("api/chat/conversations/" + conversation + "/messages", other).status());
            assertEquals(404, ask(other, conversation, "Show my plan").status());
            assertFalse(api().get("api/chat/conversations", other).body().contains(conversation));
        }
        assertEquals(2, new Db(DATA).count("SELECT COUNT(*) FROM chat_messages WHERE conversation_id = ?", conversation));
        assertTrue(api().get("api/chat/conversations", demoAthlete()).body().contains(conversation));
        assertEquals(401, api().get("api/chat/conversations", null).status());
        assertEquals(404, api().get("api/chat/conversations/no-such-id", demoAthlete()).status());
    }

    @Test
    void badMessagesAreRejectedAndNothingIsStored() {
        String conversation = newConversation(demoAthlete());
        for (String body : List.of("{\"content\": \"\"}", "{\"content\": \"   \"}", "{}",
                "{\"content\": \"" + "x".repeat(4001) + "\"}", "{\"content\": \"hi\", \"athlete\": \"x\"}")) {
            Api.Reply reply = api().post("api/chat/conversations/" + conversation + "/messages", demoAthlete(), body);
            assertEquals(400, reply.status(), body + " -> " + reply);
        }
        assertEquals(200, ask(demoAthlete(), conversation, "x".repeat(4000)).status());
        assertEquals(2, new Db(DATA).count("SELECT COUNT(*) FROM chat_messages WHERE conversation_id = ?", conversation));
    }

    @Test
    void answersStreamAsServerSentEventsWhenAsked() {
        String conversation = newConversation(demoAthlete());
        HttpRequest request = api().request("api/chat/conversations/" + conversation + "/messages", demoAthlete())
                .setHeader("Accept", "text/event-stream").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\": \"my race predictions\"}")).build();
        Api.Reply reply = api().send(request);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("text/event-stream"), reply.header("Content-Type"));
        String body = reply.body();
        assertTrue(body.indexOf("event: question") < body.indexOf("event: answer") && body.contains("event: question"), body);
        String last = body.substring(body.indexOf("event: answer"));
        for (String field : List.of("\"route\":\"simple\"", "\"model\":\"offline\"", "\"tools_called\":[\"get_race_predictions\"]",
                "\"usage\":", "\"cost_usd\":")) {
            assertTrue(last.contains(field), field + " in " + last);
        }
        HttpRequest elsewhere = api().request("api/chat/conversations/" + conversation + "/messages",
                        TestTokens.user("demo", "demo-athlete-2"))
                .setHeader("Accept", "text/event-stream").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\": \"my race predictions\"}")).build();
        assertEquals(404, api().send(elsewhere).status());
    }

    @Test
    void theStreamSaysTheRouteThenEachToolThenTheAnswerPieceByPiece() {
        ChatApi chat = new ChatApi(base);
        String token = demoAthlete();
        List<ChatApi.Event> events = chat.askStreaming(token, newConversation(token), "How is my training going overall?");
        List<String> names = events.stream().map(ChatApi.Event::name).toList();
        assertEquals("question", names.get(0), names::toString);
        assertEquals("route", names.get(1), names::toString);
        assertEquals("answer", names.get(names.size() - 1), names::toString);
        JsonObject route = events.get(1).data();
        assertEquals("standard", route.getString("route"));
        assertEquals("offline", route.getString("model"));
        List<String> tools = events.stream().filter(e -> e.name().equals("tool")).map(e -> e.data().getString("name")).toList();
        JsonObject answer = events.get(events.size() - 1).data();
        assertEquals(answer.getJsonArray("tools_called").getValuesAs(jakarta.json.JsonString::getString), tools);
        assertTrue(tools.size() >= 2, tools::toString);
        // The answer arrives in pieces, one per tool, each after its tool event, and the pieces make up the answer.
        assertTrue(names.stream().filter("delta"::equals).count() > tools.size(), names::toString);
        assertTrue(names.indexOf("tool") < names.lastIndexOf("delta"), names::toString);
        assertEquals(answer.getString("content"), ChatApi.deltas(events));
    }

    @Test
    void eachAnsweredMessageCountsOneUseOfTheActiveCoach() {
        String token = TestTokens.user("demo", "coach-user");
        Api.Reply coach = api().post("api/coaches", token,
                "{\"title\": \"Hill Coach\", \"system_prompt\": \"You love hills.\"}");
        assertEquals(201, coach.status(), coach::toString);
        String coachId = coach.json().getString("id");
        String conversation = newConversation(token);
        ask(token, conversation, "What's my TSB?");
        assertEquals(0, api().get("api/coaches/" + coachId, token).json().getInt("usage_count"));
        assertEquals(200, api().post("api/coaches/" + coachId + "/activate", token).status());
        ask(token, conversation, "What's my TSB?");
        ask(token, conversation, "Am I recovering?");
        assertEquals(400, ask(token, conversation, "").status());
        assertEquals(2, api().get("api/coaches/" + coachId, token).json().getInt("usage_count"));
    }
}
