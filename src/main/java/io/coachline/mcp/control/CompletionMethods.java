package io.coachline.mcp.control;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import io.coachline.tenancy.control.Caller;
import io.coachline.tools.control.PromptRegistry;
import io.coachline.tools.control.ResourceRegistry;

/**
 * completion/complete for prompt arguments (from the prompt's own values, e.g. a coach's sample prompts) and
 * for resource-template variables (the template's examples). A prompt or template the caller does not see is
 * -32602, the same as one that does not exist.
 */
@ApplicationScoped
public class CompletionMethods {

    private static final JsonProvider JSON = JsonProvider.provider();
    /** MCP caps a completion at 100 values. */
    private static final int MAX = 100;

    @Inject
    PromptRegistry prompts;

    @Inject
    ResourceRegistry resources;

    public JsonObject complete(Caller caller, JsonObject params) {
        JsonObject ref = params.get("ref") instanceof JsonObject r ? r : null;
        JsonObject argument = params.get("argument") instanceof JsonObject a ? a : null;
        String type = ref == null ? null : text(ref, "type");
        String name = argument == null ? null : text(argument, "name");
        String value = argument == null ? null : text(argument, "value");
        if (type == null || name == null || value == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS,
                    "completion/complete needs params.ref.type and params.argument.name and .value (strings)");
        }
        List<String> candidates = switch (type) {
            case "ref/prompt" -> {
                PromptRegistry.Listed prompt = prompts.find(text(ref, "name"), caller);
                if (prompt == null) {
                    throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "Unknown prompt: " + text(ref, "name"));
                }
                if (prompt.family().arguments().stream().noneMatch(a -> a.name().equals(name))) {
                    throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "prompt " + prompt.name() + " has no argument " + name);
                }
                yield prompt.entry().completions().getOrDefault(name, List.of());
            }
            case "ref/resource" -> {
                String uri = text(ref, "uri");
                ResourceRegistry.Definition template = uri == null ? null : resources.byDeclaredUri(uri, caller);
                if (template == null || !template.isTemplate()) {
                    throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "Unknown resource template: " + uri);
                }
                if (!template.variables().contains(name)) {
                    throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, uri + " has no variable " + name);
                }
                yield List.of(template.resource().examples());
            }
            default -> throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "params.ref.type must be ref/prompt or ref/resource");
        };
        String prefix = value.toLowerCase(Locale.ROOT);
        List<String> matching = candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
        var values = JSON.createArrayBuilder();
        matching.stream().limit(MAX).forEach(values::add);
        return JSON.createObjectBuilder().add("completion", JSON.createObjectBuilder().add("values", values)
                .add("total", matching.size()).add("hasMore", matching.size() > MAX)).build();
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
