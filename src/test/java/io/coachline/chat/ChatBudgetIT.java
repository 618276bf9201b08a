package io.coachline.chat;

import static io.coachline.testsupport.OpenAiStandIn.answer;
import static io.coachline.testsupport.OpenAiStandIn.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import io.coachline.testsupport.OpenAiStandIn;
import io.coachline.testsupport.TestTokens;

/** Budgets that cannot be overspent: parallel turns, disconnected streams, and admins under the operator's limits. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatBudgetIT {

    private static final Path DATA = Deployments.freshDataDir("chat-budget");
    static final OpenAiStandIn MODEL = new OpenAiStandIn();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = ChatApi.config(DATA, MODEL);
        config.put("io.coachline.chat.control.ChatCompletions/complete/CircuitBreaker/requestVolumeThreshold", "1000");
        return Deployments.war(config);
    }

    private Db db() {
        return new Db(DATA);
    }

    private double ledgerUsd(String tenant) {
        return ((Number) db().rows("SELECT COALESCE(SUM(l.cost_usd), 0) AS s FROM llm_calls l JOIN tenants t"
                + " ON t.id = l.tenant_id WHERE t.external_id = ?", tenant).get(0).get("s")).doubleValue();
    }

    private long reservations(String tenant) {
        return db().count("SELECT COUNT(*) FROM chat_reservations r JOIN tenants t ON t.id = r.tenant_id"
                + " WHERE t.external_id = ?", tenant);
    }

    @Test
    void twentyParallelQuestionsAgainstABudgetForTwoAnswersNeverOverspendIt() throws Exception {
        String admin = TestTokens.admin("parallel-club", "boss");
        String user = TestTokens.user("parallel-club", "runner");
        // each answer: 1,000 in and 1,000 out on gpt-4.1-mini = $0.002, so $0.005 covers two answers, not three
        double budget = 0.005;
        assertEquals(200, new Api(base).put("api/admin/chat/budget", admin, "{\"user_daily_usd\": " + budget + "}").status());
        ChatApi chat = new ChatApi(base);
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            conversations.add(chat.conversation(user));
        }
        OpenAiStandIn.Reply slow = new OpenAiStandIn.Reply(200, Map.of(), answer("fine", 1000, 1000), 300);
        MODEL.script(Collections.nCopies(20, slow).toArray(OpenAiStandIn.Reply[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Api.Reply>> asked = new ArrayList<>();
        for (String conversation : conversations) {
            asked.add(pool.submit(() -> chat.ask(user, conversation, "What's my TSB?")));
        }
        int answered = 0;
        for (int i = 0; i < 20; i++) {
            Api.Reply reply = asked.get(i).get();
            long stored = db().count("SELECT COUNT(*) FROM chat_messages WHERE conversation_id = ?", conversations.get(i));
            if (reply.status() == 200) {
                answered++;
                assertEquals(2, stored, reply::toString);
            } else {
                assertEquals(429, reply.status(), reply::toString);
                assertEquals("budget_exceeded", reply.json().getString("error"));
                assertEquals(0, stored, "a refused question stores nothing");
            }
        }
        pool.shutdown();
        assertTrue(answered >= 1 && answered <= 2, answered + " answered");
        assertEquals(answered, MODEL.requests().size(), "a model call only for an answered question");
        assertTrue(ledgerUsd("parallel-club") <= budget + 1e-12, "spent " + ledgerUsd("parallel-club"));
        assertEquals(answered * 0.002, ledgerUsd("parallel-club"), 1e-12);
        assertEquals(0, reservations("parallel-club"), "every reservation settled");
    }

    @Test
    void streamedAnswersWhoseClientHangsUpAfterTheFirstDeltaAreStillInTheLedger() throws Exception {
        String user = TestTokens.user("hangup-club", "runner");
        String text = "Rest tomorrow, then an easy run of forty minutes with a few strides at the end of it.";
        OpenAiStandIn.Reply slow = ok(answer(text, 500, 40)).slowly(100);
        MODEL.script(slow, slow, slow, slow, slow);
        ChatApi chat = new ChatApi(base);
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String conversation = chat.conversation(user);
            conversations.add(conversation);
            hangUpAfterFirstDelta(user, conversation);
        }
        for (String conversation : conversations) {
            List<Map<String, Object>> ledger = waitForLedger(conversation);
            assertEquals(1, ledger.size(), ledger::toString);
            assertEquals(500, ((Number) ledger.get(0).get("prompt_tokens")).intValue(), ledger::toString);
            assertEquals((500 * 0.40 + 40 * 1.60) / 1e6, ((Number) ledger.get(0).get("cost_usd")).doubleValue(), 1e-12);
            // the turn ran to its end: the answer is there for the user to read later
            List<Map<String, Object>> answers = db().rows("SELECT content FROM chat_messages WHERE conversation_id = ?"
                    + " AND role = 'assistant'", conversation);
            assertEquals(List.of(text), answers.stream().map(a -> a.get("content")).toList());
        }
        assertEquals(5, MODEL.requests().size());
        assertEquals(5 * (500 * 0.40 + 40 * 1.60) / 1e6, ledgerUsd("hangup-club"), 1e-12);
        assertEquals(0, reservations("hangup-club"));
    }

    /** A raw HTTP/1.1 request for the stream, read until the first delta event, then the connection is closed. */
    private void hangUpAfterFirstDelta(String token, String conversation) throws Exception {
        String body = "{\"content\": \"What's my TSB?\"}";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String path = new Api(base).base().resolve("api/chat/conversations/" + conversation + "/messages").getPath();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nAccept: text/event-stream\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertTrue(status != null && status.contains(" 200 "), status);
            for (String line = in.readLine(); ; line = in.readLine()) {
                assertTrue(line != null, "the stream ended before any delta");
                if (line.replace(" ", "").equals("event:delta")) {
                    break;
                }
            }
        }
    }

    private List<Map<String, Object>> waitForLedger(String conversation) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        List<Map<String, Object>> rows;
        do {
            rows = db().rows("SELECT * FROM llm_calls WHERE conversation_id = ?", conversation);
            if (!rows.isEmpty() && db().count("SELECT COUNT(*) FROM chat_messages WHERE conversation_id = ?"
                    + " AND role = 'assistant'", conversation) == 1) {
                return rows;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        return rows;
    }

    @Test
    void aToolRoundTheBudgetCannotCoverEndsTheTurnWithTheOfflineAnswer() {
        String admin = TestTokens.admin("round-club", "boss");
        String user = TestTokens.user("round-club", "runner");
        // The first call's worst case is $0.003063 (see ChatCostIT); after it, the second call's worst case alone
        // (a longer prompt: the tool's result is in it) no longer fits in $0.0032.
        double budget = 0.0032;
        assertEquals(200, new Api(base).put("api/admin/chat/budget", admin, "{\"user_daily_usd\": " + budget + "}").status());
        MODEL.script(ok(OpenAiStandIn.toolCall("c1", "get_training_load", "{}", 300, 20)), ok(answer("never sent", 1, 1)));
        JsonObject reply = new ChatApi(base).askNew(user, "What's my TSB?");
        assertTrue(reply.getBoolean("offline"), reply::toString);
        assertTrue(reply.getString("content").contains("budget does not cover another model call"), reply::toString);
        assertEquals(1, MODEL.requests().size(), "no call the budget cannot cover");
        List<Map<String, Object>> rows = db().rows("SELECT outcome FROM llm_calls WHERE message_id = ? ORDER BY round",
                reply.getString("question_id"));
        assertEquals(List.of("ok", "offline"), rows.stream().map(r -> r.get("outcome")).toList());
        assertEquals((300 * 0.40 + 20 * 1.60) / 1e6, ledgerUsd("round-club"), 1e-12);
        assertEquals(0, reservations("round-club"));
    }

    @Test
    void aCrashedTurnsReservationHoldsOnlyUntilItExpires() {
        String user = TestTokens.user("crash-club", "runner");
        ChatApi chat = new ChatApi(base);
        String conversation = chat.conversation(user); // provisions the tenant and the user
        Map<String, Object> ids = db().rows("SELECT u.id AS user_id, u.tenant_id FROM users u JOIN tenants t"
                + " ON t.id = u.tenant_id WHERE t.external_id = 'crash-club' AND u.subject = 'runner'").get(0);
        String insert = "INSERT INTO chat_reservations (id, tenant_id, user_id, amount_usd, created_at, expires_at)"
                + " VALUES (?, ?, ?, 1000, ?, ?)";
        String now = java.time.Instant.now().toString();
        db().update(insert, "crashed-long-ago", ids.get("tenant_id"), ids.get("user_id"), now, "2000-01-01T00:00:00.000000Z");
        MODEL.script(ok(answer("fine", 100, 10)));
        assertEquals(200, chat.ask(user, conversation, "What's my TSB?").status(), "an expired reservation holds nothing");
        db().update(insert, "in-progress", ids.get("tenant_id"), ids.get("user_id"), now, "9999-01-01T00:00:00.000000Z");
        MODEL.script(ok(answer("never sent", 1, 1)));
        Api.Reply refused = chat.ask(user, conversation, "What's my TSB?");
        assertEquals(429, refused.status(), refused::toString);
        assertTrue(refused.json().getString("message").contains("held by questions in progress"), refused::toString);
        assertTrue(MODEL.requests().isEmpty());
        assertEquals(1, reservations("crash-club"), "the expired one was cleared, the open one stays");
    }

    @Test
    void anAdminMayLowerTheOperatorsLimitsButNotRaiseThem() {
        Api api = new Api(base);
        String admin = TestTokens.admin("ceiling-club", "boss");
        JsonObject before = api.get("api/admin/chat/budget", admin).json();
        assertEquals(0.50, before.getJsonNumber("user_daily_usd").doubleValue());
        // 1,000,000 a day for the tenant passed the input's own bounds and was accepted before the ceilings
        for (String field : List.of("user_daily_usd", "user_monthly_usd", "tenant_daily_usd", "tenant_monthly_usd")) {
            for (String amount : List.of("1000", "1000000")) {
                Api.Reply raised = api.put("api/admin/chat/budget", admin, "{\"" + field + "\": " + amount + "}");
                assertEquals(400, raised.status(), raised::toString);
                assertEquals(field, raised.json().getString("field"), raised::toString);
            }
            Api.Reply raised = api.put("api/admin/chat/budget", admin, "{\"" + field + "\": 1000}");
            assertTrue(raised.json().getString("message").startsWith(field + ": must not be above"), raised::toString);
        }
        Api.Reply justAbove = api.put("api/admin/chat/budget", admin, "{\"user_daily_usd\": 0.10, \"tenant_daily_usd\": 20.01}");
        assertEquals(400, justAbove.status(), justAbove::toString);
        assertEquals("tenant_daily_usd", justAbove.json().getString("field"));
        assertEquals(before, api.get("api/admin/chat/budget", admin).json(), "a refused change changes nothing");

        Api.Reply lowered = api.put("api/admin/chat/budget", admin, "{\"user_daily_usd\": 0.10, \"tenant_monthly_usd\": 200}");
        assertEquals(200, lowered.status(), lowered::toString);
        JsonObject after = api.get("api/admin/chat/budget", admin).json();
        assertEquals(0.10, after.getJsonNumber("user_daily_usd").doubleValue());
        assertEquals(200.0, after.getJsonNumber("tenant_monthly_usd").doubleValue());
        assertEquals(5.00, after.getJsonNumber("user_monthly_usd").doubleValue());
        // a row lifted beside the server (or before the ceilings) does not lift the limit either
        db().update("UPDATE chat_budgets SET user_monthly_usd = 1000000 WHERE tenant_id ="
                + " (SELECT id FROM tenants WHERE external_id = 'ceiling-club')");
        assertEquals(5.00, api.get("api/admin/chat/budget", admin).json().getJsonNumber("user_monthly_usd").doubleValue());
    }
}
