package io.coachline.mcp.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The JSON-RPC 2.0 envelope as MCP uses it: reading one message, writing results and errors. */
public final class JsonRpc {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** Implementation-defined server error (JSON-RPC reserves -32000 to -32099): too many sessions. */
    public static final int SERVER_BUSY = -32000;

    /**
     * One incoming message. A request has a method and an id, a notification a method and no id, a response
     * (to a request of ours) no method but a result or an error.
     */
    public record Message(JsonValue id, String method, JsonObject params) {

        public boolean isResponse() {
            return method == null;
        }

        public boolean isNotification() {
            return method != null && id == null;
        }

        /** The params, or an empty object when the message has none. */
        public JsonObject paramsOrEmpty() {
            return params == null ? JsonValue.EMPTY_JSON_OBJECT : params;
        }
    }

    private JsonRpc() {
    }

    /** Checks the envelope of a parsed message; what is wrong with it is a Failure with the right code. */
    public static Message read(JsonObject message) {
        JsonValue version = message.get("jsonrpc");
        if (version == null || version.getValueType() != JsonValue.ValueType.STRING
                || !"2.0".equals(message.getString("jsonrpc"))) {
            throw new Failure(INVALID_REQUEST, "jsonrpc must be \"2.0\"", 400);
        }
        JsonValue id = message.get("id");
        if (!message.containsKey("method")) {
            if (message.containsKey("result") || message.containsKey("error")) {
                return new Message(id, null, null);
            }
            throw new Failure(INVALID_REQUEST, "a request needs a method", 400);
        }
        if (message.get("method").getValueType() != JsonValue.ValueType.STRING) {
            throw new Failure(INVALID_REQUEST, "method must be a string", 400);
        }
        if (id != null && id.getValueType() != JsonValue.ValueType.STRING && id.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new Failure(INVALID_REQUEST, "id must be a string or a number", 400);
        }
        JsonValue params = message.get("params");
        if (params != null && params.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Failure(INVALID_PARAMS, "params must be an object");
        }
        return new Message(id, message.getString("method"), (JsonObject) params);
    }

    public static JsonObject result(JsonValue id, JsonObject result) {
        return Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("result", result).build();
    }

    /** A response around a result already written as JSON text (tool results are not parsed back). */
    public static String result(JsonValue id, String resultJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + resultJson + "}";
    }

    public static JsonObject error(JsonValue id, int code, String message) {
        return error(id, code, message, null);
    }

    public static JsonObject error(JsonValue id, int code, String message, JsonObject data) {
        JsonObjectBuilder error = Json.createObjectBuilder().add("code", code).add("message", message);
        if (data != null) {
            error.add("data", data);
        }
        return Json.createObjectBuilder().add("jsonrpc", "2.0")
                .add("id", id == null ? JsonValue.NULL : id)
                .add("error", error).build();
    }

    /** A problem with the request itself, answered as a JSON-RPC error. */
    public static final class Failure extends RuntimeException {
        private final int code;
        private final int httpStatus;
        private final transient JsonObject data;

        public Failure(int code, String message) {
            this(code, message, 200);
        }

        public Failure(int code, String message, int httpStatus) {
            this(code, message, httpStatus, null);
        }

        public Failure(int code, String message, int httpStatus, JsonObject data) {
            super(message);
            this.code = code;
            this.httpStatus = httpStatus;
            this.data = data;
        }

        public int code() {
            return code;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public JsonObject data() {
            return data;
        }
    }
}
