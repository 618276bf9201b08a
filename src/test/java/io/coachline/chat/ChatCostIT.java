package io.coachline.chat;

import static io.coachline.testsupport.OpenAiStandIn.answer;
import static io.coachline.testsupport.OpenAiStandIn.ok;
import static io.coachline.testsupport.OpenAiStandIn.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

/** Budgets, cost reports and a failing model: clear outcomes, the question kept, nothing billed twice. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatCostIT {

    private static final Path DATA = Deployments.freshDataDir("chat-cost");
    static final OpenAiStandIn MODEL = new OpenAiStandIn();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = ChatApi.config(DATA, MODEL);
        config.put("openai/mp-rest/readTimeout", "1500");
        // The failure tests would otherwise open the breaker for the tests that follow them.
        config.put("io.coachline.chat.control.ChatCompletions/complete/CircuitBreaker/requestVolumeThreshold", "1000");
        return Deployments.war(config);
    }

    private Api api() {
        return new Api(base);
    }

    private Api.Reply ask(String token, String conversation, String content) {
        return new ChatApi(base).ask(token, conversation, content);
    }

    private String conversation(String token) {
        return new ChatApi(base).conversation(token);
    }

    private long ledgerRows(String questionId) {
        return new Db(DATA).count("SELECT COUNT(*) FROM llm_calls WHERE message_id = ?", questionId);
    }

    private long messages(String conversation) {
        return new Db(DATA).count("SELECT COUNT(*) FROM chat_messages WHERE conversation_id = ?", conversation);
    }

    @Test
    void aUsedUpBudgetIsA429BeforeAnyModelCall() {
        String admin = TestTokens.admin("budget-club", "boss");
        String user = TestTokens.user("budget-club", "runner");
        // A turn reserves its first call's worst case: the prompt's local count (329 tokens here) at most doubled plus
        // 1,000, and max_tokens (1,500) out, on gpt-4.1-mini = (1,658 x 0.40 + 1,500 x 1.60) / 1M = $0.003063.
        // $0.004 covers two answers of $0.00056 each ($0.00056 + $0.003063 fits) but not a third's worst case.
        assertEquals(200, api().put("api/admin/chat/budget", admin, "{\"user_daily_usd\": 0.004}").status());
        assertEquals(0.004, api().get("api/admin/chat/budget", admin).json().getJsonNumber("user_daily_usd").doubleValue());
        assertEquals(403, api().put("api/admin/chat/budget", user, "{\"user_daily_usd\": 5}").status());
        assertEquals(400, api().put("api/admin/chat/budget", admin, "{\"user_daily_usd\": -1}").status());

        String chat = conversation(user);
        // each answer: 1,000 in and 100 out on gpt-4.1-mini = $0.00056
        for (int i = 0; i < 2; i++) {
            MODEL.script(ok(answer("fine", 1000, 100)));
            Api.Reply reply = ask(user, chat, "What's my TSB?");
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(0.00056, reply.json().getJsonNumber("cost_usd").doubleValue(), 1e-12);
        }
        MODEL.script(ok(answer("never sent", 1, 1)));
        Api.Reply refused = ask(user, chat, "What's my TSB?");
        assertEquals(429, refused.status(), refused::toString);
        assertEquals("budget_exceeded", refused.json().getString("error"));
        assertTrue(refused.json().getString("message").startsWith("Your daily chat budget of $0.0040 is used up ($0.0011"),
                refused::toString);
        assertTrue(MODEL.requests().isEmpty(), "no model call once over budget");
        assertEquals(4, messages(chat));
        // another tenant's user is not affected
        MODEL.script(ok(answer("fine", 1000, 100)));
        assertEquals(200, ask(TestTokens.user("other-club", "runner"), conversation(TestTokens.user("other-club", "runner")),
                "What's my TSB?").status());

        JsonObject own = api().get("api/chat/costs", user).json();
        assertEquals(0.00112, own.getJsonObject("report").getJsonObject("total").getJsonNumber("cost_usd").doubleValue(), 1e-12);
        assertEquals(0.00112, own.getJsonNumber("spent_today_usd").doubleValue(), 1e-12);

        JsonObject byUser = api().get("api/admin/costs?group_by=user", admin).json();
        assertEquals(1, byUser.getJsonArray("lines").size(), byUser::toString);
        assertEquals("runner", byUser.getJsonArray("lines").getJsonObject(0).getString("key"));
        assertEquals(2, byUser.getJsonObject("total").getInt("calls"));
        assertEquals(2000, byUser.getJsonObject("total").getInt("prompt_tokens"));
        JsonObject byModel = api().get("api/admin/costs?group_by=model", admin).json();
        assertEquals("gpt-4.1-mini", byModel.getJsonArray("lines").getJsonObject(0).getString("key"));
        JsonObject byRoute = api().get("api/admin/costs?group_by=route&from=2020-01-01", admin).json();
        assertEquals("simple", byRoute.getJsonArray("lines").getJsonObject(0).getString("key"));
        JsonObject past = api().get("api/admin/costs?from=2020-01-01&to=2020-12-31", admin).json();
        assertEquals(0, past.getJsonObject("total").getInt("calls"));
        assertEquals(403, api().get("api/admin/costs?group_by=tenant", admin).status());
        assertEquals(400, api().get("api/admin/costs?group_by=colour", admin).status());
        assertEquals(400, api().get("api/admin/costs?from=yesterday", admin).status());
        assertEquals(403, api().get("api/admin/costs", user).status());
        JsonObject tenants = api().get("api/admin/costs?group_by=tenant", TestTokens.platformAdmin("root")).json();
        assertTrue(tenants.getJsonArray("lines").size() >= 2, tenants::toString);
    }

    @Test
    void aUsedUpTenantBudgetRefusesEveryUserOfThatTenantOnly() {
        String admin = TestTokens.admin("thrifty-club", "boss");
        // one answer's worst case ($0.003063, see above) fits, a second one's after $0.00056 spent does not
        assertEquals(200, api().put("api/admin/chat/budget", admin, "{\"tenant_daily_usd\": 0.0033}").status());
        String first = TestTokens.user("thrifty-club", "first");
        MODEL.script(ok(answer("fine", 1000, 100))); // $0.00056: the tenant's day is used up
        assertEquals(200, ask(first, conversation(first), "What's my TSB?").status());
        String second = TestTokens.user("thrifty-club", "second");
        String chat = conversation(second);
        MODEL.script(ok(answer("never sent", 1, 1)));
        Api.Reply refused = ask(second, chat, "What's my TSB?");
        assertEquals(429, refused.status(), refused::toString);
        assertEquals("budget_exceeded", refused.json().getString("error"));
        assertTrue(refused.json().getString("message").startsWith("Your organisation's daily chat budget"), refused::toString);
        assertTrue(MODEL.requests().isEmpty(), "no model call once the tenant is over budget");
        assertEquals(0, messages(chat), "a refused question is not stored");
        MODEL.script(ok(answer("fine", 1000, 100)));
        String elsewhere = TestTokens.user("other-thrifty-club", "second");
        assertEquals(200, ask(elsewhere, conversation(elsewhere), "What's my TSB?").status());
    }

    @Test
    void a429WithRetryAfterIsWaitedForAndBilledOnce() {
        String user = TestTokens.user("demo", "demo-athlete");
        MODEL.script(new OpenAiStandIn.Reply(429, Map.of("Retry-After", "1"), "{\"error\": {\"message\": \"slow down\"}}", 0),
                ok(answer("after waiting", 100, 10)));
        long started = System.nanoTime();
        JsonObject reply = ask(user, conversation(user), "What's my TSB?").json();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals("after waiting", reply.getString("content"));
        assertFalse(reply.getBoolean("offline"));
        assertEquals(2, MODEL.requests().size());
        assertTrue(elapsedMillis >= 1000, "waited " + elapsedMillis + " ms");
        assertEquals(1, ledgerRows(reply.getString("question_id")));
    }

    @Test
    void anUnavailableModelGetsTheOfflineAnswerAndTheQuestionIsKept() {
        String user = TestTokens.user("demo", "demo-athlete");
        OpenAiStandIn.Reply failing = new OpenAiStandIn.Reply(500, Map.of(), "{\"error\": {}}", 0);
        OpenAiStandIn.Reply slow = new OpenAiStandIn.Reply(200, Map.of(), answer("too late", 1, 1), 4000);
        Map<String, List<OpenAiStandIn.Reply>> cases = Map.of(
                "500", List.of(failing, failing, failing),
                "timeout", List.of(slow, slow, slow),
                "invalid JSON", List.of(ok("{\"choices\": [ not json")),
                "tool round then 500", List.of(ok(toolCall("c1", "get_training_load", "{}", 300, 20)), failing, failing, failing));
        cases.forEach((name, script) -> {
            MODEL.script(script.toArray(OpenAiStandIn.Reply[]::new));
            String chat = conversation(user);
            Api.Reply reply = ask(user, chat, "What's my TSB?");
            assertEquals(200, reply.status(), name + " -> " + reply);
            JsonObject answer = reply.json();
            assertTrue(answer.getBoolean("offline"), name + " -> " + answer);
            assertEquals("offline", answer.getString("model"));
            assertTrue(answer.getString("content").startsWith("The coach model is unavailable right now"), name + " -> " + answer);
            assertTrue(answer.getString("content").contains("form (TSB)"), name + " -> " + answer);
            assertEquals(script.size(), MODEL.requests().size(), name + ": attempts");
            assertEquals(2, messages(chat), name);
            boolean billedRound = name.startsWith("tool round");
            assertEquals(billedRound ? 2 : 1, ledgerRows(answer.getString("question_id")), name);
            assertEquals(billedRound ? 300 : 0, answer.getJsonObject("usage").getInt("prompt_tokens"), name);
        });
    }

    @Test
    void aRefusedRequestIsNotRetried() {
        String user = TestTokens.user("demo", "demo-athlete");
        MODEL.script(new OpenAiStandIn.Reply(401, Map.of(), "{\"error\": {\"message\": \"bad key\"}}", 0));
        JsonObject answer = ask(user, conversation(user), "Show my plan").json();
        assertTrue(answer.getBoolean("offline"), answer::toString);
        assertEquals(1, MODEL.requests().size());
    }
}
