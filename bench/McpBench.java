import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MCP throughput against the server's own floor (JDK only, run as a single source file by bench/mcp.sh):
 * a user with 20 own and 30 system coaches; CONNECTIONS concurrent clients call tools/call list_coaches,
 * and the same number call the bare authenticated echo endpoint, in alternating rounds within one run,
 * so both see the same machine. Prints throughput, p50, p99, failures and the MCP/echo ratio.
 *
 * Usage: java McpBench.java BASE_URL CONNECTIONS WARMUP_SECONDS ROUND_SECONDS ROUNDS
 */
public class McpBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    /** {@code serverCpuMs}: the server process's CPU time (all threads) during the run, -1 without its pid. */
    record Result(long requests, long failures, double seconds, long[] nanos, long serverCpuMs) {
        double throughput() {
            return requests / seconds;
        }

        double cpuPerRequestMs() {
            return serverCpuMs < 0 ? Double.NaN : (double) serverCpuMs / requests;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int connections = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int roundSeconds = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        serverPid = args.length > 5 ? args[5] : null;

        String admin = token(base, "{\"sub\":\"mcp-admin\",\"tenant\":\"mcp-bench\",\"roles\":[\"user\",\"admin\"]}");
        String user = token(base, "{\"sub\":\"mcp-user\",\"tenant\":\"mcp-bench\",\"roles\":[\"user\"]}");
        for (int i = 0; i < 30; i++) {
            send(base.resolve("api/admin/coaches"), admin, "{\"title\":\"System coach " + i + "\",\"system_prompt\":\"You are "
                    + "system coach " + i + " for runners.\",\"category\":\"training\",\"tags\":[\"bench\"],\"visibility\":\"tenant\"}", 201);
        }
        for (int i = 0; i < 20; i++) {
            send(base.resolve("api/coaches"), user, "{\"title\":\"My coach " + i + "\",\"system_prompt\":\"You are my "
                    + "private coach number " + i + ".\",\"category\":\"custom\"}", 201);
        }
        String session = initialize(base, user);
        String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"list_coaches\",\"arguments\":{\"limit\":50}}}";
        HttpRequest mcp = HttpRequest.newBuilder(base.resolve("mcp")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + user).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25")
                .POST(HttpRequest.BodyPublishers.ofString(call)).build();
        String listed = HTTP.send(mcp, HttpResponse.BodyHandlers.ofString()).body();
        // "title": appears once per coach in structuredContent (the text copy has it escaped)
        int coaches = listed.split("\"title\":", -1).length - 1;
        System.out.printf("list_coaches response: %d bytes (structuredContent and the same JSON as a text block)%n",
                listed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        HttpRequest echo = HttpRequest.newBuilder(base.resolve("api/echo")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(call)).build();
        System.out.printf("setup: list_coaches returns %d coaches (20 own + %d system incl. demo); %d connections%n",
                coaches, coaches - 20, connections);

        run(echo, connections, warmup);
        run(mcp, connections, warmup);
        List<Result> echoes = new ArrayList<>();
        List<Result> mcps = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            echoes.add(run(echo, connections, roundSeconds));
            mcps.add(run(mcp, connections, roundSeconds));
            System.out.printf("round %d: echo %.0f req/s, list_coaches %.0f req/s%n", r + 1,
                    echoes.get(r).throughput(), mcps.get(r).throughput());
        }
        Result e = merge(echoes);
        Result m = merge(mcps);
        System.out.printf("%-28s %10s %9s %9s %9s%n", "endpoint", "req/s", "p50 ms", "p99 ms", "failed");
        print("POST /api/echo", e);
        print("MCP tools/call list_coaches", m);
        System.out.printf("ratio list_coaches/echo throughput: %.0f %% (target >= 60 %%), p99 %.1f ms (target <= 50 ms)%n",
                100 * m.throughput() / e.throughput(), m.percentileMs(0.99));
        if (serverPid != null) {
            // The load generator shares the two cores and reads ~50 times more bytes per list_coaches answer; the
            // server's own CPU per request says what each call costs the server, whatever else runs.
            System.out.printf("server CPU per request: echo %.2f ms, list_coaches %.2f ms; echo/list_coaches = %.0f %%%n",
                    e.cpuPerRequestMs(), m.cpuPerRequestMs(), 100 * e.cpuPerRequestMs() / m.cpuPerRequestMs());
        }
    }

    private static void print(String name, Result r) {
        System.out.printf("%-28s %10.0f %9.2f %9.2f %9d%n", name, r.throughput(), r.percentileMs(0.50), r.percentileMs(0.99), r.failures());
    }

    private static Result merge(List<Result> results) {
        long requests = 0;
        long failures = 0;
        double seconds = 0;
        List<long[]> all = new ArrayList<>();
        for (Result r : results) {
            requests += r.requests();
            failures += r.failures();
            seconds += r.seconds();
            all.add(r.nanos());
        }
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long cpu = results.stream().mapToLong(Result::serverCpuMs).sum();
        return new Result(requests, failures, seconds, nanos, results.get(0).serverCpuMs() < 0 ? -1 : cpu);
    }

    /** CONNECTIONS threads send the request back to back for SECONDS; every loop ends by time. */
    private static Result run(HttpRequest request, int connections, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failures = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        long cpuBefore = serverCpuMs();
        for (int t = 0; t < connections; t++) {
            long[][] holder = new long[1][];
            perThread.add(null);
            int index = t;
            Thread thread = new Thread(() -> {
                long[] samples = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"isError\":true")) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception ex) {
                        failures.incrementAndGet();
                    }
                    if (n == samples.length) {
                        samples = Arrays.copyOf(samples, n * 2);
                    }
                    samples[n++] = System.nanoTime() - start;
                }
                holder[0] = Arrays.copyOf(samples, n);
                synchronized (perThread) {
                    perThread.set(index, holder[0]);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpu = serverPid == null ? -1 : serverCpuMs() - cpuBefore;
        long[] nanos = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(nanos.length, failures.get(), elapsed, nanos, cpu);
    }

    private static String serverPid;

    /** The server process's CPU time so far (user + system, ms) from /proc; -1 without a pid. */
    private static long serverCpuMs() {
        if (serverPid == null) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", serverPid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime, stime in 100 Hz ticks
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String initialize(URI base, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("mcp"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
                        + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("MCP-Session-Id").orElseThrow(() -> new IllegalStateException(response.body()));
    }

    private static String token(URI base, String identity) throws Exception {
        String body = send(base.resolve("dev/token"), null, identity, 200);
        Matcher matcher = TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no token: " + body);
        }
        return matcher.group(1);
    }

    private static String send(URI uri, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(uri + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
