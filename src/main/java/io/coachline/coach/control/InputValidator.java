package io.coachline.coach.control;

import java.util.Comparator;
import java.util.Set;

import java.lang.annotation.ElementType;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import io.coachline.platform.control.ApiException;

/**
 * Checks an operation's input record against its Bean Validation constraints in the control layer, so
 * REST and MCP callers get the same answer: a 400 naming the first wrong field in snake_case.
 */
public final class InputValidator {

    // Input records are not entities. The default resolver asks the JPA provider whether each property is
    // loaded, behind a lock that showed up as contention under load; every property here is reachable.
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .traversableResolver(new EverythingReachable())
            .buildValidatorFactory().getValidator();

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

    private InputValidator() {
    }

    /** Returns the input when valid; a missing input (an empty request body) is itself an error. */
    public static <T> T valid(T input, String operation) {
        if (input == null) {
            throw ApiException.badRequest("body", "body: " + operation + " needs a JSON object with its fields");
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(input);
        violations.stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> fieldOf(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .ifPresent(v -> {
                    String field = fieldOf(v.getPropertyPath());
                    throw ApiException.badRequest(field, field + ": " + v.getMessage());
                });
        return input;
    }

    /** The record component a violation is about (its first node: tags[3].<list element> is tags). */
    static String fieldOf(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null) {
                return snakeCase(node.getName());
            }
        }
        return "body";
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (char ch : name.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                out.append('_').append(Character.toLowerCase(ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
