package io.coachline.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI Chat Completions stand-in over real HTTP on a free loopback port: answers a script of replies in
 * order (then a plain answer) and keeps every request it got, with its headers, for the test to check.
 */
public final class OpenAiStandIn {

    /**
     * A scripted reply: status, headers, body, how long to wait before answering, and, when the request asked for a
     * stream, how long to wait between its chunks (0: all at once) and after how many chunks the stream breaks off
     * (-1: never).
     */
    public record Reply(int status, Map<String, String> headers, String body, long delayMillis, long chunkDelayMillis,
                        int breakAfterChunks) {
        public Reply(int status, Map<String, String> headers, String body, long delayMillis) {
            this(status, headers, body, delayMillis, 0, -1);
        }

        /** This reply, streamed one chunk every {@code millis} when the request asks for a stream. */
        public Reply slowly(long millis) {
            return new Reply(status, headers, body, delayMillis, millis, breakAfterChunks);
        }

        /** This reply's stream, cut off after {@code chunks} chunks without [DONE], as a dropped connection does. */
        public Reply breakingAfter(int chunks) {
            return new Reply(status, headers, body, delayMillis, chunkDelayMillis, chunks);
        }
    }

    /** A request as received. */
    public record Request(String path, Map<String, List<String>> headers, JsonObject body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private volatile Function<JsonObject, String> responder;
    private final AtomicLong handlingNanos = new AtomicLong();

    public OpenAiStandIn() {
        this(0);
    }

    /** On a given loopback port (0: any free one). */
    public OpenAiStandIn(int port) {
        // Without TCP_NODELAY the JDK server writes headers and body apart and the client's delayed ACK adds
        // ~40 ms to a response: measured as "server time" it would be the stand-in's, not Coachline's.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized void script(Reply... replies) {
        script.clear();
        requests.clear();
        script.addAll(List.of(replies));
    }

    /** Answers every request from its body once the script is used up, and stops keeping requests (benchmarks). */
    public void respondWith(Function<JsonObject, String> responder) {
        this.responder = responder;
    }

    /** Time spent inside the stand-in so far: the "model time" a benchmark subtracts. */
    public long handlingNanos() {
        return handlingNanos.get();
    }

    public void stop() {
        server.stop(0);
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try {
            respond(exchange);
        } finally {
            handlingNanos.addAndGet(System.nanoTime() - started);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Reply reply;
        synchronized (this) {
            JsonObject body;
            try (var reader = Json.createReader(new StringReader(text))) {
                body = reader.readObject();
            } catch (RuntimeException e) {
                body = Json.createObjectBuilder().add("unparseable", text).build();
            }
            Function<JsonObject, String> auto = responder;
            if (auto == null) {
                requests.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            }
            reply = !script.isEmpty() ? script.poll() : auto != null ? ok(auto.apply(body))
                    : new Reply(200, Map.of(), answer("(no script) fine", 10, 5), 0);
        }
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean stream = reply.status() == 200 && streamed(text);
        if (stream && (reply.chunkDelayMillis() > 0 || reply.breakAfterChunks() >= 0)) {
            trickle(exchange, reply);
            return;
        }
        byte[] bytes = (stream ? chunks(reply.body()) : reply.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", stream ? "text/event-stream" : "application/json");
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /** The stream chunk by chunk with a pause between them, as a model writing a long answer sends it. */
    private static void trickle(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(200, 0);
        try (var out = exchange.getResponseBody()) {
            String[] chunks = chunks(reply.body()).split("(?<=\n\n)");
            int count = reply.breakAfterChunks() >= 0 ? Math.min(reply.breakAfterChunks(), chunks.length) : chunks.length;
            for (int i = 0; i < count; i++) {
                out.write(chunks[i].getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(reply.chunkDelayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } catch (IOException e) {
            // the server under test hung up: nothing more to send
        }
        exchange.close();
    }

    private static boolean streamed(String request) {
        try (var reader = Json.createReader(new StringReader(request))) {
            JsonObject body = reader.readObject();
            return body.getBoolean("stream", false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A scripted completion as OpenAI streams it when asked to: the role, the text word by word, each tool call's id
     * and name and then its arguments in two pieces, the finish reason, the usage in a last chunk, then [DONE].
     */
    static String chunks(String completion) {
        JsonObject whole;
        try (var reader = Json.createReader(new StringReader(completion))) {
            whole = reader.readObject();
        }
        JsonObject choice = whole.getJsonArray("choices").getJsonObject(0);
        JsonObject message = choice.getJsonObject("message");
        List<JsonObject> deltas = new ArrayList<>();
        deltas.add(Json.createObjectBuilder().add("role", "assistant").add("content", "").build());
        if (message.get("content") instanceof JsonString content) {
            for (String word : content.getString().split("(?<= )")) {
                deltas.add(Json.createObjectBuilder().add("content", word).build());
            }
        }
        if (message.get("tool_calls") instanceof JsonArray calls) {
            for (int i = 0; i < calls.size(); i++) {
                JsonObject call = calls.getJsonObject(i);
                JsonObject function = call.getJsonObject("function");
                String arguments = function.getString("arguments");
                deltas.add(toolDelta(Json.createObjectBuilder().add("index", i).add("id", call.getString("id"))
                        .add("type", "function").add("function", Json.createObjectBuilder()
                                .add("name", function.getString("name")).add("arguments", ""))));
                for (String half : List.of(arguments.substring(0, arguments.length() / 2),
                        arguments.substring(arguments.length() / 2))) {
                    deltas.add(toolDelta(Json.createObjectBuilder().add("index", i)
                            .add("function", Json.createObjectBuilder().add("arguments", half))));
                }
            }
        }
        StringBuilder sse = new StringBuilder();
        for (JsonObject delta : deltas) {
            sse.append(chunk(Json.createObjectBuilder().add("index", 0).add("delta", delta).addNull("finish_reason")));
        }
        sse.append(chunk(Json.createObjectBuilder().add("index", 0).add("delta", JsonObject.EMPTY_JSON_OBJECT)
                .add("finish_reason", choice.getString("finish_reason"))));
        sse.append("data: ").append(Json.createObjectBuilder().add("id", "chatcmpl-test")
                .add("object", "chat.completion.chunk").add("model", "stand-in")
                .add("choices", JsonValue.EMPTY_JSON_ARRAY).add("usage", whole.getJsonObject("usage")).build()).append("\n\n");
        return sse.append("data: [DONE]\n\n").toString();
    }

    private static JsonObject toolDelta(jakarta.json.JsonObjectBuilder call) {
        return Json.createObjectBuilder().add("tool_calls", Json.createArrayBuilder().add(call)).build();
    }

    private static String chunk(jakarta.json.JsonObjectBuilder choice) {
        return "data: " + Json.createObjectBuilder().add("id", "chatcmpl-test").add("object", "chat.completion.chunk")
                .add("created", 1_795_000_000).add("model", "stand-in")
                .add("choices", Json.createArrayBuilder().add(choice)).build() + "\n\n";
    }

    /** A final answer as OpenAI sends it, with usage. */
    public static String answer(String content, long promptTokens, long completionTokens) {
        return Json.createObjectBuilder().add("id", "chatcmpl-test").add("object", "chat.completion")
                .add("created", 1_795_000_000).add("model", "stand-in")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content)
                                .add("refusal", JsonObject.NULL))
                        .add("logprobs", JsonObject.NULL).add("finish_reason", "stop")))
                .add("usage", usage(promptTokens, completionTokens)).add("system_fingerprint", "fp_test").build().toString();
    }

    /** A round that asks for one tool call. */
    public static String toolCall(String callId, String tool, String arguments, long promptTokens, long completionTokens) {
        return Json.createObjectBuilder().add("id", "chatcmpl-test").add("object", "chat.completion")
                .add("created", 1_795_000_000).add("model", "stand-in")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", JsonObject.NULL)
                                .add("tool_calls", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("id", callId).add("type", "function")
                                        .add("function", Json.createObjectBuilder().add("name", tool)
                                                .add("arguments", arguments)))))
                        .add("finish_reason", "tool_calls")))
                .add("usage", usage(promptTokens, completionTokens)).build().toString();
    }

    private static JsonObject usage(long prompt, long completion) {
        return Json.createObjectBuilder().add("prompt_tokens", prompt).add("completion_tokens", completion)
                .add("total_tokens", prompt + completion)
                .add("prompt_tokens_details", Json.createObjectBuilder().add("cached_tokens", 0)).build();
    }

    public static Reply ok(String body) {
        return new Reply(200, Map.of(), body, 0);
    }
}
