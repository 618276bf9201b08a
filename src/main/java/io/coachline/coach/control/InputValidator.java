package io.coachline.coach.control;

import java.util.Comparator;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import io.coachline.platform.control.ApiException;

/**
 * Checks an operation's input record against its Bean Validation constraints in the control layer, so
 * REST and MCP callers get the same answer: a 400 naming the first wrong field in snake_case.
 */
public final class InputValidator {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

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
