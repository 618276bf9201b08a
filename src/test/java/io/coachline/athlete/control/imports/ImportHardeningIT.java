package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Db;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/**
 * Issue #12's import attacks over HTTP against the real WAR: each upload is the attacker's file, each assertion
 * what the fixed server must answer and store (heap behaviour under a small heap: {@link ImportHeapIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportHardeningIT {

    private static final Path DATA = Deployments.freshDataDir("import-hardening");
    private static final String IMPORT = "api/activities/import";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    private Api api() {
        return new Api(base);
    }

    private static long activities(String subject) {
        return new Db(DATA).count("SELECT COUNT(*) FROM activities a JOIN users u ON u.id = a.user_id WHERE u.subject = ?",
                subject);
    }

    private static long jobs(String subject) {
        return new Db(DATA).count("SELECT COUNT(*) FROM import_jobs j JOIN users u ON u.id = j.user_id WHERE u.subject = ?",
                subject);
    }

    /** A refused upload: the status, a JSON body naming `file` and the file, the reason; and nothing stored. */
    private JsonObject refused(String token, String subject, String name, byte[] content, int status, String reason) {
        long jobsBefore = jobs(subject);
        Instant sent = Instant.now();
        Api.Reply reply = api().upload(IMPORT, token, "file", name, content);
        assertEquals(status, reply.status(), name + " -> " + reply);
        assertTrue(Duration.between(sent, Instant.now()).toSeconds() < 15, name + " took too long");
        JsonObject body = reply.json();
        assertEquals("file", body.getString("field"), reply::toString);
        assertTrue(body.getString("message").contains(name), reply::toString);
        assertTrue(body.getString("message").contains(reason), reply::toString);
        assertEquals(jobsBefore, jobs(subject), "a refused upload creates no import job");
        return body;
    }

    @Test
    void finding1_aTrillionMetreTcxAndAPoleJumpingGpxAreRefusedAtOnce() {
        String token = TestTokens.user("hard-1", "far");
        byte[] tcx = HostileFiles.tcxOfATrillionMetres();
        assertTrue(tcx.length < 2000, "the attack file is small: " + tcx.length);

        refused(token, "far", "far.tcx", tcx, 400, "is physically impossible: 1000000000 km");
        refused(token, "far", "poles.gpx", HostileFiles.gpxJumpingBetweenThePoles(200), 400, "is physically impossible");

        assertEquals(0, activities("far"));
        assertEquals(200, api().get("api/me", token).status());
    }

    @Test
    void finding3_aZipOf511MibAndA64MbGpxGzAreStreamedAndAnsweredWithoutHoldingThem() throws Exception {
        String token = TestTokens.user("hard-3", "bomber");
        Set<Path> spooledBefore = spooled();
        byte[] gz = HostileFiles.gzippedGpx(64_000_000);
        refused(token, "bomber", "big.gpx.gz", gz, 400, "has more than 200000 track points");

        byte[] bomb = HostileFiles.zipBomb(8, 64 * HostileFiles.MIB - 128 * 1024);
        assertTrue(bomb.length < 7 * HostileFiles.MIB, "compressed " + bomb.length);
        Api.Reply reply = api().upload(IMPORT, token, "file", "bomb.zip", bomb);
        assertEquals(202, reply.status(), reply::toString);
        JsonObject job = poll(reply.json().getString("id"), token);
        assertEquals("done", job.getString("status"), job::toString);
        assertEquals(8, job.getInt("failed"), job::toString);
        job.getJsonArray("files").getValuesAs(JsonObject.class).forEach(f -> assertTrue(
                f.getString("reason").contains("is not a valid GPX file (it is not UTF-8 text"), f::toString));
        assertEquals(0, activities("bomber"));

        byte[] overTotal = HostileFiles.zipBomb(9, 64 * HostileFiles.MIB - 128 * 1024);
        refused(token, "bomber", "bigger.zip", overTotal, 400, "expands beyond the archive's total limit of 512 MiB");
        assertTrue(spoolFilesGoneWithin(spooledBefore, Duration.ofSeconds(10)), "spooled uploads and entries are deleted");
    }

    @Test
    void finding14_impossibleActivitiesAndRelativeFitTimesAreRefusedAndNeverReachPredictions() throws Exception {
        String token = TestTokens.user("hard-14", "flash");
        refused(token, "flash", "5k.gpx", HostileFiles.gpxOf5000MetresIn60Seconds(), 400,
                "5000 m in 60 s is faster than the 10.5 m/s no run averages");
        refused(token, "flash", "relative.fit",
                HostileFiles.fitWithRelativeTimestamps(Files.createTempDirectory("fit")), 400,
                "has timestamps relative to when the device was switched on");
        String csv = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
                + "1,\"Jan 5, 2024, 7:03:12 AM\",Sprint,Run,60,5\n"
                + "2,\"Jan 7, 2024, 8:00:00 AM\",Easy,Run,3600,10\n";
        JsonObject job = api().upload(IMPORT, token, "file", "activities.csv", csv.getBytes(StandardCharsets.UTF_8)).json();
        assertEquals("imported", job.getJsonArray("files").getJsonObject(0).getString("status"), job::toString);
        assertEquals(1, activities("flash"));
        assertEquals(0, new Db(DATA).count("SELECT COUNT(*) FROM activities a JOIN users u ON u.id = a.user_id "
                + "WHERE u.subject = 'flash' AND a.distance_m / a.moving_s > 10.5"));

        // The 60 s "5K" would have predicted a 5K in about a minute; what is left predicts only humanly.
        JsonObject predictions = api().get("api/analytics/get_race_predictions", token).json();
        predictions.getJsonArray("predictions").getValuesAs(JsonObject.class).forEach(p -> assertTrue(
                p.getJsonNumber("vdot_seconds").doubleValue() > p.getJsonNumber("distance_meters").doubleValue() / 10.5,
                predictions::toString));
        predictions.getJsonArray("races").getValuesAs(JsonObject.class).forEach(r -> assertTrue(
                r.getJsonNumber("seconds").doubleValue() > 600, predictions::toString));
    }

    @Test
    void finding25_aReExportDifferingInOneByteIsADuplicate() {
        String token = TestTokens.user("hard-25", "twice");
        byte[] gpx = ActivityFixtures.gpx(ActivityFixtures.steadyRun(1200, 3.2, 140, 150), "running");
        byte[] reExport = new String(gpx, StandardCharsets.UTF_8).replace("creator=\"fixture\"", "creator=\"fixturE\"")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(gpx.length, reExport.length);
        assertFalse(java.util.Arrays.equals(gpx, reExport));
        byte[] asTcx = ActivityFixtures.tcx("Running", List.of(ActivityFixtures.steadyRun(1200, 3.2, 140, 150)));

        JsonObject first = api().upload(IMPORT, token, "file", "run.gpx", gpx).json();
        assertEquals("imported", first.getJsonArray("files").getJsonObject(0).getString("status"), first::toString);
        String id = first.getJsonArray("files").getJsonObject(0).getJsonArray("activity_ids").getString(0);
        for (Map.Entry<String, byte[]> again : Map.of("run-again.gpx", reExport, "run.tcx", asTcx).entrySet()) {
            JsonObject job = api().upload(IMPORT, token, "file", again.getKey(), again.getValue()).json();
            JsonObject file = job.getJsonArray("files").getJsonObject(0);
            assertEquals("duplicate", file.getString("status"), job::toString);
            assertEquals(id, file.getJsonArray("activity_ids").getString(0), "points at the stored activity");
        }
        assertEquals(1, activities("twice"));
    }

    @Test
    void aUsersSecondImportWhileTheFirstRunsIsRefusedWith429AndOthersGoOn() throws Exception {
        String token = TestTokens.user("hard-slots", "busy");
        byte[] slow = HostileFiles.zipBomb(8, 48 * HostileFiles.MIB);
        byte[] run = ActivityFixtures.gpx(ActivityFixtures.steadyRun(600, 3, 140, 150), "running");
        Api.Reply first = api().upload(IMPORT, token, "file", "slow.zip", slow);
        assertEquals(202, first.status(), first::toString);

        refused(token, "busy", "run.gpx", run, 429, "previous import is still running");
        Api.Reply other = api().upload(IMPORT, TestTokens.user("hard-slots", "calm"), "file", "run.gpx", run);
        assertEquals(202, other.status(), other::toString);

        assertEquals("done", poll(first.json().getString("id"), token).getString("status"));
        assertEquals(202, api().upload(IMPORT, token, "file", "run.gpx", run).status());
        assertEquals(1, activities("busy"));
    }

    /** Temporary files of imports (the server runs on this machine, with the same temporary directory). */
    private static Set<Path> spooled() throws IOException {
        try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("coachline-import-")).collect(Collectors.toSet());
        }
    }

    /** The job reports "done" just before its spooled archive is deleted; files of others' imports are left out. */
    private static boolean spoolFilesGoneWithin(Set<Path> before, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        while (!before.containsAll(spooled())) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    private JsonObject poll(String id, String token) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonObject job = api().get("api/imports/" + id, token).json();
            if (!job.getString("status").equals("queued") && !job.getString("status").equals("running")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
