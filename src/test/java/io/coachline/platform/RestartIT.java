package io.coachline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Db;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.Migrations;

/**
 * Two real starts of Payara Micro on the same database file, configured the way an operator does it
 * (system properties): the second start applies nothing twice, neither migrations nor demo data.
 */
class RestartIT {

    @Test
    void secondStartOnSameFileAppliesNothing() throws Exception {
        Path data = Deployments.freshDataDir("restart");
        List<String> shipped = Migrations.shipped();

        assertEquals(shipped.size(), startAndReadAppliedAtStart(data));
        assertEquals(shipped, Migrations.applied(data));
        assertEquals(6, demoCoaches(data));

        assertEquals(0, startAndReadAppliedAtStart(data));
        assertEquals(shipped, Migrations.applied(data), "each migration exactly once");
        assertEquals(6, demoCoaches(data), "the starter coaches exactly once");
    }

    private static long demoCoaches(Path data) {
        return new Db(data).count("SELECT COUNT(*) FROM coaches c JOIN tenants t ON t.id = c.tenant_id "
                + "WHERE t.external_id = 'demo' AND c.is_system = 1");
    }

    private static int startAndReadAppliedAtStart(Path data) throws Exception {
        int port = freePort();
        Files.createDirectories(Path.of(System.getProperty("coachline.it.dir", "target/it")));
        Path log = Path.of(System.getProperty("coachline.it.dir", "target/it"), "restart-" + port + ".log");
        Process server = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC",
                "-Dcoachline.db.path=" + data.resolve("coachline.db"),
                "-Dcoachline.demo-data=true",
                "-jar", System.getProperty("coachline.payara.jar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("coachline.war", "target/coachline.war"),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Api api = new Api(new URL("http://localhost:" + port + "/"));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (true) {
                try {
                    return Migrations.appliedAtStart(Migrations.readyDatabaseCheck(api));
                } catch (AssertionError | IllegalStateException notYet) {
                    if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                        throw new AssertionError("server did not become ready; see " + log, notYet);
                    }
                    Thread.sleep(500);
                }
            }
        } finally {
            server.destroy();
            if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
