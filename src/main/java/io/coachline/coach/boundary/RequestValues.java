package io.coachline.coach.boundary;

import java.util.Locale;

import io.coachline.platform.control.ApiException;

/**
 * Query parameters read as text and converted here: JAX-RS answers a query parameter it cannot convert
 * with 404, and a wrong number is a 400 naming the parameter.
 */
final class RequestValues {

    private RequestValues() {
    }

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, field + ": must be a whole number");
        }
    }

    static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(field, field + ": must be true or false");
        };
    }

    /** A body may repeat the path's coach id, but not name another coach. */
    static void samePathId(String pathId, String bodyId) {
        if (bodyId != null && !bodyId.equalsIgnoreCase(pathId)) {
            throw ApiException.badRequest("coach_id", "coach_id: the body names another coach than the path");
        }
    }
}
