package io.coachline.platform.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import io.coachline.platform.control.ApiException;

/**
 * Query parameters are read strictly. No operation takes a list in the query, so a repeated parameter
 * ({@code ?limit=5&limit=500}) is a 400 naming it instead of silently taking the first value. The static
 * helpers convert text values: JAX-RS answers a typed query parameter it cannot convert with 404, and an
 * out-of-range number must not be clamped or wrapped. Runs after authentication (401 first).
 */
@Provider
@Priority(Priorities.USER)
public class QueryParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > 1) {
                String name = parameter.getKey();
                request.abortWith(ErrorBody.response(400, "invalid_input",
                        name + ": given " + parameter.getValue().size() + " times; give it once", name));
                return;
            }
        }
    }

    /** A whole number within int range, or null when absent or blank. */
    public static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (!text.matches("[+-]?\\d+")) {
            throw ApiException.badRequest(field, field + ": must be a whole number, got '" + abbreviate(text) + "'");
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, field + ": " + abbreviate(text) + " is out of range");
        }
    }

    /** true or false (any case), or null when absent or blank. */
    public static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(field, field + ": must be true or false");
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
