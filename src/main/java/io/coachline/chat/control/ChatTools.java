package io.coachline.chat.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.coachline.mcp.control.ToolRegistry;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.JsonMapping;
import io.coachline.tenancy.control.Caller;

/**
 * The tools the chat may run: the ten analytics tools of the MCP registry and nothing else (no coach or
 * admin tool, whatever a model asks for). They run as the caller, on the caller's own data.
 */
@ApplicationScoped
public class ChatTools {

    /** A tool's outcome: its result, or an error object for the model; never an exception. */
    public record Outcome(String tool, Object result, JsonObject error) {
        public String json() {
            return error != null ? error.toString() : JsonMapping.jsonb().toJson(result);
        }
    }

    @Inject
    ToolRegistry registry;

    @Inject
    Caller caller;

    /** The registry's definitions (with their generated input schemas) of the given analytics tools. */
    public List<ToolRegistry.Tool> definitions(List<String> names) {
        return names.stream().filter(IntentRouter.ANALYTICS_TOOLS::contains)
                .map(name -> registry.find(name, caller)).filter(t -> t != null).toList();
    }

    public Outcome run(String name, JsonObject arguments) {
        ToolRegistry.Tool tool = IntentRouter.ANALYTICS_TOOLS.contains(name) ? registry.find(name, caller) : null;
        if (tool == null) {
            return error(name, "unknown_tool", "no tool named " + name + "; use one of " + IntentRouter.ANALYTICS_TOOLS);
        }
        try {
            return new Outcome(name, registry.call(tool, arguments), null);
        } catch (ApiException e) {
            return error(name, e.error(), e.getMessage());
        } catch (RuntimeException e) {
            return error(name, "tool_failed", name + " failed; answer without it");
        }
    }

    private static Outcome error(String tool, String code, String message) {
        return new Outcome(tool, null, Json.createObjectBuilder()
                .add("error", code).add("message", message == null ? code : message).build());
    }
}
