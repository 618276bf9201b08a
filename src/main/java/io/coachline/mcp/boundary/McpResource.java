package io.coachline.mcp.boundary;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.mcp.control.JsonRpc;
import io.coachline.mcp.control.McpExchange;
import io.coachline.mcp.control.McpMethods;
import io.coachline.mcp.control.McpSessions;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.JsonShape;
import io.coachline.tenancy.control.Caller;

/**
 * The MCP transport: Streamable HTTP answering a POST with one JSON response, or with a short event stream when
 * the request caused notifications (log messages, progress) and the client accepts one; there is no
 * server-initiated stream, so GET is 405.
 */
@ApplicationScoped
@Path("mcp")
public class McpResource {

    // Looked up once: Json.* looks the provider up again on every call.
    private static final JsonProvider JSON = JsonProvider.provider();
    static final String SESSION = "MCP-Session-Id";
    static final String VERSION = "MCP-Protocol-Version";
    private static final String EVENT_STREAM = "text/event-stream";

    @Inject
    Caller caller;

    @Inject
    McpMethods methods;

    @Inject
    McpSessions sessions;

    // A comma-separated string: Payara's config producer cannot inject Optional<List<String>>.
    @Inject
    @ConfigProperty(name = "coachline.mcp.allowed-origins")
    Optional<String> allowedOrigins;

    @POST
    @Operation(summary = "MCP endpoint (JSON-RPC over Streamable HTTP)")
    public Response post(byte[] body, @HeaderParam("Origin") String origin, @HeaderParam(SESSION) String sessionId,
                         @HeaderParam(VERSION) String version, @Context HttpHeaders headers) {
        // Every Accept header together: a client may send more than one.
        String accept = String.join(",", Optional.ofNullable(headers.getRequestHeader("Accept")).orElse(List.of()));
        if (!originAllowed(origin)) {
            return json(403, JsonRpc.error(null, JsonRpc.INVALID_REQUEST, "origin not allowed: " + origin));
        }
        JsonObject message;
        try {
            // Read as bytes and decoded strictly: a String parameter would turn malformed UTF-8 into U+FFFD.
            String text = JsonShape.utf8(body == null ? new byte[0] : body);
            JsonStructure parsed = JSON.createReader(new StringReader(text)).read();
            if (!(parsed instanceof JsonObject object)) {
                return json(400, JsonRpc.error(null, JsonRpc.INVALID_REQUEST, "batches are not supported; send one JSON-RPC message"));
            }
            message = object;
        } catch (ApiException e) {
            return json(400, JsonRpc.error(null, JsonRpc.PARSE_ERROR, "parse error: the body is not valid UTF-8"));
        } catch (RuntimeException e) {
            // JsonException for bad syntax; the parser throws a bare RuntimeException past 1,000 levels of nesting.
            return json(400, JsonRpc.error(null, JsonRpc.PARSE_ERROR, "parse error: the body is not valid JSON"
                    + (e instanceof JsonException ? "" : " (nested too deeply)")));
        }
        JsonValue id = message.get("id");
        try {
            return handle(message, sessionId, version, accept);
        } catch (JsonRpc.Failure failure) {
            return json(failure.httpStatus(), JsonRpc.error(id, failure.code(), failure.getMessage(), failure.data()));
        }
    }

    private Response handle(JsonObject body, String sessionId, String version, String accept) {
        JsonRpc.Message message = JsonRpc.read(body);
        if (message.isResponse()) {
            return Response.accepted().build();
        }
        if ("initialize".equals(message.method())) {
            return initialize(message.id(), message.params());
        }
        if (version != null && !McpMethods.VERSIONS.contains(version)) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_REQUEST, "unsupported " + VERSION + ": " + version
                    + "; supported: " + McpMethods.VERSIONS, 400);
        }
        if (sessionId == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_REQUEST, "missing " + SESSION + " header; call initialize first", 400);
        }
        McpSessions.Session session = sessions.find(sessionId, owner());
        if (session == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_REQUEST, "unknown or ended session; initialize again", 404);
        }
        if (message.isNotification()) {
            return Response.accepted().build();
        }
        McpExchange exchange = new McpExchange(caller, session);
        String response = JsonRpc.result(message.id(), methods.handle(message, exchange));
        return respond(exchange, response, accept);
    }

    /**
     * The response alone as JSON; or, when the request caused notifications and the client accepts a stream,
     * a text/event-stream with the notifications first and the response last.
     */
    private static Response respond(McpExchange exchange, String response, String accept) {
        if (exchange.notifications().isEmpty() || accept == null || !accept.contains(EVENT_STREAM)) {
            return Response.ok(response, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StringBuilder events = new StringBuilder();
        for (JsonObject notification : exchange.notifications()) {
            events.append("event: message\ndata: ").append(notification).append("\n\n");
        }
        events.append("event: message\ndata: ").append(response).append("\n\n");
        return Response.ok(events.toString(), EVENT_STREAM).build();
    }

    private Response initialize(JsonValue id, JsonObject params) {
        if (id == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_REQUEST, "initialize is a request and needs an id", 400);
        }
        String requested = params != null && params.get("protocolVersion") instanceof jakarta.json.JsonString s ? s.getString() : null;
        if (requested == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "initialize needs params.protocolVersion");
        }
        String version = McpMethods.negotiate(requested);
        String session;
        try {
            session = sessions.open(owner(), version);
        } catch (McpSessions.Full full) {
            throw new JsonRpc.Failure(JsonRpc.SERVER_BUSY, full.getMessage(), 429);
        }
        return Response.ok(JsonRpc.result(id, methods.initialize(version)).toString(), MediaType.APPLICATION_JSON_TYPE)
                .header(SESSION, session).build();
    }

    @DELETE
    @Operation(summary = "End an MCP session")
    public Response delete(@HeaderParam(SESSION) String sessionId) {
        if (sessionId == null) {
            return json(400, JsonRpc.error(null, JsonRpc.INVALID_REQUEST, "missing " + SESSION + " header"));
        }
        return sessions.close(sessionId, owner()) ? Response.noContent().build()
                : json(404, JsonRpc.error(null, JsonRpc.INVALID_REQUEST, "unknown or ended session"));
    }

    @GET
    @Operation(summary = "No server-initiated stream: 405")
    public Response get() {
        return Response.status(405).header("Allow", "POST, DELETE")
                .entity(JsonRpc.error(null, JsonRpc.INVALID_REQUEST, "this server sends no stream; POST JSON-RPC messages").toString())
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private String owner() {
        return caller.tenantId() + ":" + caller.userId();
    }

    /** No Origin (non-browser clients) is fine; a browser origin must be localhost or configured. */
    boolean originAllowed(String origin) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        if (allowedOrigins.map(list -> List.of(list.split("\\s*,\\s*")).contains(origin)).orElse(false)) {
            return true;
        }
        try {
            String host = URI.create(origin).getHost();
            return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host) || "::1".equals(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response json(int status, JsonObject body) {
        return Response.status(status).entity(body.toString()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
