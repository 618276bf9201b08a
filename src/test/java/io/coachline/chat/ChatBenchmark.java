package io.coachline.chat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

import io.coachline.chat.control.RouterCases;
import io.coachline.testsupport.OpenAiStandIn;

/**
 * Chat turns against a zero-latency OpenAI stand-in (run by bench/chat.sh, which starts the server pointed at
 * it): every router question as the demo athlete, a tool round then an answer, usage counted with o200k like
 * the real API. Prints the server's time per turn without the model's, prompt tokens per route and the cost per
 * query at the server's configured prices.
 *
 * Usage: BASE_URL STAND_IN_PORT [PASSES [SERVER_PID [WARM_UP_PASSES]]] (defaults 3, none, 4)
 */
public final class ChatBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Encoding O200K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    private static final String ANSWER = "Your form is slightly negative, which is normal in a build phase: fitness "
            + "has risen over the last week while fatigue is a little higher. Keep the next two days easy, then do "
            + "the planned threshold session. Your numbers are in line with the plan.";

    private ChatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        OpenAiStandIn model = new OpenAiStandIn(Integer.parseInt(args[1]));
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        serverPid = args.length > 3 ? args[3] : null;
        warmUpPasses = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        model.respondWith(ChatBenchmark::reply);
        try {
            run(base, model, passes);
        } finally {
            model.stop();
        }
    }

    private static String serverPid;
    private static int warmUpPasses;

    /**
     * The server process's CPU time so far (user + system, ms), from /proc; -1 without a pid. CPU time does not grow
     * while other processes hold the cores, so it is the figure that survives this shared machine's load.
     */
    private static long serverCpuMs() throws java.io.IOException {
        if (serverPid == null) {
            return -1;
        }
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", serverPid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime, stime in 100 Hz ticks
    }

    /**
     * CPU time so far (ms) of the server's JIT compiler threads: while it still grows, the server is not yet at steady
     * state and the JIT competes with the turns for this machine's two cores.
     */
    private static long compilerCpuMs() throws java.io.IOException {
        if (serverPid == null) {
            return -1;
        }
        long total = 0;
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", serverPid, "task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm"));
                    if (name.startsWith("C2 Compiler") || name.startsWith("C1 Compiler")) {
                        String stat = java.nio.file.Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
                    }
                } catch (java.io.IOException gone) {
                    // the thread ended between listing and reading
                }
            }
        }
        return total;
    }

    private static void run(URI base, OpenAiStandIn model, int passes) throws Exception {
        long cpuMs = 0;
        long compilerMs = 0;
        String token = token(base);
        String conversation;
        List<Double> serverMs = new ArrayList<>();
        List<Double> withoutToolsMs = new ArrayList<>();
        List<Double> modelMs = new ArrayList<>();
        List<Long> simpleTokens = new ArrayList<>();
        List<Long> standardTokens = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        for (int pass = -warmUpPasses; pass < passes; pass++) { // negative passes warm up
            for (RouterCases.Case c : RouterCases.ALL) {
                conversation = json(send(base.resolve("api/chat/conversations"), token, "{}")).getString("id");
                long modelBefore = model.handlingNanos();
                long cpuBefore = serverCpuMs();
                long compilerBefore = compilerCpuMs();
                long started = System.nanoTime();
                JsonObject answer = json(send(base.resolve("api/chat/conversations/" + conversation + "/messages"), token,
                        Json.createObjectBuilder().add("content", c.question()).build().toString()));
                long turn = System.nanoTime() - started;
                long cpuTurn = serverCpuMs() - cpuBefore;
                long compilerTurn = compilerCpuMs() - compilerBefore;
                long modelTime = model.handlingNanos() - modelBefore;
                if (pass < 0) {
                    continue;
                }
                cpuMs += cpuTurn;
                compilerMs += compilerTurn;
                serverMs.add((turn - modelTime) / 1e6);
                modelMs.add(modelTime / 1e6);
                // The analytics tool's own time, as the REST endpoint takes it right after: the chat's overhead is the rest.
                String tool = answer.getJsonArray("tools_called").getString(0);
                long toolStarted = System.nanoTime();
                get(base.resolve("api/analytics/" + tool), token);
                withoutToolsMs.add((turn - modelTime - (System.nanoTime() - toolStarted)) / 1e6);
                long prompt = answer.getJsonObject("usage").getJsonNumber("prompt_tokens").longValue();
                ("simple".equals(answer.getString("route")) ? simpleTokens : standardTokens).add(prompt);
                if (pass == 0) {
                    costs.add(answer.getJsonNumber("cost_usd").doubleValue());
                }
            }
        }
        System.out.printf(Locale.ROOT, "chat turns: %d (%d questions x %d passes, after %d warm-up passes)%n",
                serverMs.size(), RouterCases.ALL.size(), passes, warmUpPasses);
        System.out.printf(Locale.ROOT, "server time per turn without the model: p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                pct(serverMs, 0.5), pct(serverMs, 0.9), pct(serverMs, 1.0));
        System.out.printf(Locale.ROOT, "  (subtracted: the stand-in's own time per turn, p50 %.1f ms)%n", pct(modelMs, 0.5));
        System.out.printf(Locale.ROOT, "  of which the chat itself (minus the analytics tool's time over REST): p50 %.1f ms, p90 %.1f ms%n",
                pct(withoutToolsMs, 0.5), pct(withoutToolsMs, 0.9));
        if (serverPid != null) {
            System.out.printf(Locale.ROOT, "server CPU time per turn (all threads, mean over the measured turns): %.1f ms%n",
                    (double) cpuMs / serverMs.size());
            System.out.printf(Locale.ROOT, "  of which the JIT compiler threads: %.1f ms (compiling, not serving; it falls towards 0 as the server reaches steady state)%n",
                    (double) compilerMs / serverMs.size());
        }
        System.out.printf(Locale.ROOT, "prompt tokens per query (all rounds): simple median %.0f (max %.0f), standard median "
                + "%.0f (max %.0f)%n", pct(asDouble(simpleTokens), 0.5), pct(asDouble(simpleTokens), 1.0),
                pct(asDouble(standardTokens), 0.5), pct(asDouble(standardTokens), 1.0));
        System.out.printf(Locale.ROOT, "cost per query at the configured prices: median $%.6f, p90 $%.6f, max $%.6f, total $%.4f "
                + "for %d queries%n", pct(costs, 0.5), pct(costs, 0.9), pct(costs, 1.0),
                costs.stream().mapToDouble(Double::doubleValue).sum(), costs.size());
    }

    /** A tool round when tools are offered and none has run yet (the first offered, or two for a broad question), then an answer. */
    private static String reply(JsonObject request) {
        JsonArray messages = request.getJsonArray("messages");
        long prompt = O200K.countTokensOrdinary(request.toString());
        boolean toolsRan = messages.stream().anyMatch(m -> "tool".equals(m.asJsonObject().getString("role", "")));
        JsonArray tools = request.getJsonArray("tools");
        if (toolsRan || tools == null || tools.isEmpty()) {
            return OpenAiStandIn.answer(ANSWER, prompt, O200K.countTokensOrdinary(ANSWER));
        }
        String first = tools.getJsonObject(0).getJsonObject("function").getString("name");
        String tool = tools.size() == 1 ? first : "get_training_load";
        return OpenAiStandIn.toolCall("call_bench", tool, "{}", prompt, 12);
    }

    private static double pct(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static List<Double> asDouble(List<Long> values) {
        return values.stream().map(Long::doubleValue).toList();
    }

    private static String token(URI base) throws Exception {
        String body = send(base.resolve("dev/token"), null, "{\"user\":\"demo-athlete\"}");
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token: " + body);
        }
        return m.group(1);
    }

    private static String send(URI uri, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(uri + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static void get(URI uri, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " -> " + response.statusCode());
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
