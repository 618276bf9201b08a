package io.coachline.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.OpenAiStandIn;

/** The chat ITs' deployment settings and their few calls of the chat API. */
final class ChatApi {

    private final Api api;

    ChatApi(URL base) {
        this.api = new Api(base);
    }

    /** Demo data on; with a stand-in, the model endpoint is the stand-in and a key is set (else: offline). */
    static Map<String, String> config(Path data, OpenAiStandIn model) {
        Map<String, String> config = new HashMap<>(Deployments.config(data));
        config.put("coachline.demo-data", "true");
        if (model != null) {
            config.put("openai/mp-rest/url", model.url());
            config.put("coachline.llm.api-key", "test-key");
            config.put("coachline.llm.retry-backoff-ms", "50");
        }
        return config;
    }

    Api api() {
        return api;
    }

    String conversation(String token) {
        Api.Reply created = api.post("api/chat/conversations", token, "{}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    Api.Reply ask(String token, String conversation, String content) {
        return api.post("api/chat/conversations/" + conversation + "/messages", token,
                Json.createObjectBuilder().add("content", content).build().toString());
    }

    /** A question in a new conversation, answered with 200. */
    JsonObject askNew(String token, String content) {
        Api.Reply reply = ask(token, conversation(token), content);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
