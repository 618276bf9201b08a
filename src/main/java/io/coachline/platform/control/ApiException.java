package io.coachline.platform.control;

import jakarta.ejb.ApplicationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * An expected failure with a stable error code and, for bad input, the field that is wrong.
 * Mapped to {@code {error, message, field?}} by the boundary's exception mapper. An application
 * exception: it reaches the caller as it is (not wrapped, not logged as a system failure) and rolls
 * the transaction back, so bad input changes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public class ApiException extends WebApplicationException {

    private final String error;
    private final String field;

    public ApiException(Response.Status status, String error, String message, String field) {
        super(message, status);
        this.error = error;
        this.field = field;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(Response.Status.BAD_REQUEST, "invalid_input", message, field);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND, "not_found", message, null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(Response.Status.CONFLICT, "conflict", message, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Response.Status.FORBIDDEN, "forbidden", message, null);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(Response.Status.UNAUTHORIZED, "unauthorized", message, null);
    }

    public String error() {
        return error;
    }

    public String field() {
        return field;
    }
}
