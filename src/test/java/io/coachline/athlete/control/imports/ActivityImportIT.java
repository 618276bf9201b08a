package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Activity imports over HTTP with files the test generates (so their true distance, time and HR are
 * known): single files, duplicates, a zip with bad files among good ones, hostile files, isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityImportIT {

    private static final Path DATA = Deployments.freshDataDir("imports");

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
        return new Db(DATA).count("SELECT COUNT(*) FROM activities a JOIN users u ON u.id = a.user_id WHERE u.subject = ?", subject);
    }

    @Test
    void gpxImportStoresTheTrueValuesAndASecondUploadIsADuplicate() {
        String token = TestTokens.user("imp-a", "gina");
        // 5 km at 4 m/s (1,250 s), HR alternating 140/150
        byte[] gpx = ActivityFixtures.gpx(ActivityFixtures.steadyRun(1250, 4.0, 140, 150), "running");
        Api.Reply reply = api().upload("api/activities/import", token, "file", "morning.gpx", gpx);
        assertEquals(202, reply.status(), reply::toString);
        JsonObject job = reply.json();
        assertEquals("done", job.getString("status"));
        assertEquals(1, job.getInt("imported"));
        assertEquals(100, job.getInt("percent"));
        assertTrue(reply.header("Location").endsWith("api/imports/" + job.getString("id")), reply.header("Location"));

        Map<String, Object> row = new Db(DATA).rows("SELECT a.* FROM activities a JOIN users u ON u.id = a.user_id "
                + "WHERE u.subject = 'gina'").get(0);
        assertEquals(5000, ((Number) row.get("distance_m")).doubleValue(), 50);
        assertEquals(1250, ((Number) row.get("elapsed_s")).doubleValue(), 1);
        assertEquals(145, ((Number) row.get("avg_hr")).doubleValue(), 1);
        assertEquals("run", row.get("sport"));
        assertTrue(String.valueOf(row.get("splits")).contains("\"index\":5"), String.valueOf(row.get("splits")));

        JsonObject again = api().upload("api/activities/import", token, "file", "copy.gpx", gpx).json();
        assertEquals("duplicate", again.getJsonArray("files").getJsonObject(0).getString("status"), again::toString);
        assertEquals(1, activities("gina"));
    }

    @Test
    void analyticsSeeAnImportAndAProfileChangeAtOnceThoughTheyHadReadTheDataBefore() {
        String token = TestTokens.user("imp-cache", "carl");
        JsonObject before = api().get("api/analytics/get_training_load", token).json();
        assertTrue(before.getBoolean("insufficient_data"), before::toString);
        byte[] gpx = ActivityFixtures.gpx(ActivityFixtures.steadyRun(1800, 3.5, 150, 152), "running");
        assertEquals("done", api().upload("api/activities/import", token, "file", "run.gpx", gpx).json().getString("status"));
        JsonObject after = api().get("api/analytics/get_training_load", token).json();
        assertFalse(after.getBoolean("insufficient_data"), after::toString);
        assertTrue(after.getJsonArray("missing").toString().contains("profile.maxHr/restingHr missing"), after::toString);
        Api.Reply profile = api().put("api/athlete/profile", token, "{\"max_hr\": 190, \"resting_hr\": 50}");
        assertEquals(200, profile.status(), profile::toString);
        JsonObject withProfile = api().get("api/analytics/get_training_load", token).json();
        assertFalse(withProfile.getJsonArray("missing").toString().contains("profile.maxHr/restingHr missing"),
                withProfile::toString);
    }

    @Test
    void zipWithBadFilesImportsTheRestAndReportsEachReason() throws Exception {
        String token = TestTokens.user("imp-b", "zed");
        Path tmp = Files.createTempDirectory("fit");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("run.fit", ActivityFixtures.fit(tmp, ActivityFixtures.steadyRun(1800, 3.5, 150, 156), 1800f));
        // A second run two hours later: one starting the same second as run.fit would be the same activity.
        files.put("laps.tcx", ActivityFixtures.tcx("Running", List.of(ActivityFixtures.steadyRun(600, 3.0, 130, 134)
                .stream().map(p -> new ActivityFixtures.Point(p.time().plusSeconds(7200), p.distance(), p.latitude(),
                        p.longitude(), p.altitude(), p.heartRate())).toList())));
        files.put("broken.fit", "this is not a fit file at all".getBytes(StandardCharsets.UTF_8));
        files.put("evil.gpx", ("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<gpx>&xxe;</gpx>").getBytes(StandardCharsets.UTF_8));
        Api.Reply reply = api().upload("api/activities/import", token, "file", "export.zip", ActivityFixtures.zip(files));
        assertEquals(202, reply.status(), reply::toString);
        String id = reply.json().getString("id");
        JsonObject job = poll(id, token);
        assertEquals("done", job.getString("status"), job::toString);
        assertEquals(100, job.getInt("percent"));
        assertEquals(4, job.getInt("total"));
        assertEquals(2, job.getInt("imported"), job::toString);
        assertEquals(2, job.getInt("failed"), job::toString);
        job.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("status").equals("failed"))
                .forEach(f -> assertTrue(f.getString("reason").contains(f.getString("file")), f::toString));
        assertEquals(2, activities("zed"));

        assertEquals(404, api().get("api/imports/" + id, TestTokens.user("imp-b", "someone-else")).status());
        assertEquals(404, api().get("api/imports/" + id, TestTokens.user("other-tenant", "zed")).status());
    }

    @Test
    void hostileOrCorruptSingleFilesAreRejectedAndStoreNothing() {
        String token = TestTokens.user("imp-c", "mallory");
        Map<String, byte[]> hostile = Map.of(
                "laughs.gpx", ("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                        + "<gpx>&b;</gpx>").getBytes(StandardCharsets.UTF_8),
                "random.fit", new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14},
                "notes.txt", "hello".getBytes(StandardCharsets.UTF_8),
                "bomb.zip", ActivityFixtures.zip(Map.of("zeros.gpx", new byte[200 * 1024 * 1024])));
        hostile.forEach((name, content) -> {
            Api.Reply reply = api().upload("api/activities/import", token, "file", name, content);
            assertEquals(400, reply.status(), name + " -> " + reply);
            assertEquals("file", reply.json().getString("field"), reply::toString);
            assertTrue(reply.json().getString("message").contains(name), reply::toString);
        });
        assertEquals(0, activities("mallory"));
        assertEquals(0, new Db(DATA).count("SELECT COUNT(*) FROM import_jobs j JOIN users u ON u.id = j.user_id WHERE u.subject = 'mallory'"));
        Api.Reply noFile = api().upload("api/activities/import", token, "attachment", "x.gpx", new byte[]{1});
        assertEquals(400, noFile.status(), noFile::toString);
        assertEquals("file", noFile.json().getString("field"));
    }

    @Test
    void stravaCsvImportsEveryValidRow() {
        String token = TestTokens.user("imp-d", "csv");
        String csv = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time,Average Heart Rate\n"
                + "1,\"Jan 5, 2024, 7:03:12 AM\",Morning Run,Run,1830,5.02,1800,150\n"
                + "2,\"Jan 7, 2024, 8:00:00 AM\",Long Run,Run,5400,18.3,5300,142\n";
        JsonObject job = api().upload("api/activities/import", token, "file", "activities.csv",
                csv.getBytes(StandardCharsets.UTF_8)).json();
        assertEquals("imported", job.getJsonArray("files").getJsonObject(0).getString("status"), job::toString);
        assertEquals(2, activities("csv"));
    }

    private JsonObject poll(String id, String token) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonObject job = api().get("api/imports/" + id, token).json();
            if (!job.getString("status").equals("queued") && !job.getString("status").equals("running")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
