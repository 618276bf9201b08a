package io.coachline.platform.boundary;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.coachline.platform.control.ApiException;

/**
 * Every failure leaves the API as {@code {error, message, field?}} with the right status. Unexpected
 * exceptions are logged with a reference and answered without any internals.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ApiException api && api.getResponse().getStatus() == 401) {
            return ErrorBody.unauthorized(uriInfo.getBaseUri().toString(), api.error(), api.getMessage());
        }
        if (e instanceof ApiException api) {
            return ErrorBody.response(api.getResponse().getStatus(), api.error(), api.getMessage(), api.field());
        }
        if (e instanceof ConstraintViolationException cve && !cve.getConstraintViolations().isEmpty()) {
            ConstraintViolation<?> first = cve.getConstraintViolations().iterator().next();
            String field = fieldOf(first.getPropertyPath());
            return ErrorBody.response(400, "invalid_input", field + ": " + first.getMessage(), field);
        }
        if (e instanceof JsonbException) {
            // Input records are type-checked field by field before binding (StrictJsonBodies); what JSON-B still
            // refuses is answered without its text, which names internal classes.
            return ErrorBody.response(400, "invalid_json", "request body does not fit this operation: send a JSON "
                    + "object with its documented fields and types", null);
        }
        if (e instanceof JsonParsingException || e instanceof ProcessingException
                || fromJsonParser(e)) {
            return ErrorBody.response(400, "invalid_json", "request body is not valid JSON for this operation: "
                    + conciseMessage(e), null);
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (status >= 500) {
                return internal(e);
            }
            if (wae.getCause() != null && status == 400) {
                return ErrorBody.response(400, "invalid_json", "request body could not be read: "
                        + conciseMessage(wae.getCause()), null);
            }
            return ErrorBody.response(status, ErrorBody.codeFor(status), messageFor(status), null);
        }
        return internal(e);
    }

    private static Response internal(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return ErrorBody.response(500, "internal_error", "unexpected server error (reference " + reference + ")", null);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    // The JSON parser rejects input nested past 1,000 levels with a bare RuntimeException.
    private static boolean fromJsonParser(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0 && trace[0].getClassName().startsWith("org.eclipse.parsson.")) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(Path path) {
        String field = null;
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                field = node.getName();
            }
        }
        return field == null ? path.toString() : field;
    }

    // Parser messages can be long and name internal classes; keep the first line and cut it short.
    private static String conciseMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.lines().findFirst().orElse("").replaceAll("(?:[a-z]+\\.)+([A-Z]\\w+)", "$1");
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 401 -> "a valid bearer token is required";
            case 403 -> "you do not have the role this operation needs";
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported content type; send application/json";
            default -> "request failed with status " + status;
        };
    }
}
