package io.coachline.tools.control;

import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;

import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;
import io.coachline.platform.control.JsonMapping;
import io.coachline.platform.control.JsonShape;

/**
 * The one place where a call's JSON arguments become its validated input record: strict typing on the
 * JSON tree (as REST bodies), binding by JSON-B from the text the caller sent, then Bean Validation. Every
 * failure is an ApiException {@code invalid_input} naming the field.
 */
public final class ToolArguments {

    private ToolArguments() {
    }

    /** Arguments already parsed (the MCP envelope): written once for JSON-B, which reads only text. */
    public static Object read(String operation, Class<?> type, JsonObject arguments) {
        JsonObject tree = arguments == null ? JsonValue.EMPTY_JSON_OBJECT : arguments;
        return type == null ? none(operation, tree) : bind(operation, type, tree, tree.toString());
    }

    /** Arguments as text (a model's tool call): parsed once for the shape check, bound from the same text. */
    public static Object read(String operation, Class<?> type, String arguments) {
        String text = arguments == null || arguments.isBlank() ? "{}" : arguments;
        JsonValue tree;
        try {
            tree = JsonShape.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (ApiException e) {
            throw ApiException.badRequest(null, "arguments must be a JSON object: " + e.getMessage());
        }
        if (!(tree instanceof JsonObject object)) {
            throw ApiException.badRequest(null, "arguments must be a JSON object");
        }
        return type == null ? none(operation, object) : bind(operation, type, object, text);
    }

    private static Object none(String operation, JsonObject arguments) {
        if (!arguments.isEmpty()) {
            throw ApiException.badRequest(arguments.keySet().iterator().next(), operation + " takes no arguments");
        }
        return null;
    }

    private static Object bind(String operation, Class<?> type, JsonObject tree, String text) {
        try {
            JsonShape.check(tree, type);
        } catch (ApiException e) {
            // A tool's arguments are its input, so an unknown one is invalid_input (as REST's invalid_json body is).
            throw ApiException.badRequest(e.field(), e.getMessage());
        }
        Object input;
        try {
            input = JsonMapping.jsonb().fromJson(text, type);
        } catch (JsonbException e) {
            throw ApiException.badRequest(null, "invalid arguments for " + operation + ": " + firstLine(e)
                    + "; see the inputSchema");
        }
        return Inputs.validate("arguments", input);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        return message.lines().findFirst().orElse("").replaceAll("(?:[a-z]+\\.)+([A-Z]\\w+)", "$1");
    }
}
