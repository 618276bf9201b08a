package io.coachline.platform.control;

import java.util.Comparator;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Validates an input record against its Bean Validation constraints and turns the first violation into a
 * 400 naming the field as the API spells it (snake_case). Used by every control method that takes input,
 * so REST and MCP report the same errors.
 */
public final class Inputs {

    // Built on first validation only, so naming helpers work where no validation provider is present.
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    private Inputs() {
    }

    public static <T> T validate(String what, T input) {
        if (input == null) {
            throw ApiException.badRequest(null, "a JSON body with the " + what + " is required");
        }
        Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String field = snake(first.getPropertyPath());
            throw ApiException.badRequest(field, field + ": " + first.getMessage());
        }
        return input;
    }

    public static String snake(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name.setLength(0);
                name.append(node.getName());
            }
        }
        return snake(name.toString());
    }

    public static String snake(String camel) {
        // Same rule as JSON-B's LOWER_CASE_WITH_UNDERSCORES: an underscore only after a lower-case letter.
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
