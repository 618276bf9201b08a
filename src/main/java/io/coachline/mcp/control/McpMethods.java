package io.coachline.mcp.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import io.coachline.tenancy.control.Caller;

/**
 * The MCP methods, independent of the transport: the server's description for initialize, and the
 * handling of every request once the transport has checked the envelope, the session and the headers.
 */
@ApplicationScoped
public class McpMethods {

    private static final JsonProvider JSON = JsonProvider.provider();
    public static final List<String> VERSIONS = List.of("2025-11-25", "2025-06-18", "2025-03-26");

    @Inject
    ToolMethods tools;

    /** The version to answer a client asking for {@code requested}: its own when supported, else the newest. */
    public static String negotiate(String requested) {
        return VERSIONS.contains(requested) ? requested : VERSIONS.get(0);
    }

    public JsonObject initialize(String version) {
        return JSON.createObjectBuilder()
                .add("protocolVersion", version)
                .add("capabilities", JSON.createObjectBuilder()
                        .add("tools", JSON.createObjectBuilder().add("listChanged", false)))
                .add("serverInfo", JSON.createObjectBuilder().add("name", "coachline").add("version", "0.1.0"))
                .add("instructions", "Coachline: AI coaches (list, create, activate personas) and analytics over the "
                        + "signed-in athlete's own runs. The athlete is always the caller; no tool takes a user id "
                        + "except the admin assignment tools.")
                .build();
    }

    /** The result of one request as JSON text. */
    public String handle(JsonRpc.Message request, Caller caller) {
        JsonObject params = request.params();
        return switch (request.method()) {
            case "ping" -> "{}";
            case "tools/list" -> tools.list(caller, params).toString();
            case "tools/call" -> tools.call(caller, params);
            default -> throw new JsonRpc.Failure(JsonRpc.METHOD_NOT_FOUND, "method not found: " + request.method());
        };
    }
}
