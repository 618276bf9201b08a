package io.coachline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.RawHttp;
import io.coachline.testsupport.TestTokens;

/** What the HTTP surface answers to odd, hostile or oversized requests: always JSON, never more than asked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpSurfaceIT {

    private static final Path DATA = Deployments.freshDataDir("http-surface");
    /** Smaller than the default, to prove the key is read and to keep the test quick. */
    private static final int API_LIMIT = 65_536;
    /** The default of coachline.mcp.max-body-bytes. */
    private static final int MCP_LIMIT = 1_048_576;
    private static final String EVIL = "evil.example:666";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = Deployments.config(DATA);
        config.put("coachline.http.max-body-bytes", String.valueOf(API_LIMIT));
        return Deployments.war("ROOT.war", config);
    }

    private final String token = TestTokens.user("surface", "sam");

    // --- request-body limits ---

    @Test
    void oversizedBodyWithContentLengthIsRefusedBeforeItIsSent() {
        for (String path : new String[] {"/api/coaches", "/mcp"}) {
            long started = System.nanoTime();
            // Declares 300 MB, sends 1 KB: the answer must not wait for the rest.
            RawHttp.Reply reply = new RawHttp(base).send(post(path, "Content-Length: 314572800"), new byte[1024]);
            assertTooLarge(reply, path);
            assertTrue(System.nanoTime() - started < 10_000_000_000L, path + " took too long");
        }
        assertNothingStoredAndStillServing();
    }

    @Test
    void oversizedChunkedBodyIsCountedWhileRead() throws Exception {
        assertTooLarge(chunked("/api/coaches", API_LIMIT * 4), "/api/coaches");
        assertTooLarge(chunked("/mcp", MCP_LIMIT * 3), "/mcp");
        assertNothingStoredAndStillServing();
    }

    @Test
    void bodiesUpToTheLimitAreAccepted() throws Exception {
        Api api = new Api(base);
        // JSON whitespace pads the body to just under the limit: size alone decides, and this is within it.
        String json = "{\"title\":\"Padded\",\"system_prompt\":\"Keep it short.\"}";
        String padded = json + " ".repeat(API_LIMIT - json.length());
        assertEquals(API_LIMIT, padded.getBytes(StandardCharsets.UTF_8).length);
        Api.Reply created = api.post("/api/coaches", token, padded);
        assertEquals(201, created.status(), created::toString);
        Api.Reply over = api.post("/api/coaches", token, padded + " ");
        assertEquals(413, over.status(), over::toString);
        RawHttp.Reply viaChunks = chunkedBody("/api/coaches", "{\"title\":\"Chunked\",\"system_prompt\":\"Hi.\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, viaChunks.status(), viaChunks::toString);
    }

    @Test
    void theImportKeepsItsOwnLargerLimit() {
        byte[] file = new byte[API_LIMIT * 2];
        Arrays.fill(file, (byte) 'x');
        Api.Reply reply = new Api(base).upload("/api/activities/import", token, "file", "big.gpx", file);
        assertNotEquals(413, reply.status(), reply::toString);
        assertTrue(reply.status() < 500, reply::toString);
        reply.json();
    }

    // --- every answer is JSON ---

    /** The HTTP listener refuses TRACE itself (empty 405, see pre-boot-commands.asadmin): never an echo. */
    @Test
    void traceIsRefusedAndEchoesNothing() {
        for (String path : new String[] {"/api/me", "/health", "/"}) {
            RawHttp.Reply reply = new RawHttp(base).send("TRACE " + path + " HTTP/1.1\r\nHost: " + new RawHttp(base).hostHeader()
                    + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close", null);
            assertEquals(405, reply.status(), reply::toString);
            assertFalse(reply.body().contains("Bearer") || reply.body().contains("TRACE"), reply::toString);
        }
    }

    @Test
    void optionsAnswersJson() {
        Api api = new Api(base);
        Api.Reply reply = api.send(api.request("/api/me", token).method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply::toString);
        assertTrue(reply.json().getJsonArray("allow").toString().contains("\"GET\""), reply::toString);
        assertFalse(reply.body().contains("wadl"), reply::toString);
        Api.Reply anonymous = api.send(api.request("/api/me", null).method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(401, anonymous.status(), anonymous::toString);
        anonymous.json();
    }

    @Test
    void unknownPathsAndWrongMethodsAreJson() {
        Api api = new Api(base);
        Api.Reply unknown = api.get("/no/such/thing", null);
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("not_found", unknown.json().getString("error"));
        Api.Reply container404 = api.get("/WEB-INF/", null);
        assertEquals(404, container404.status(), container404::toString);
        assertEquals("not_found", container404.json().getString("error"));
        Api.Reply wrongMethod = api.put("/index.html", null, "{}");
        assertEquals(405, wrongMethod.status(), wrongMethod::toString);
        assertEquals("method_not_allowed", wrongMethod.json().getString("error"));
    }

    @Test
    void oversizedHeadersAreRefusedAndTheServerKeepsServing() {
        RawHttp.Reply reply = new RawHttp(base).get("/api/me", "X-Padding: " + "a".repeat(64 * 1024));
        assertTrue(reply.status() == 400 || reply.status() == 431, reply::toString);
        assertEquals(200, new Api(base).get("/api/me", token).status());
    }

    // --- the Host header is not trusted ---

    @Test
    void aSpoofedHostAppearsNowhere() {
        RawHttp http = new RawHttp(base);
        RawHttp.Reply challenge = http.send(post("/mcp", "Content-Length: 2").replace("Host: " + http.hostHeader(), "Host: " + EVIL)
                .replace("\r\nAuthorization: Bearer " + token, ""), "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, challenge.status(), challenge::toString);
        assertFalse(challenge.header("www-authenticate").contains("evil"), challenge::toString);
        RawHttp.Reply forged = http.get("/api/me", "Host: " + EVIL, "Authorization: Bearer " + TestTokens.forged("surface", "sam"));
        assertEquals(401, forged.status(), forged::toString);
        assertFalse(forged.header("www-authenticate").contains("evil"), forged::toString);
        RawHttp.Reply metadata = http.get("/.well-known/oauth-protected-resource", "Host: " + EVIL);
        assertEquals(200, metadata.status(), metadata::toString);
        assertFalse(metadata.body().contains("evil"), metadata::toString);
        // ...and what it names instead is this server: the challenge's metadata URL answers.
        String url = challenge.header("www-authenticate").replaceAll(".*resource_metadata=\"([^\"]+)\".*", "$1");
        Api api = new Api(base);
        JsonObject fetched = api.send(api.request("", null).uri(java.net.URI.create(url)).GET().build()).json();
        assertTrue(fetched.getString("resource").endsWith("/mcp"), fetched::toString);
    }

    // --- headers and operator endpoints ---

    @Test
    void thePageCarriesTheSecurityHeaders() {
        Api api = new Api(base);
        Api.Reply page = api.send(api.request("", null).header("Accept", "text/html").GET().build());
        assertEquals(200, page.status());
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"), policy);
        assertTrue(policy.contains("connect-src 'self' " + TestTokens.ISSUER), policy);
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("nosniff", api.get("/api/me", token).header("X-Content-Type-Options"));
    }

    @Test
    void metricsAreNotPublic() {
        Api api = new Api(base);
        for (String path : new String[] {"/metrics", "/metrics/base", "/metrics/vendor", "/metrics/application"}) {
            Api.Reply reply = api.send(api.request(path, null).header("Accept", "text/plain").GET().build());
            assertNotEquals(200, reply.status(), path + " -> " + reply);
            assertFalse(reply.body().contains("# TYPE") || reply.body().contains("heap"), path + " -> " + reply);
            assertEquals("forbidden", reply.json().getString("error"), path + " -> " + reply);
        }
    }

    // --- helpers ---

    private String post(String path, String lengthHeader) {
        String host = new RawHttp(base).hostHeader();
        String accept = path.equals("/mcp") ? "application/json, text/event-stream" : "application/json";
        return "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nAccept: " + accept
                + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n" + lengthHeader;
    }

    /** Streams {@code total} bytes of a JSON string in 8 KB chunks, stopping when the server stops listening. */
    private RawHttp.Reply chunked(String path, int total) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((post(path, "Transfer-Encoding: chunked") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    byte[] chunk = new byte[8192];
                    Arrays.fill(chunk, (byte) 'a');
                    chunk[0] = '"';
                    for (int sent = 0; sent < total; sent += chunk.length) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException closedByServer) {
                    // expected once the server has answered 413 and closed
                }
            });
            RawHttp.Reply reply = RawHttp.read(socket.getInputStream());
            writer.cancel(true);
            return reply;
        }
    }

    private RawHttp.Reply chunkedBody(String path, byte[] body) {
        String chunks = Integer.toHexString(body.length) + "\r\n" + new String(body, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n";
        return new RawHttp(base).send(post(path, "Transfer-Encoding: chunked"), chunks.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertTooLarge(RawHttp.Reply reply, String path) {
        assertEquals(413, reply.status(), path + " -> " + reply);
        JsonObject body = reply.json();
        assertEquals("too_large", body.getString("error"), reply::toString);
        assertEquals("body", body.getString("field"), reply::toString);
    }

    private void assertNothingStoredAndStillServing() {
        Api.Reply coaches = new Api(base).get("/api/coaches", token);
        assertEquals(200, coaches.status(), coaches::toString);
        assertFalse(coaches.body().contains("aaaaaaaa"), "an oversized body was stored");
    }
}
