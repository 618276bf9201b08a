package io.coachline.athlete.control.imports;

import static io.coachline.athlete.control.imports.ActivityFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TcxImportTest {

    @Test
    void lapsTrackpointsDistanceAndHeartRate() {
        List<ActivityFixtures.Point> run = ActivityFixtures.steadyRun(1200, 10.0 / 3, 140, 160);
        byte[] tcx = ActivityFixtures.tcx("Running", List.of(run.subList(0, 601), run.subList(601, 1201)));

        List<ParsedActivity> parsed = ActivityFiles.parse("garmin.tcx", tcx);

        assertEquals(1, parsed.size());
        ParsedActivity activity = parsed.get(0);
        assertEquals("tcx", activity.sourceFormat());
        assertEquals("run", activity.sport());
        assertEquals("garmin", activity.name());
        assertEquals(START, activity.start());
        assertEquals(4000, activity.distanceMeters(), 1e-6);
        assertEquals(1200, activity.elapsedSeconds());
        assertEquals(1200, activity.movingSeconds(), 1e-6);
        assertEquals(150, activity.avgHr(), 0.5);
        assertEquals(160, activity.maxHr());
        assertEquals(1201, activity.samples().size());
    }

    @Test
    void bikingIsARide() {
        byte[] tcx = ActivityFixtures.tcx("Biking", List.of(ActivityFixtures.steadyRun(60, 8, 120, 130)));

        assertEquals("ride", ActivityFiles.parse("ride.tcx", tcx).get(0).sport());
    }

    @Test
    void missingOrNegativeDistanceKeepsTheLastDistanceAndImpossibleHeartRateIsDropped() {
        List<ActivityFixtures.Point> run = new java.util.ArrayList<>(ActivityFixtures.steadyRun(10, 3, 140, 140));
        ActivityFixtures.Point p = run.get(5);
        run.set(5, new ActivityFixtures.Point(p.time(), null, null, null, null, 141));
        run.set(6, new ActivityFixtures.Point(run.get(6).time(), -50.0, null, null, 20000.0, 300));

        ParsedActivity activity = ActivityFiles.parse("gap.tcx", ActivityFixtures.tcx("Running", List.of(run))).get(0);

        assertEquals(12, activity.samples().get(5).distanceMeters(), 1e-9);
        assertEquals(12, activity.samples().get(6).distanceMeters(), 1e-9);
        assertEquals(30, activity.distanceMeters(), 1e-9);
        assertNull(activity.samples().get(5).altitudeMeters());
        assertNull(activity.samples().get(6).heartRate(), "300 bpm is dropped");
        assertNull(activity.samples().get(6).altitudeMeters(), "20 km altitude is dropped");
        assertEquals(141, activity.maxHr());
    }

    @Test
    void tcxWithoutTrackpointsIsRejected() {
        String tcx = """
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                <Activities><Activity Sport="Running"><Id>2024-01-05T07:03:12Z</Id></Activity></Activities>
                </TrainingCenterDatabase>""";

        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> ActivityFiles.parse("empty-laps.tcx", tcx.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertTrue(rejected.getMessage().startsWith("empty-laps.tcx: "), rejected.getMessage());
    }
}
