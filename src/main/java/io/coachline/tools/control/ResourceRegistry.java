package io.coachline.tools.control;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.coachline.platform.control.Inputs;
import io.coachline.platform.control.JsonMapping;
import io.coachline.tenancy.control.Caller;

/**
 * Every {@link DataResource} of the application: fixed resources and templates, read by uri. A resource is
 * always the caller's own data (the methods read it for the injected Caller), so a uri names no user.
 */
@ApplicationScoped
public class ResourceRegistry {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)\\}");

    /** A resource or template, with the pattern its uris match and the record its variables bind to. */
    public record Definition(DataResource resource, Method method, Object bean, Class<?> inputType,
                             List<String> variables, Pattern matcher) {
        public boolean isTemplate() {
            return inputType != null;
        }
    }

    @Inject
    BeanManager beanManager;

    private volatile List<Definition> definitions;

    public List<Definition> fixed(Caller caller) {
        return visible(caller).stream().filter(d -> !d.isTemplate()).toList();
    }

    public List<Definition> templates(Caller caller) {
        return visible(caller).stream().filter(Definition::isTemplate).toList();
    }

    /** The template (by its uri template) or fixed resource (by its uri), else null. */
    public Definition byDeclaredUri(String uri, Caller caller) {
        return visible(caller).stream().filter(d -> d.resource().uri().equals(uri)).findFirst().orElse(null);
    }

    /** Reads the resource at {@code uri}; null when no resource of the caller has it. Bad variables are ApiException. */
    public ResourceContent read(String uri, Caller caller) {
        for (Definition definition : visible(caller)) {
            Matcher match = definition.matcher().matcher(uri);
            if (!match.matches()) {
                continue;
            }
            Object value;
            if (definition.isTemplate()) {
                Object input = ToolArguments.read(definition.resource().name(), definition.inputType(),
                        variables(definition, match));
                value = AnnotatedMethods.invoke(definition.method(), definition.bean(), input);
            } else {
                value = AnnotatedMethods.invoke(definition.method(), definition.bean());
            }
            String text = value instanceof String string ? string : JsonMapping.jsonb().toJson(value);
            return new ResourceContent(uri, definition.resource().mimeType(), text, Instant.now());
        }
        return null;
    }

    /** The variables of a matched uri as JSON: numbers where the record wants a number, else strings. */
    private static JsonObject variables(Definition definition, Matcher match) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (int i = 0; i < definition.variables().size(); i++) {
            String name = definition.variables().get(i);
            String value = URLDecoder.decode(match.group(i + 1), StandardCharsets.UTF_8);
            Class<?> type = componentType(definition.inputType(), name);
            if (type != null && Number.class.isAssignableFrom(boxed(type)) && value.matches("-?\\d{1,18}")) {
                json.add(name, Long.parseLong(value));
            } else {
                json.add(name, value);
            }
        }
        return json.build();
    }

    private static Class<?> componentType(Class<?> record, String snakeName) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (Inputs.snake(component.getName()).equals(snakeName)) {
                return component.getType();
            }
        }
        return null;
    }

    private static Class<?> boxed(Class<?> type) {
        return type == int.class ? Integer.class : type == long.class ? Long.class : type;
    }

    private List<Definition> visible(Caller caller) {
        return definitions().stream().filter(d -> caller.hasRole(d.resource().role())).toList();
    }

    private List<Definition> definitions() {
        List<Definition> known = definitions;
        if (known == null) {
            synchronized (this) {
                if (definitions == null) {
                    definitions = AnnotatedMethods.of(beanManager, DataResource.class).stream().map(found -> {
                        Method method = found.method();
                        if (method.getParameterCount() > 1) {
                            throw new IllegalStateException(method + ": a resource takes at most one record");
                        }
                        String uri = found.annotation().uri();
                        List<String> names = new ArrayList<>();
                        StringBuilder regex = new StringBuilder();
                        Matcher variable = VARIABLE.matcher(uri);
                        int last = 0;
                        while (variable.find()) {
                            regex.append(Pattern.quote(uri.substring(last, variable.start()))).append("([^/?#]+)");
                            names.add(variable.group(1));
                            last = variable.end();
                        }
                        regex.append(Pattern.quote(uri.substring(last)));
                        Class<?> input = method.getParameterCount() == 0 ? null : method.getParameterTypes()[0];
                        if ((input == null) != names.isEmpty()) {
                            throw new IllegalStateException(method + ": a template takes a record, a fixed resource none");
                        }
                        return new Definition(found.annotation(), method, found.bean(), input, List.copyOf(names),
                                Pattern.compile(regex.toString()));
                    }).sorted(Comparator.comparing(d -> d.resource().uri())).toList();
                }
                known = definitions;
            }
        }
        return known;
    }
}
