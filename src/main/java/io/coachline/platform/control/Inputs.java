package io.coachline.platform.control;

import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Validates an input record against its Bean Validation constraints and turns the first violation into a
 * 400 naming the field as the API spells it (snake_case). Every control method that takes input uses it,
 * so REST, MCP and the chat report the same errors.
 */
public final class Inputs {

    // Built on first validation only, so the naming helpers work where no validation provider is present.
    // Input records are not entities: the default traversable resolver asks the JPA provider whether each
    // property is loaded, behind a lock that showed up as contention under load.
    private static final class Holder {
        static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
                .traversableResolver(new EverythingReachable())
                .buildValidatorFactory().getValidator();
    }

    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> rootBeanType, Path pathToNode,
                                   ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> rootBeanType, Path pathToNode,
                                    ElementType elementType) {
            return true;
        }
    }

    private Inputs() {
    }

    /** Returns the input when valid; a missing input (an empty request body) is itself an error. */
    public static <T> T validate(String operation, T input) {
        if (input == null) {
            throw ApiException.badRequest("body", "body: " + operation + " needs a JSON object with its fields");
        }
        Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(input);
        violations.stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> snake(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .ifPresent(v -> {
                    String field = snake(v.getPropertyPath());
                    throw ApiException.badRequest(field, field + ": " + v.getMessage());
                });
        return input;
    }

    /** The record component a violation is about: its first named node (tags[3].<list element> is tags). */
    public static String snake(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null) {
                return snake(node.getName());
            }
        }
        return "body";
    }

    public static String snake(String camel) {
        // Same rule as JSON-B's LOWER_CASE_WITH_UNDERSCORES: an underscore only after a lower-case letter.
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
