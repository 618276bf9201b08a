package io.coachline.athlete.control.imports;

import static io.coachline.athlete.control.imports.ActivityFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitImportTest {

    @TempDir
    Path dir;

    @Test
    void knownRunMatchesDistanceTimeAndHeartRate() {
        // 5 km in 30 minutes, one record per second, heart rate alternating 140/160.
        byte[] fit = ActivityFixtures.fit(dir, ActivityFixtures.steadyRun(1800, 5000.0 / 1800, 140, 160), 1800f);

        List<ParsedActivity> parsed = ActivityFiles.parse("morning.fit", fit);

        assertEquals(1, parsed.size());
        ParsedActivity run = parsed.get(0);
        assertEquals("fit", run.sourceFormat());
        assertEquals("run", run.sport());
        assertEquals(START, run.start());
        assertEquals("morning", run.name());
        assertEquals(5000, run.distanceMeters(), 5000 * 0.005);
        assertEquals(1800, run.elapsedSeconds());
        assertEquals(1800, run.movingSeconds());
        assertEquals(150, run.avgHr(), 1);
        assertEquals(160, run.maxHr());
        assertEquals(0, run.elevationGainMeters(), 1e-9);
        assertEquals(1801, run.samples().size());
    }

    @Test
    void deviceTimerTimeIsTheMovingTime() {
        byte[] fit = ActivityFixtures.fit(dir, ActivityFixtures.steadyRun(600, 3, 150, 150), 540f);

        ParsedActivity run = ActivityFiles.parse("paused.fit", fit).get(0);

        assertEquals(600, run.elapsedSeconds());
        assertEquals(540, run.movingSeconds(), 1e-3);
    }

    @Test
    void truncatedFileIsRejected() {
        byte[] fit = ActivityFixtures.fit(dir, ActivityFixtures.steadyRun(300, 3, 150, 150), 300f);

        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> ActivityFiles.parse("cut.fit", Arrays.copyOf(fit, fit.length / 2)));

        assertTrue(rejected.getMessage().startsWith("cut.fit: "), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("truncated or corrupt"), rejected.getMessage());
    }

    @Test
    void flippedByteFailsTheCrc() {
        byte[] fit = ActivityFixtures.fit(dir, ActivityFixtures.steadyRun(300, 3, 150, 150), 300f);
        fit[fit.length / 2] ^= 0x5A;

        ImportRejected rejected = assertThrows(ImportRejected.class, () -> ActivityFiles.parse("bitrot.fit", fit));

        assertTrue(rejected.getMessage().contains("bitrot.fit"), rejected.getMessage());
    }

    @Test
    void randomBytesNamedFitAreRejected() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        ImportRejected rejected = assertThrows(ImportRejected.class, () -> ActivityFiles.parse("noise.fit", noise));

        assertTrue(rejected.getMessage().startsWith("noise.fit: is not a FIT file"), rejected.getMessage());
    }

    @Test
    void implausibleHeartRateIsDroppedAndAncientPointsAreSkipped() {
        List<ActivityFixtures.Point> points = new java.util.ArrayList<>(ActivityFixtures.steadyRun(120, 3, 150, 150));
        ActivityFixtures.Point glitch = points.get(60);
        points.set(60, new ActivityFixtures.Point(glitch.time(), glitch.distance(), null, null, null, 254));
        points.add(0, new ActivityFixtures.Point(java.time.Instant.parse("1989-12-31T00:00:10Z"), 0.0,
                null, null, null, 150));

        ParsedActivity run = ActivityFiles.parse("glitch.fit", ActivityFixtures.fit(dir, points, null)).get(0);

        assertEquals(START, run.start());
        assertEquals(150, run.maxHr());
        assertEquals(null, run.samples().get(60).heartRate());
    }
}
