package io.coachline.mcp.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.platform.control.ApiException;
import io.coachline.tenancy.control.Caller;
import io.coachline.tools.control.PromptEntry;
import io.coachline.tools.control.PromptRegistry;

/** prompts/list (paged) and prompts/get over the catalogue's prompt families. */
@ApplicationScoped
public class PromptMethods {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    PromptRegistry registry;

    @Inject
    @ConfigProperty(name = "coachline.mcp.page-size", defaultValue = "50")
    int pageSize;

    public JsonObject list(Caller caller, JsonObject params) {
        Paging.Page<PromptRegistry.Listed> page = Paging.page(registry.visibleTo(caller), params, pageSize, "prompts/list");
        JsonArrayBuilder prompts = JSON.createArrayBuilder();
        for (PromptRegistry.Listed prompt : page.items()) {
            JsonArrayBuilder arguments = JSON.createArrayBuilder();
            for (PromptRegistry.Argument argument : prompt.family().arguments()) {
                arguments.add(JSON.createObjectBuilder().add("name", argument.name())
                        .add("description", argument.description()).add("required", argument.required()));
            }
            PromptEntry entry = prompt.entry();
            prompts.add(JSON.createObjectBuilder().add("name", entry.name()).add("title", entry.title())
                    .add("description", entry.description()).add("icons", McpJson.icons(entry.icon()))
                    .add("arguments", arguments));
        }
        JsonObjectBuilder result = JSON.createObjectBuilder().add("prompts", prompts);
        if (page.nextCursor() != null) {
            result.add("nextCursor", page.nextCursor());
        }
        return result.build();
    }

    public JsonObject get(Caller caller, JsonObject params) {
        String name = params.get("name") instanceof JsonString s ? s.getString() : null;
        if (name == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "prompts/get needs params.name (a string)");
        }
        JsonValue arguments = params.get("arguments");
        if (arguments != null && arguments.getValueType() != JsonValue.ValueType.OBJECT
                && arguments.getValueType() != JsonValue.ValueType.NULL) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "params.arguments must be an object");
        }
        PromptRegistry.Listed prompt = registry.find(name, caller);
        if (prompt == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "Unknown prompt: " + name);
        }
        PromptEntry.Rendered rendered;
        try {
            rendered = registry.get(prompt, arguments instanceof JsonObject object ? object : null);
        } catch (ApiException e) {
            // Bad arguments of a prompt are the request's fault: there is no isError result for prompts.
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "invalid arguments for " + name + ": " + e.getMessage());
        }
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        for (PromptEntry.Message message : rendered.messages()) {
            JsonObject content = message.resource() == null
                    ? JSON.createObjectBuilder().add("type", "text").add("text", message.text()).build()
                    : JSON.createObjectBuilder().add("type", "resource")
                            .add("resource", ResourceMethods.contents(message.resource())).build();
            messages.add(JSON.createObjectBuilder().add("role", message.role()).add("content", content));
        }
        return JSON.createObjectBuilder().add("description", rendered.description()).add("messages", messages).build();
    }
}
