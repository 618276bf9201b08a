import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the coach API (JDK only, run as a single source file by bench/coaches.sh): N clients,
 * each a user with tokens from the development issuer, send a fixed mix of reads and writes for a warm-up
 * and then a measured period, and the totals are printed. Loopback only; every loop ends by time.
 *
 * Usage: java CoachesBench.java BASE_URL CLIENTS WARMUP_SECONDS MEASURE_SECONDS [MIX [SERVER_PID]]
 * MIX: mixed (default, half reads, half writes), writes (only the write operations), or me (GET /api/me
 * only: what authentication and the server's request handling cost without any coach operation), or
 * only:OPERATION (one operation of the mix, e.g. only:get).
 * SERVER_PID: the server's process id; with it the server's CPU time per measured request is printed, the figure
 * that holds whatever else runs on the machine (latency and throughput do not).
 */
public class CoachesBench {

    // Picked uniformly, so the mixed run is half reads, half writes (usage, as the chat calls it, the most frequent).
    private static final String[] MIXED = {
            "list", "list", "list", "get", "get", "get", "search", "search", "active", "active",
            "activate", "activate", "favorite", "favorite", "usage", "usage", "usage", "update", "create", "delete"};
    private static final String[] WRITES = {
            "activate", "activate", "favorite", "favorite", "usage", "usage", "usage", "update", "create", "delete"};
    private static final java.util.Set<String> READS = java.util.Set.of("list", "get", "search", "active", "me");
    private static String[] ops = MIXED;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Sample(String op, boolean write, long nanos, boolean ok) {
    }

    static URI base;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java CoachesBench.java BASE_URL CLIENTS WARMUP_SECONDS MEASURE_SECONDS [mixed|writes|me [SERVER_PID]]");
            System.exit(2);
        }
        base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int clients = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        String mix = args.length > 4 ? args[4] : "mixed";
        serverPid = args.length > 5 ? args[5] : null;
        ops = switch (mix) {
            case "mixed" -> MIXED;
            case "writes" -> WRITES;
            case "me" -> new String[]{"me"};
            default -> {
                if (!mix.startsWith("only:")) {
                    throw new IllegalArgumentException("MIX must be mixed, writes, me or only:<operation>: " + mix);
                }
                yield new String[]{mix.substring(5)};
            }
        };

        String admin = token("{\"sub\":\"bench-admin\",\"tenant\":\"bench\",\"roles\":[\"user\",\"admin\"]}");
        List<String> systemCoaches = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            systemCoaches.add(id(send("POST", "api/admin/coaches", admin,
                    "{\"title\":\"Bench system coach " + i + "\",\"system_prompt\":\"You are a helpful running coach number " + i
                            + ".\",\"category\":\"training\",\"tags\":[\"bench\",\"tempo\"]}", 201)));
        }
        List<Client> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            all.add(new Client(c, systemCoaches));
        }
        System.out.printf("setup: %d clients, each with 5 own coaches, 5 system coaches in the tenant%n", clients);

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + measure * 1_000_000_000L;
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (Client client : all) {
            Thread thread = new Thread(() -> {
                try {
                    client.run(measureFrom, end, samples, failures);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + client.number);
            thread.start();
        }
        // The measured requests are those started after the warm-up; the last of them ends when every client has.
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        long cpuBefore = serverCpuMs();
        done.await();
        long serverCpu = serverPid == null ? -1 : serverCpuMs() - cpuBefore;
        System.out.println("mix: " + mix);
        report(new ArrayList<>(samples), failures, measure, clients, warmup, serverCpu);
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

    static final class Client {
        final int number;
        final String token;
        final List<String> own = new ArrayList<>();
        final List<String> visible = new ArrayList<>();
        final Random random;

        Client(int number, List<String> systemCoaches) throws Exception {
            this.number = number;
            this.random = new Random(number);
            this.token = token("{\"sub\":\"bench-user-" + number + "\",\"tenant\":\"bench\",\"roles\":[\"user\"]}");
            for (int i = 0; i < 5; i++) {
                own.add(id(send("POST", "api/coaches", token, coachBody(i), 201)));
            }
            visible.addAll(own);
            visible.addAll(systemCoaches);
        }

        String coachBody(int i) {
            return "{\"title\":\"Bench coach " + number + "-" + i + "\",\"system_prompt\":\"You are a concise coach. Answer in three sentences.\","
                    + "\"description\":\"benchmark coach\",\"category\":\"custom\",\"tags\":[\"bench\"]}";
        }

        void run(long measureFrom, long end, ConcurrentLinkedQueue<Sample> samples, ConcurrentLinkedQueue<String> failures) {
            int created = 0;
            for (long n = 0; n < 10_000_000 && System.nanoTime() < end; n++) {
                String op = ops[random.nextInt(ops.length)];
                if (op.equals("delete") && own.size() <= 5) {
                    op = "create";  // keep the five starting coaches; delete only what the run created
                }
                String coach = visible.get(random.nextInt(visible.size()));
                String mine = own.get(random.nextInt(own.size()));
                long t0 = System.nanoTime();
                boolean ok;
                String detail = "";
                try {
                    HttpResponse<String> response = switch (op) {
                        case "me" -> raw("GET", "api/me", token, null);
                        case "list" -> raw("GET", "api/coaches?limit=20", token, null);
                        case "get" -> raw("GET", "api/coaches/" + coach, token, null);
                        case "search" -> raw("GET", "api/coaches/search?query=tempo", token, null);
                        case "active" -> raw("GET", "api/coaches/active", token, null);
                        case "activate" -> raw("POST", "api/coaches/" + coach + "/activate", token, null);
                        case "favorite" -> raw("POST", "api/coaches/" + coach + "/favorite", token, null);
                        case "usage" -> raw("POST", "api/coaches/" + coach + "/usage", token, null);
                        case "update" -> raw("PATCH", "api/coaches/" + mine, token, "{\"description\":\"updated " + n + "\"}");
                        case "create" -> raw("POST", "api/coaches", token, coachBody(100 + created++));
                        case "delete" -> raw("DELETE", "api/coaches/" + own.get(own.size() - 1), token, null);
                        default -> throw new IllegalStateException(op);
                    };
                    ok = response.statusCode() / 100 == 2;
                    detail = response.statusCode() + " " + response.body();
                    if (ok && op.equals("create")) {
                        String id = id(response.body());
                        own.add(id);
                        visible.add(id);
                    } else if (ok && op.equals("delete")) {
                        visible.remove(own.remove(own.size() - 1));
                    }
                } catch (Exception e) {
                    ok = false;
                    detail = e.toString();
                }
                long t1 = System.nanoTime();
                if (t0 >= measureFrom) {
                    boolean write = !READS.contains(op);
                    samples.add(new Sample(op, write, t1 - t0, ok));
                    if (!ok && failures.size() < 20) {
                        failures.add(op + ": " + detail.substring(0, Math.min(300, detail.length())));
                    }
                }
            }
        }
    }

    static void report(List<Sample> samples, ConcurrentLinkedQueue<String> failures, int seconds, int clients, int warmup,
                       long serverCpuMs) {
        long writes = samples.stream().filter(Sample::write).count();
        long failed = samples.stream().filter(s -> !s.ok()).count();
        System.out.printf("%nclients %d, warm-up %d s, measured %d s, %d cores%n", clients, warmup, seconds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("requests   %8d  %8.1f/s%n", samples.size(), samples.size() / (double) seconds);
        System.out.printf("writes     %8d  %8.1f/s%n", writes, writes / (double) seconds);
        System.out.printf("reads      %8d  %8.1f/s%n", samples.size() - writes, (samples.size() - writes) / (double) seconds);
        System.out.printf("failed     %8d%n", failed);
        if (serverCpuMs >= 0 && !samples.isEmpty()) {
            System.out.printf("server CPU %8d ms  %8.3f ms per request%n", serverCpuMs, serverCpuMs / (double) samples.size());
        }
        try {
            String[] load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            System.out.println("load after the run: " + load[0] + " " + load[1] + " " + load[2]);
        } catch (java.io.IOException e) {
            System.out.println("load after the run: unknown (" + e.getMessage() + ")");
        }
        System.out.printf("latency ms  p50 %6.1f  p99 %6.1f  (all)%n", pct(samples, 50, null), pct(samples, 99, null));
        System.out.printf("latency ms  p50 %6.1f  p99 %6.1f  (writes)%n", pct(samples, 50, true), pct(samples, 99, true));
        System.out.printf("latency ms  p50 %6.1f  p99 %6.1f  (reads)%n", pct(samples, 50, false), pct(samples, 99, false));
        for (String op : new String[]{"me", "list", "get", "search", "active", "activate", "favorite", "usage", "update", "create", "delete"}) {
            List<Sample> of = samples.stream().filter(s -> s.op().equals(op)).toList();
            if (of.isEmpty()) {
                continue;
            }
            System.out.printf("  %-9s %7d  p50 %6.1f  p99 %6.1f ms%n", op, of.size(), pct(of, 50, null), pct(of, 99, null));
        }
        failures.forEach(f -> System.out.println("failure: " + f));
        System.out.printf("%n%d passed, %d failed%n", samples.size() - failed, failed);
        if (failed > 0) {
            System.exit(1);
        }
    }

    static double pct(List<Sample> samples, int percentile, Boolean write) {
        long[] nanos = samples.stream().filter(s -> write == null || s.write() == write).mapToLong(Sample::nanos).toArray();
        if (nanos.length == 0) {
            return 0;
        }
        Arrays.sort(nanos);
        int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, index)] / 1e6;
    }

    static String token(String identity) throws Exception {
        Matcher m = TOKEN.matcher(send("POST", "dev/token", null, identity, 200));
        if (!m.find()) {
            throw new IllegalStateException("no token");
        }
        return m.group(1);
    }

    static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    static String send(String method, String path, String token, String body, int expected) throws Exception {
        HttpResponse<String> response = raw(method, path, token, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static HttpResponse<String> raw(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
