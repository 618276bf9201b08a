package io.coachline.mcp.control;

import java.util.List;
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
import io.coachline.tools.control.ResourceRegistry;
import io.coachline.tools.control.Tool;
import io.coachline.tools.control.ToolRegistry;

/** tools/list (paged) and tools/call over the tool catalogue. */
@ApplicationScoped
public class ToolMethods {

    // Looked up once: Json.* looks the provider up again on every call.
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Logger LOG = Logger.getLogger(ToolMethods.class.getName());

    private static final String RESOURCE_LINKS = "2025-06-18";

    @Inject
    ToolRegistry registry;

    @Inject
    ResourceRegistry resources;

    @Inject
    @ConfigProperty(name = "coachline.mcp.page-size", defaultValue = "50")
    int pageSize;

    public JsonObject list(Caller caller, JsonObject params) {
        Paging.Page<ToolRegistry.Definition> page = Paging.page(registry.visibleTo(caller), params, pageSize, "tools/list");
        JsonArrayBuilder tools = JSON.createArrayBuilder();
        for (ToolRegistry.Definition tool : page.items()) {
            Tool declared = tool.tool();
            tools.add(JSON.createObjectBuilder()
                    .add("name", tool.name())
                    .add("title", declared.title())
                    .add("description", tool.description())
                    .add("icons", McpJson.icons(declared.icon()))
                    .add("inputSchema", tool.inputSchema())
                    .add("outputSchema", tool.outputSchema())
                    .add("annotations", JSON.createObjectBuilder()
                            .add("title", declared.title())
                            .add("readOnlyHint", declared.effect().readOnly())
                            .add("destructiveHint", declared.effect().destructive())
                            .add("idempotentHint", declared.effect().idempotent())
                            // Every tool works on this server's own data, never on the open world.
                            .add("openWorldHint", false)));
        }
        JsonObjectBuilder result = JSON.createObjectBuilder().add("tools", tools);
        if (page.nextCursor() != null) {
            result.add("nextCursor", page.nextCursor());
        }
        return result.build();
    }

    /** The result of a tools/call as JSON text: the tool's JSON goes out as written, never parsed back. */
    public String call(McpExchange exchange, JsonObject params) {
        Caller caller = exchange.caller();
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
        long start = System.nanoTime();
        exchange.log(LogLevel.DEBUG, "tools", JSON.createObjectBuilder().add("tool", name)
                .add("arguments", JSON.createArrayBuilder(arguments instanceof JsonObject object
                        ? List.copyOf(object.keySet()) : List.of())).build());
        try {
            Object value = registry.call(tool, arguments instanceof JsonObject object ? object : null);
            PreparedJson<?> result = value instanceof PreparedJson<?> prepared ? prepared : PreparedJson.of(value);
            exchange.log(LogLevel.INFO, "tools", outcome(name, start, "ok"));
            return "{\"content\":[{\"type\":\"text\",\"text\":" + result.quoted() + "}" + links(exchange, tool)
                    + "],\"structuredContent\":" + result.json() + ",\"isError\":false}";
        } catch (ApiException e) {
            exchange.log(LogLevel.WARNING, "tools", outcome(name, start, e.error()));
            String field = e.field() == null ? "" : " (field: " + e.field() + ")";
            return toolError(e.error() + ": " + e.getMessage() + field);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "MCP tool " + name + " failed, reference " + reference, e);
            exchange.log(LogLevel.ERROR, "tools", outcome(name, start, "internal_error " + reference));
            return toolError("internal_error: the tool failed unexpectedly (reference " + reference + ")");
        }
    }

    /** resource_link blocks to the resources the result summarises, for revisions that know them (2025-06-18 on). */
    private String links(McpExchange exchange, ToolRegistry.Definition tool) {
        String version = exchange.session() == null ? null : exchange.session().protocolVersion();
        if (tool.tool().resources().length == 0 || version == null || version.compareTo(RESOURCE_LINKS) < 0) {
            return "";
        }
        StringBuilder links = new StringBuilder();
        for (String uri : tool.tool().resources()) {
            ResourceRegistry.Definition linked = resources.byDeclaredUri(uri, exchange.caller());
            if (linked != null) {
                links.append(',').append(JSON.createObjectBuilder().add("type", "resource_link").add("uri", uri)
                        .add("name", linked.resource().name()).add("title", linked.resource().title())
                        .add("description", linked.resource().description())
                        .add("mimeType", linked.resource().mimeType()).build());
            }
        }
        return links.toString();
    }

    private static JsonObject outcome(String tool, long start, String outcome) {
        return JSON.createObjectBuilder().add("tool", tool).add("outcome", outcome)
                .add("ms", (System.nanoTime() - start) / 1_000_000).build();
    }

    private static String toolError(String message) {
        return JSON.createObjectBuilder()
                .add("content", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("type", "text").add("text", message)))
                .add("isError", true).build().toString();
    }
}
