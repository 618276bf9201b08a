package io.coachline.mcp.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;

import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;
import io.coachline.platform.control.JsonMapping;
import io.coachline.platform.control.JsonShape;
import io.coachline.tenancy.control.Caller;

/**
 * Every {@link McpTool} of the application with its generated schemas, built once on first use. The MCP
 * endpoint lists and calls tools only through here; the chat uses the same definitions.
 */
@ApplicationScoped
public class ToolRegistry {

    /** A tool as clients see it, plus how to call it. */
    public record Tool(String name, String description, String role, JsonObject inputSchema,
                       JsonObject outputSchema, Class<?> inputType, Method method, Object bean) {
    }

    @Inject
    BeanManager beanManager;

    private volatile Map<String, Tool> tools;

    public List<Tool> all() {
        return tools().values().stream().sorted(Comparator.comparing(Tool::name)).toList();
    }

    public List<Tool> visibleTo(Caller caller) {
        return all().stream().filter(t -> caller.hasRole(t.role())).toList();
    }

    /** The tool of that name if the caller may use it, else null (unknown and forbidden look alike). */
    public Tool find(String name, Caller caller) {
        Tool tool = tools().get(name);
        return tool != null && caller.hasRole(tool.role()) ? tool : null;
    }

    /** Runs a tool with JSON arguments; expected failures surface as ApiException. */
    public Object call(Tool tool, JsonObject arguments) {
        Object input = null;
        if (tool.inputType() != null) {
            // The same strict typing as REST bodies: a wrong type or a wrapped-around number names the field.
            try {
                JsonShape.check(arguments == null ? JsonValue.EMPTY_JSON_OBJECT : arguments, tool.inputType());
            } catch (ApiException e) {
                // A tool's arguments are its input, so an unknown one is invalid_input (as REST's invalid_json body is).
                throw ApiException.badRequest(e.field(), e.getMessage());
            }
            try {
                input = JsonMapping.jsonb().fromJson(arguments == null ? "{}" : arguments.toString(), tool.inputType());
            } catch (JsonbException e) {
                throw ApiException.badRequest(null, "invalid arguments for " + tool.name() + ": " + firstLine(e)
                        + "; see the tool's inputSchema");
            }
            Inputs.validate("arguments", input);
        } else if (arguments != null && !arguments.isEmpty()) {
            throw ApiException.badRequest(arguments.keySet().iterator().next(), tool.name() + " takes no arguments");
        }
        try {
            return tool.inputType() == null ? tool.method().invoke(tool.bean()) : tool.method().invoke(tool.bean(), input);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Tool> tools() {
        Map<String, Tool> known = tools;
        if (known == null) {
            synchronized (this) {
                if (tools == null) {
                    tools = discover();
                }
                known = tools;
            }
        }
        return known;
    }

    private Map<String, Tool> discover() {
        List<Tool> found = new ArrayList<>();
        // Every bean class with an @McpTool method is a tool provider: adding a tool is one annotated method.
        Set<Class<?>> providers = beanManager.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> Arrays.stream(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(McpTool.class)))
                .collect(Collectors.toSet());
        for (Class<?> type : providers) {
            Object bean = CDI.current().select(type).get();
            for (Method method : type.getMethods()) {
                McpTool annotation = method.getAnnotation(McpTool.class);
                if (annotation == null) {
                    continue;
                }
                if (method.getParameterCount() > 1) {
                    throw new IllegalStateException(method + ": an MCP tool takes at most one input record");
                }
                Type input = method.getParameterCount() == 0 ? null : method.getGenericParameterTypes()[0];
                found.add(new Tool(annotation.name(), annotation.description(), annotation.role(),
                        ToolSchemas.input(input), ToolSchemas.output(method.getGenericReturnType()),
                        method.getParameterCount() == 0 ? null : method.getParameterTypes()[0], method, bean));
            }
        }
        return found.stream().collect(Collectors.toUnmodifiableMap(Tool::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two MCP tools named " + a.name());
        }));
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        return message.lines().findFirst().orElse("").replaceAll("(?:[a-z]+\\.)+([A-Z]\\w+)", "$1");
    }
}
