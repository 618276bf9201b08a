package io.coachline.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one error shape of the API: {@code {"error", "message", "field"?}}. */
public final class ErrorBody {

    public static final String METADATA_PATH = ".well-known/oauth-protected-resource";

    private ErrorBody() {
    }

    public static String json(String error, String message, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", error).add("message", message);
        if (field != null) {
            body.add("field", field);
        }
        return body.build().toString();
    }

    public static Response response(int status, String error, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json(error, message, field)).build();
    }

    /** A 401 with the Bearer challenge pointing MCP clients at the protected resource metadata (RFC 9728). */
    public static Response unauthorized(String baseUri, String error, String message) {
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .header("WWW-Authenticate", challenge(baseUri, "invalid_token".equals(error)))
                .entity(json(error, message, null)).build();
    }

    /** {@code baseUri} is the application's base, ending in '/'. */
    public static String challenge(String baseUri, boolean invalidToken) {
        return "Bearer realm=\"coachline\", resource_metadata=\"" + baseUri + METADATA_PATH + "\""
                + (invalidToken ? ", error=\"invalid_token\"" : "");
    }

    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "invalid_input";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }
}
