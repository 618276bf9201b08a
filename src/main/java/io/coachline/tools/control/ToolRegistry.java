package io.coachline.tools.control;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonObject;

import io.coachline.tenancy.control.Caller;

/**
 * Every {@link Tool} of the application with its generated schemas, built once on first use. The MCP
 * adapter and the chat list and call tools only through here.
 */
@ApplicationScoped
public class ToolRegistry {

    /** A tool as clients see it, plus how to call it. */
    public record Definition(Tool tool, JsonObject inputSchema, JsonObject outputSchema, Class<?> inputType,
                             Method method, Object bean) {
        public String name() {
            return tool.name();
        }

        public String description() {
            return tool.description();
        }

        public String role() {
            return tool.role();
        }
    }

    @Inject
    BeanManager beanManager;

    private volatile Map<String, Definition> tools;

    public List<Definition> all() {
        return tools().values().stream().sorted(Comparator.comparing(Definition::name)).toList();
    }

    public List<Definition> visibleTo(Caller caller) {
        return all().stream().filter(t -> caller.hasRole(t.role())).toList();
    }

    /** The tool of that name if the caller may use it, else null (unknown and forbidden look alike). */
    public Definition find(String name, Caller caller) {
        Definition tool = name == null ? null : tools().get(name);
        return tool != null && caller.hasRole(tool.role()) ? tool : null;
    }

    /** Runs a tool with parsed JSON arguments (MCP); expected failures surface as ApiException. */
    public Object call(Definition tool, JsonObject arguments) {
        return invoke(tool, ToolArguments.read(tool.name(), tool.inputType(), arguments));
    }

    /** Runs a tool with its arguments as the caller wrote them (a model's tool call). */
    public Object call(Definition tool, String arguments) {
        return invoke(tool, ToolArguments.read(tool.name(), tool.inputType(), arguments));
    }

    private static Object invoke(Definition tool, Object input) {
        return tool.inputType() == null ? AnnotatedMethods.invoke(tool.method(), tool.bean())
                : AnnotatedMethods.invoke(tool.method(), tool.bean(), input);
    }

    private Map<String, Definition> tools() {
        Map<String, Definition> known = tools;
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

    private Map<String, Definition> discover() {
        return AnnotatedMethods.of(beanManager, Tool.class).stream().map(found -> {
            Method method = found.method();
            if (method.getParameterCount() > 1) {
                throw new IllegalStateException(method + ": a tool takes at most one input record");
            }
            Type input = method.getParameterCount() == 0 ? null : method.getGenericParameterTypes()[0];
            return new Definition(found.annotation(), ToolSchemas.input(input),
                    ToolSchemas.output(method.getGenericReturnType()),
                    method.getParameterCount() == 0 ? null : method.getParameterTypes()[0], method, found.bean());
        }).collect(Collectors.toUnmodifiableMap(Definition::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two tools named " + a.name());
        }));
    }
}
