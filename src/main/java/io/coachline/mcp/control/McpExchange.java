package io.coachline.mcp.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import io.coachline.tenancy.control.Caller;

/**
 * One request as the methods see it: who asks, in which session (null when the revision has none), and the
 * notifications the server sends before the response (log messages, progress). The transport decides how
 * they travel: as events of a text/event-stream response when the client accepts one, else not at all.
 */
public final class McpExchange {

    private static final JsonProvider JSON = JsonProvider.provider();
    private final Caller caller;
    private final McpSessions.Session session;
    private final List<JsonObject> notifications = new ArrayList<>();

    public McpExchange(Caller caller, McpSessions.Session session) {
        this.caller = caller;
        this.session = session;
    }

    public Caller caller() {
        return caller;
    }

    public McpSessions.Session session() {
        return session;
    }

    /** A notifications/message if the client asked for messages of this level (logging/setLevel). */
    public void log(LogLevel level, String logger, JsonValue data) {
        if (session != null && level.reaches(session.logLevel())) {
            notify("notifications/message", JSON.createObjectBuilder().add("level", level.text())
                    .add("logger", logger).add("data", data).build());
        }
    }

    public void notify(String method, JsonObject params) {
        notifications.add(JSON.createObjectBuilder().add("jsonrpc", "2.0").add("method", method)
                .add("params", params).build());
    }

    public List<JsonObject> notifications() {
        return List.copyOf(notifications);
    }
}
