package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/**
 * Issue #12's hostile uploads against a real Payara Micro started with a 256 MiB heap (as RestartIT starts one):
 * the 10^12 m TCX, the pole-jumping GPX, three 8 x 64 MiB zip bombs and a 64 MB .gpx.gz, all at once. Meanwhile
 * another tenant's GET /api/me must keep answering 200 promptly, and the server log must show no OutOfMemoryError.
 * The import slots are opened wide so that all six run at the same time: streaming, not refusal, keeps the heap.
 */
class ImportHeapIT {

    private static final Duration PROMPT = Duration.ofSeconds(5);
    private static final String IMPORT = "api/activities/import";

    @Test
    void hostileUploadsInParallelLeaveOtherTenantsServedAndTheHeapIntact() throws Exception {
        Path data = Deployments.freshDataDir("import-heap");
        Files.createDirectories(data);
        Path log = data.resolve("payara.log");
        int port = freePort();
        Process server = start(data, log, port);
        ExecutorService attackers = Executors.newFixedThreadPool(7);
        try {
            Map<String, byte[]> files = Map.of(
                    "far.tcx", HostileFiles.tcxOfATrillionMetres(),
                    "poles.gpx", HostileFiles.gpxJumpingBetweenThePoles(200),
                    "big.gpx.gz", HostileFiles.gzippedGpx(64_000_000),
                    "bomb.zip", HostileFiles.zipBomb(8, 64 * HostileFiles.MIB - 128 * 1024));
            Api api = new Api(new URL("http://localhost:" + port + "/"));
            String victim = TestTokens.user("heap-victim", "vera");
            awaitReady(api, victim, server, log);

            AtomicBoolean attacking = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> victimProblems = new ConcurrentLinkedQueue<>();
            List<Duration> victimLatencies = new ArrayList<>();
            Future<?> watcher = attackers.submit(() -> watch(api, victim, attacking, victimProblems, victimLatencies));

            List<Future<String>> uploads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String token = TestTokens.user("heap-attacker", "bomber-" + i);
                uploads.add(attackers.submit(() -> attack(api, token, "bomb.zip", files.get("bomb.zip"))));
            }
            for (String name : List.of("big.gpx.gz", "far.tcx", "poles.gpx")) {
                String token = TestTokens.user("heap-attacker", "sender-" + name);
                uploads.add(attackers.submit(() -> attack(api, token, name, files.get(name))));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> upload : uploads) {
                outcomes.add(upload.get(3, TimeUnit.MINUTES));
            }
            attacking.set(false);
            watcher.get(1, TimeUnit.MINUTES);

            // With every upload admitted at once, each was really parsed: the zips walked, the others refused.
            assertEquals(3, outcomes.stream().filter(o -> o.equals("bomb.zip 202 done failed=8")).count(),
                    outcomes::toString);
            assertTrue(outcomes.containsAll(List.of("big.gpx.gz 400", "far.tcx 400", "poles.gpx 400")),
                    outcomes::toString);
            assertTrue(server.isAlive(), "the server survived; see " + log);
            assertTrue(victimProblems.isEmpty(), "the other tenant was served promptly: " + victimProblems);
            assertTrue(victimLatencies.size() >= 5, "the other tenant was asked often: " + victimLatencies.size());
            String output = Files.readString(log);
            assertFalse(output.contains("OutOfMemoryError"), "no OutOfMemoryError in " + log);
            assertEquals(200, api.get("api/me", victim).status());
        } finally {
            attackers.shutdownNow();
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** One upload; a zip accepted for the background is followed until its job ends. */
    private static String attack(Api api, String token, String name, byte[] content) throws InterruptedException {
        Api.Reply reply = api.upload(IMPORT, token, "file", name, content);
        if (reply.status() != 202) {
            return name + " " + reply.status();
        }
        String id = reply.json().getString("id");
        for (int i = 0; i < 1500; i++) {
            JsonObject job = api.get("api/imports/" + id, token).json();
            if (!Set.of("queued", "running").contains(job.getString("status"))) {
                return name + " 202 " + job.getString("status") + " failed=" + job.getInt("failed");
            }
            Thread.sleep(200);
        }
        return name + " 202 never finished";
    }

    private static void watch(Api api, String token, AtomicBoolean attacking, ConcurrentLinkedQueue<String> problems,
                              List<Duration> latencies) {
        while (attacking.get()) {
            Instant sent = Instant.now();
            int status;
            try {
                status = api.get("api/me", token).status();
            } catch (RuntimeException e) {
                status = -1;
            }
            Duration took = Duration.between(sent, Instant.now());
            synchronized (latencies) {
                latencies.add(took);
            }
            if (status != 200 || took.compareTo(PROMPT) > 0) {
                problems.add(status + " after " + took.toMillis() + " ms");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Process start(Path data, Path log, int port) throws IOException {
        Map<String, String> config = new java.util.LinkedHashMap<>(Deployments.config(data));
        // Admit all six uploads at once (the default admits two): the heap must hold with the slots wide open.
        config.put("coachline.import.max-concurrent", "6");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", System.getProperty("coachline.payara.jar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("coachline.war", "target/coachline.war"),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(Api api, String token, Process server, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            try {
                if (api.get("api/me", token).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("server did not become ready; see " + log);
            }
            Thread.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
