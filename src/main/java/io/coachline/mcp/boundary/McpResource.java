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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.coachline.mcp.control.JsonRpc;
import io.coachline.mcp.control.McpMethods;
import io.coachline.mcp.control.McpSessions;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.JsonShape;
import io.coachline.tenancy.control.Caller;

/**
 * The MCP server: Streamable HTTP transport (2025-11-25) answering every POST with one JSON response;
 * there is no server-initiated stream, so GET is 405.
 */
@ApplicationScoped
@Path("mcp")
public class McpResource {

    // Looked up once: Json.* looks the provider up again on every call.
    private static final JsonProvider JSON = JsonProvider.provider();
    static final String SESSION = "MCP-Session-Id";
    static final String VERSION = "MCP-Protocol-Version";

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
                         @HeaderParam(VERSION) String version) {
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
            return handle(message, sessionId, version);
        } catch (JsonRpc.Failure failure) {
            return json(failure.httpStatus(), JsonRpc.error(id, failure.code(), failure.getMessage(), failure.data()));
        }
    }

    private Response handle(JsonObject body, String sessionId, String version) {
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
        if (sessions.find(sessionId, owner()) == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_REQUEST, "unknown or ended session; initialize again", 404);
        }
        if (message.isNotification()) {
            return Response.accepted().build();
        }
        return Response.ok(JsonRpc.result(message.id(), methods.handle(message, caller)), MediaType.APPLICATION_JSON_TYPE)
                .build();
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
