package io.coachline.mcp.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.PreparedJson;
import io.coachline.tenancy.control.Caller;

/** The MCP methods: initialize with version negotiation, ping, tools/list with paging, tools/call. */
@ApplicationScoped
public class McpProtocol {

    // Looked up once: Json.* looks the provider up again on every call.
    private static final JsonProvider JSON = JsonProvider.provider();
    public static final List<String> VERSIONS = List.of("2025-11-25", "2025-06-18", "2025-03-26");
    private static final Logger LOG = Logger.getLogger(McpProtocol.class.getName());

    @Inject
    ToolRegistry registry;

    @Inject
    @ConfigProperty(name = "coachline.mcp.page-size", defaultValue = "50")
    int pageSize;

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

    public JsonObject listTools(Caller caller, JsonObject params) {
        List<ToolRegistry.Tool> tools = registry.visibleTo(caller);
        int offset = params == null || !params.containsKey("cursor") || params.isNull("cursor") ? 0 : decode(params);
        if (offset > tools.size()) {
            // Only this server's cursors are valid, and none points past the end (offset + page size could overflow).
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "invalid params.cursor: it points past the end of the list;"
                    + " use a nextCursor from a previous tools/list or none");
        }
        JsonArrayBuilder page = JSON.createArrayBuilder();
        int end = offset + Math.min(tools.size() - offset, Math.max(1, pageSize));
        for (ToolRegistry.Tool tool : tools.subList(offset, end)) {
            page.add(JSON.createObjectBuilder()
                    .add("name", tool.name())
                    .add("description", tool.description())
                    .add("inputSchema", tool.inputSchema())
                    .add("outputSchema", tool.outputSchema()));
        }
        JsonObjectBuilder result = JSON.createObjectBuilder().add("tools", page);
        if (end < tools.size()) {
            result.add("nextCursor", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("o:" + end).getBytes(StandardCharsets.UTF_8)));
        }
        return result.build();
    }

    /** The result of a tools/call as JSON text: the tool's JSON goes out as written, never parsed back. */
    public String callTool(Caller caller, JsonObject params) {
        if (params == null || !params.containsKey("name") || params.get("name").getValueType() != JsonValue.ValueType.STRING) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "tools/call needs params.name (a string)");
        }
        JsonValue arguments = params.get("arguments");
        if (arguments != null && arguments.getValueType() != JsonValue.ValueType.OBJECT
                && arguments.getValueType() != JsonValue.ValueType.NULL) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "params.arguments must be an object");
        }
        String name = params.getString("name");
        ToolRegistry.Tool tool = registry.find(name, caller);
        if (tool == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "Unknown tool: " + name);
        }
        try {
            Object value = registry.call(tool, arguments instanceof JsonObject object ? object : null);
            PreparedJson<?> result = value instanceof PreparedJson<?> prepared ? prepared : PreparedJson.of(value);
            return "{\"content\":[{\"type\":\"text\",\"text\":" + result.quoted() + "}],\"structuredContent\":"
                    + result.json() + ",\"isError\":false}";
        } catch (ApiException e) {
            String field = e.field() == null ? "" : " (field: " + e.field() + ")";
            return toolError(e.error() + ": " + e.getMessage() + field);
        } catch (RuntimeException e) {
            String reference = java.util.UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "MCP tool " + name + " failed, reference " + reference, e);
            return toolError("internal_error: the tool failed unexpectedly (reference " + reference + ")");
        }
    }

    private static String toolError(String message) {
        return JSON.createObjectBuilder()
                .add("content", JSON.createArrayBuilder().add(text(message)))
                .add("isError", true).build().toString();
    }

    private static JsonObject text(String text) {
        return JSON.createObjectBuilder().add("type", "text").add("text", text).build();
    }

    private static int decode(JsonObject params) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(params.getString("cursor")), StandardCharsets.UTF_8);
            int offset = Integer.parseInt(text.substring(2));
            if (!text.startsWith("o:") || offset < 0) {
                throw new IllegalArgumentException();
            }
            return offset;
        } catch (RuntimeException e) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "invalid params.cursor: not a cursor this server issued;"
                    + " use a nextCursor from a previous tools/list or none");
        }
    }
}
