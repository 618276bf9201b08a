package io.coachline.testsupport;

import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A minimal MCP client over the test HTTP client: one session, JSON-RPC requests. */
public final class Mcp {

    public static final String VERSION = "2025-11-25";
    private final Api api;
    private final String token;
    private final AtomicInteger ids = new AtomicInteger();
    private String session;

    public Mcp(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    public Api.Reply initialize(String protocolVersion) {
        Api.Reply reply = post(message("initialize", Json.createObjectBuilder()
                .add("protocolVersion", protocolVersion)
                .add("capabilities", Json.createObjectBuilder())
                .add("clientInfo", Json.createObjectBuilder().add("name", "coachline-tests").add("version", "1"))
                .build()).toString(), null);
        session = reply.header("MCP-Session-Id");
        return reply;
    }

    public Mcp open() {
        Api.Reply reply = initialize(VERSION);
        if (reply.status() != 200 || session == null) {
            throw new AssertionError("initialize failed: " + reply);
        }
        post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", session);
        return this;
    }

    public String session() {
        return session;
    }

    public Api.Reply request(String method, JsonObject params) {
        return post(message(method, params).toString(), session);
    }

    /** A tools/call; returns the JSON-RPC response object. */
    public JsonObject call(String tool, JsonObject arguments) {
        JsonObjectBuilder params = Json.createObjectBuilder().add("name", tool);
        if (arguments != null) {
            params.add("arguments", arguments);
        }
        return request("tools/call", params.build()).json();
    }

    public Api.Reply post(String body, String sessionId) {
        HttpRequest.Builder request = api.request("mcp", token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sessionId != null) {
            request.header("MCP-Session-Id", sessionId).header("MCP-Protocol-Version", VERSION);
        }
        return api.send(request.build());
    }

    private JsonObject message(String method, JsonObject params) {
        JsonObjectBuilder message = Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", ids.incrementAndGet())
                .add("method", method);
        if (params != null) {
            message.add("params", params);
        }
        return message.build();
    }
}
