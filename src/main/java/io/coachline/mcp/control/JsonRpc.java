package io.coachline.mcp.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** JSON-RPC 2.0 messages as MCP uses them. */
public final class JsonRpc {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** Implementation-defined server error (JSON-RPC reserves -32000 to -32099): too many sessions. */
    public static final int SERVER_BUSY = -32000;

    private JsonRpc() {
    }

    public static JsonObject result(JsonValue id, JsonObject result) {
        return Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("result", result).build();
    }

    /** A response around a result already written as JSON text (tool results are not parsed back). */
    public static String result(JsonValue id, String resultJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + resultJson + "}";
    }

    public static JsonObject error(JsonValue id, int code, String message) {
        JsonObjectBuilder error = Json.createObjectBuilder().add("code", code).add("message", message);
        return Json.createObjectBuilder().add("jsonrpc", "2.0")
                .add("id", id == null ? JsonValue.NULL : id)
                .add("error", error).build();
    }

    /** A problem with the request itself, answered as a JSON-RPC error. */
    public static final class Failure extends RuntimeException {
        private final int code;
        private final int httpStatus;

        public Failure(int code, String message) {
            this(code, message, 200);
        }

        public Failure(int code, String message, int httpStatus) {
            super(message);
            this.code = code;
            this.httpStatus = httpStatus;
        }

        public int code() {
            return code;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }
}
