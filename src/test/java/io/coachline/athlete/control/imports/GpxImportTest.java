package io.coachline.athlete.control.imports;

import static io.coachline.athlete.control.imports.ActivityFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpxImportTest {

    @Test
    void straightLineWithGarminHeartRate() {
        // 1199 s due north at 3 m/s: 3597 m along a meridian, heart rate alternating 140/160.
        List<ActivityFixtures.Point> points = ActivityFixtures.steadyRun(1199, 3, 140, 160);

        ParsedActivity run = ActivityFiles.parse("track.gpx", ActivityFixtures.gpx(points, null)).get(0);

        assertEquals("gpx", run.sourceFormat());
        assertEquals("run", run.sport());
        assertEquals("Morning Run", run.name());
        assertEquals(START, run.start());
        assertEquals(3597, run.distanceMeters(), 3597 * 0.01);
        assertEquals(1199, run.elapsedSeconds());
        assertEquals(1199, run.movingSeconds(), 1e-6);
        assertEquals(150, run.avgHr(), 0.5);
        assertEquals(160, run.maxHr());
    }

    @Test
    void typeElementSetsTheSport() {
        List<ActivityFixtures.Point> points = ActivityFixtures.steadyRun(60, 8, 120, 120);

        assertEquals("ride", ActivityFiles.parse("a.gpx", ActivityFixtures.gpx(points, "cycling")).get(0).sport());
        assertEquals("run", ActivityFiles.parse("b.gpx", ActivityFixtures.gpx(points, "9")).get(0).sport());
        assertEquals("other", ActivityFiles.parse("c.gpx", ActivityFixtures.gpx(points, "kayak")).get(0).sport());
    }

    @Test
    void standingStillForAMinuteIsNotMovingTime() {
        List<ActivityFixtures.Point> points = new ArrayList<>();
        List<ActivityFixtures.Point> run = ActivityFixtures.steadyRun(300, 3, 150, 150);
        for (int i = 0; i <= 360; i++) {
            // Seconds 100-160 are spent at the position of second 100.
            ActivityFixtures.Point at = run.get(i < 100 ? i : i <= 160 ? 100 : i - 60);
            points.add(new ActivityFixtures.Point(START.plusSeconds(i), null, at.latitude(), at.longitude(),
                    null, null));
        }

        ParsedActivity parsed = ActivityFiles.parse("stop.gpx", ActivityFixtures.gpx(points, null)).get(0);

        assertEquals(360, parsed.elapsedSeconds());
        assertEquals(300, parsed.movingSeconds(), 1e-6);
    }

    @Test
    void elevationGainIgnoresJitterButCountsAClimb() {
        List<ActivityFixtures.Point> flat = ActivityFixtures.steadyRun(600, 3, 150, 150);
        List<ActivityFixtures.Point> points = new ArrayList<>();
        for (int i = 0; i <= 600; i++) {
            double climb = i <= 300 ? i / 6.0 : 50 - (i - 300) / 6.0;
            double jitter = i % 2 == 0 ? 0.4 : -0.4;
            ActivityFixtures.Point p = flat.get(i);
            points.add(new ActivityFixtures.Point(p.time(), null, p.latitude(), p.longitude(), 100 + climb + jitter,
                    null));
        }

        ParsedActivity hill = ActivityFiles.parse("hill.gpx", ActivityFixtures.gpx(points, null)).get(0);

        assertEquals(50, hill.elevationGainMeters(), 1.5);
    }

    @Test
    void gpxWithoutTimestampsIsRejected() {
        List<ActivityFixtures.Point> points = ActivityFixtures.steadyRun(10, 3, 150, 150).stream()
                .map(p -> new ActivityFixtures.Point(null, null, p.latitude(), p.longitude(), null, null)).toList();

        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> ActivityFiles.parse("route.gpx", ActivityFixtures.gpx(points, null)));

        assertTrue(rejected.getMessage().startsWith("route.gpx: has no track points with a timestamp"),
                rejected.getMessage());
    }

    @Test
    void gpx10IsRead() {
        String gpx = """
                <?xml version="1.0"?>
                <gpx version="1.0" creator="old" xmlns="http://www.topografix.com/GPX/1/0">
                <trk><trkseg>
                <trkpt lat="45.0" lon="7.0"><time>2024-01-05T07:03:12Z</time></trkpt>
                <trkpt lat="45.001" lon="7.0"><time>2024-01-05T07:03:52Z</time></trkpt>
                </trkseg></trk></gpx>
                """;

        ParsedActivity parsed = ActivityFiles.parse("old.gpx", gpx.getBytes(StandardCharsets.UTF_8)).get(0);

        assertEquals(40, parsed.elapsedSeconds());
        assertEquals(111.2, parsed.distanceMeters(), 0.2);
    }
}
