package io.coachline.tools.control;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import io.coachline.tenancy.control.Caller;

/**
 * Every {@link Prompts} family of the application, with argument lists generated from their records. The
 * prompts themselves are the caller's: each listing asks the families again, so a prompt appears and
 * disappears with what the caller may see.
 */
@ApplicationScoped
public class PromptRegistry {

    /** One argument of a prompt, from a component of the family's arguments record. */
    public record Argument(String name, String description, boolean required) {
    }

    /** A family: the annotated method and its argument list. */
    public record Family(Prompts prompts, Method method, Object bean, List<Argument> arguments) {
    }

    /** A prompt the caller sees, with its family. */
    public record Listed(PromptEntry entry, Family family) {
        public String name() {
            return entry.name();
        }
    }

    @Inject
    BeanManager beanManager;

    private volatile List<Family> families;

    /** The caller's prompts, in the order each family gives them; the first of two equal names wins. */
    public List<Listed> visibleTo(Caller caller) {
        List<Listed> listed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Family family : families()) {
            if (!caller.hasRole(family.prompts().role())) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<PromptEntry> entries = (List<PromptEntry>) AnnotatedMethods.invoke(family.method(), family.bean());
            for (PromptEntry entry : entries) {
                if (names.add(entry.name())) {
                    listed.add(new Listed(entry, family));
                }
            }
        }
        return listed;
    }

    /** The caller's prompt of that name, else null (another user's and a missing one look alike). */
    public Listed find(String name, Caller caller) {
        return name == null ? null
                : visibleTo(caller).stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** Binds and validates the arguments (strings, as MCP sends them), then renders; failures are ApiException. */
    public PromptEntry.Rendered get(Listed prompt, JsonObject arguments) {
        Object input = ToolArguments.read(prompt.name(), prompt.family().prompts().arguments(), arguments);
        return prompt.entry().render().apply(input);
    }

    private List<Family> families() {
        List<Family> known = families;
        if (known == null) {
            synchronized (this) {
                if (families == null) {
                    families = AnnotatedMethods.of(beanManager, Prompts.class).stream()
                            .map(found -> new Family(found.annotation(), found.method(), found.bean(),
                                    arguments(found.annotation().arguments())))
                            .toList();
                }
                known = families;
            }
        }
        return known;
    }

    static List<Argument> arguments(Class<?> record) {
        JsonObject schema = ToolSchemas.input(record);
        Set<String> required = new HashSet<>();
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(JsonString.class).forEach(s -> required.add(s.getString()));
        }
        List<Argument> arguments = new ArrayList<>();
        schema.getJsonObject("properties").forEach((name, property) -> {
            JsonObject p = property.asJsonObject();
            arguments.add(new Argument(name, p.containsKey("description") ? p.getString("description") : name,
                    required.contains(name)));
        });
        return List.copyOf(arguments);
    }
}
