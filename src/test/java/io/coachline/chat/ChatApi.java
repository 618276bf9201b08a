package io.coachline.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /** One server-sent event: its name and its JSON data. */
    record Event(String name, JsonObject data) {
    }

    /** Asks with {@code Accept: text/event-stream} and parses the 200 stream into its events, in order. */
    List<Event> askStreaming(String token, String conversation, String content) {
        HttpRequest request = api.request("api/chat/conversations/" + conversation + "/messages", token)
                .setHeader("Accept", "text/event-stream").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("content", content).build()
                        .toString())).build();
        Api.Reply reply = api.send(request);
        assertEquals(200, reply.status(), reply::toString);
        List<Event> events = new ArrayList<>();
        for (String block : reply.body().split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
            if (name != null) {
                events.add(new Event(name, Json.createReader(new java.io.StringReader(data.toString())).readObject()));
            }
        }
        return events;
    }

    /** The stream's delta texts joined: what the page shows before the final answer event. */
    static String deltas(List<Event> events) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.name().equals("delta")).forEach(e -> text.append(e.data().getString("text")));
        return text.toString();
    }

    /** A question in a new conversation, answered with 200. */
    JsonObject askNew(String token, String content) {
        Api.Reply reply = ask(token, conversation(token), content);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
