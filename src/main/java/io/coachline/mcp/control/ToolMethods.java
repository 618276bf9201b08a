package io.coachline.mcp.control;

import java.util.UUID;
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
import io.coachline.tools.control.ToolRegistry;

/** tools/list (paged) and tools/call over the tool catalogue. */
@ApplicationScoped
public class ToolMethods {

    // Looked up once: Json.* looks the provider up again on every call.
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Logger LOG = Logger.getLogger(ToolMethods.class.getName());

    @Inject
    ToolRegistry registry;

    @Inject
    @ConfigProperty(name = "coachline.mcp.page-size", defaultValue = "50")
    int pageSize;

    public JsonObject list(Caller caller, JsonObject params) {
        Paging.Page<ToolRegistry.Definition> page = Paging.page(registry.visibleTo(caller), params, pageSize, "tools/list");
        JsonArrayBuilder tools = JSON.createArrayBuilder();
        for (ToolRegistry.Definition tool : page.items()) {
            tools.add(JSON.createObjectBuilder()
                    .add("name", tool.name())
                    .add("description", tool.description())
                    .add("inputSchema", tool.inputSchema())
                    .add("outputSchema", tool.outputSchema()));
        }
        JsonObjectBuilder result = JSON.createObjectBuilder().add("tools", tools);
        if (page.nextCursor() != null) {
            result.add("nextCursor", page.nextCursor());
        }
        return result.build();
    }

    /** The result of a tools/call as JSON text: the tool's JSON goes out as written, never parsed back. */
    public String call(Caller caller, JsonObject params) {
        if (params == null || !params.containsKey("name") || params.get("name").getValueType() != JsonValue.ValueType.STRING) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "tools/call needs params.name (a string)");
        }
        JsonValue arguments = params.get("arguments");
        if (arguments != null && arguments.getValueType() != JsonValue.ValueType.OBJECT
                && arguments.getValueType() != JsonValue.ValueType.NULL) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "params.arguments must be an object");
        }
        String name = params.getString("name");
        ToolRegistry.Definition tool = registry.find(name, caller);
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
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "MCP tool " + name + " failed, reference " + reference, e);
            return toolError("internal_error: the tool failed unexpectedly (reference " + reference + ")");
        }
    }

    private static String toolError(String message) {
        return JSON.createObjectBuilder()
                .add("content", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("type", "text").add("text", message)))
                .add("isError", true).build().toString();
    }
}
