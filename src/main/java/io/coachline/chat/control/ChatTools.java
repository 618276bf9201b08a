package io.coachline.chat.control;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.JsonMapping;
import io.coachline.tenancy.control.Caller;
import io.coachline.tools.control.ToolRegistry;

/**
 * The tools the chat may run: the ten analytics tools of the tool catalogue and nothing else (no coach or
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
    public List<ToolRegistry.Definition> definitions(List<String> names) {
        return names.stream().filter(IntentRouter.ANALYTICS_TOOLS::contains)
                .map(name -> registry.find(name, caller)).filter(t -> t != null).toList();
    }

    /** Runs a model's tool call with its arguments exactly as the model wrote them: parsed and validated once. */
    public Outcome run(String name, String arguments) {
        return run(name, tool -> registry.call(tool, arguments));
    }

    /** Runs a tool with arguments the server made itself (the offline overview). */
    public Outcome run(String name, JsonObject arguments) {
        return run(name, tool -> registry.call(tool, arguments));
    }

    private Outcome run(String name, Function<ToolRegistry.Definition, Object> call) {
        ToolRegistry.Definition tool = name != null && IntentRouter.ANALYTICS_TOOLS.contains(name)
                ? registry.find(name, caller) : null;
        if (tool == null) {
            return error(name, "unknown_tool", "no tool named " + name + "; use one of " + IntentRouter.ANALYTICS_TOOLS);
        }
        try {
            return new Outcome(name, call.apply(tool), null);
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
