package io.coachline.mcp.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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

    @Inject
    PromptMethods prompts;

    @Inject
    ResourceMethods resources;

    @Inject
    CompletionMethods completions;

    /** The version to answer a client asking for {@code requested}: its own when supported, else the newest. */
    public static String negotiate(String requested) {
        return VERSIONS.contains(requested) ? requested : VERSIONS.get(0);
    }

    public JsonObject initialize(String version) {
        return JSON.createObjectBuilder()
                .add("protocolVersion", version)
                .add("capabilities", JSON.createObjectBuilder()
                        .add("tools", JSON.createObjectBuilder().add("listChanged", false))
                        // The coaches a caller sees change with every create, hide or assignment.
                        .add("prompts", JSON.createObjectBuilder().add("listChanged", true))
                        .add("resources", JSON.createObjectBuilder().add("listChanged", false).add("subscribe", false))
                        .add("completions", JSON.createObjectBuilder())
                        .add("logging", JSON.createObjectBuilder()))
                .add("serverInfo", JSON.createObjectBuilder().add("name", "coachline").add("version", "0.1.0"))
                .add("instructions", "Coachline: AI coaches (list, create, activate personas; each coach is also a "
                        + "prompt) and analytics over the signed-in athlete's own runs (also as resources). The athlete is always the caller; no tool takes a user id "
                        + "except the admin assignment tools.")
                .build();
    }

    /** The result of one request as JSON text. */
    public String handle(JsonRpc.Message request, McpExchange exchange) {
        JsonObject params = request.params();
        Caller caller = exchange.caller();
        return switch (request.method()) {
            case "ping" -> "{}";
            case "tools/list" -> tools.list(caller, params).toString();
            case "tools/call" -> tools.call(exchange, params);
            case "prompts/list" -> prompts.list(caller, params).toString();
            case "prompts/get" -> prompts.get(caller, request.paramsOrEmpty()).toString();
            case "resources/list" -> resources.list(caller, params).toString();
            case "resources/templates/list" -> resources.templates(caller, params).toString();
            case "resources/read" -> resources.read(caller, request.paramsOrEmpty()).toString();
            case "completion/complete" -> completions.complete(caller, request.paramsOrEmpty()).toString();
            case "logging/setLevel" -> setLevel(exchange, request.paramsOrEmpty());
            default -> throw new JsonRpc.Failure(JsonRpc.METHOD_NOT_FOUND, "method not found: " + request.method());
        };
    }

    private static String setLevel(McpExchange exchange, JsonObject params) {
        LogLevel level = LogLevel.parse(params.get("level") instanceof JsonString text ? text.getString()
                : String.valueOf(params.get("level")));
        if (exchange.session() == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_REQUEST, "logging/setLevel needs a session");
        }
        exchange.session().logLevel(level);
        return "{}";
    }
}
