package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StravaCsvTest {

    // The export's real column order, trimmed: note the repeated Elapsed Time, Distance and Max Heart Rate.
    private static final String HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,"
            + "Distance,Max Heart Rate,Relative Effort,Elapsed Time,Moving Time,Distance,Elevation Gain,"
            + "Max Heart Rate,Average Heart Rate\n";

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] EXPORT = csv(
            "101,\"Jan 5, 2024, 7:03:12 AM\",Morning Run,Run,1830,\"5.02\",171,40,1830,1800,5021.3,45.5,171,152.4",
            "102,\"Jan 6, 2024, 5:30:00 PM\",\"Evening Ride, windy\",Ride,3600,\"30.10\",,,3600,3400,30100,210,,",
            "103,\"Feb 29, 2024, 12:00:00 PM\",,Hike,7200,\"8.0\",130,,7200,,,350,130,110",
            "104,\"yesterday-ish\",Broken,Run,1000,\"3.0\",150,,1000,990,3000,10,150,140");

    @Test
    void validRowsBecomeActivitiesAndTheMalformedRowIsReported() {
        CsvResult result = ActivityFiles.parseStravaCsv(EXPORT);

        assertEquals(3, result.activities().size());
        assertEquals(1, result.rowErrors().size());
        assertTrue(result.rowErrors().get(0).startsWith("row 4 (Activity ID 104): Activity Date 'yesterday-ish'"),
                result.rowErrors().get(0));
    }

    @Test
    void rowValuesAreReadByPosition() {
        List<ParsedActivity> activities = ActivityFiles.parseStravaCsv(EXPORT).activities();

        ParsedActivity run = activities.get(0);
        assertEquals("strava_csv", run.sourceFormat());
        assertEquals(Instant.parse("2024-01-05T07:03:12Z"), run.start());
        assertEquals("run", run.sport());
        assertEquals("Morning Run", run.name());
        assertEquals(5021.3, run.distanceMeters(), 1e-9);
        assertEquals(1830, run.elapsedSeconds());
        assertEquals(1800, run.movingSeconds());
        assertEquals(45.5, run.elevationGainMeters());
        assertEquals(152.4, run.avgHr());
        assertEquals(171, run.maxHr());
        assertTrue(run.samples().isEmpty());

        ParsedActivity ride = activities.get(1);
        assertEquals(Instant.parse("2024-01-06T17:30:00Z"), ride.start());
        assertEquals("ride", ride.sport());
        assertEquals("Evening Ride, windy", ride.name());
        assertNull(ride.avgHr());

        ParsedActivity hike = activities.get(2);
        assertEquals("hike", hike.sport());
        assertEquals("Hike", hike.name());
        assertEquals(8000, hike.distanceMeters(), 1e-9, "falls back to the kilometre column");
        assertEquals(7200, hike.movingSeconds(), "falls back to elapsed time");
    }

    @Test
    void parseReturnsTheValidRows() {
        assertEquals(3, ActivityFiles.parse("export/activities.csv", EXPORT).size());
    }

    @Test
    void negativeNumbersAndImpossibleHeartRates() {
        CsvResult result = ActivityFiles.parseStravaCsv(csv(
                "201,\"Jan 5, 2024, 7:03:12 AM\",Neg,Run,1000,\"-3\",150,,1000,990,-3000,0,150,140",
                "202,\"Jan 5, 2024, 8:03:12 AM\",Strap glitch,Run,1000,\"3\",300,,1000,990,3000,0,300,140"));

        assertEquals(1, result.activities().size());
        assertTrue(result.rowErrors().get(0).contains("Distance '-3000' is negative"), result.rowErrors().get(0));
        assertNull(result.activities().get(0).maxHr(), "an HR above 250 is dropped, not fatal");
        assertEquals(140, result.activities().get(0).avgHr());
    }

    @Test
    void aCsvThatIsNotAStravaExportIsRejected() {
        byte[] other = "date,km\n2024-01-05,5\n".getBytes(StandardCharsets.UTF_8);

        ImportRejected rejected = assertThrows(ImportRejected.class, () -> ActivityFiles.parse("runs.csv", other));

        assertTrue(rejected.getMessage().startsWith("runs.csv: is not a Strava activities.csv"), rejected.getMessage());
    }

    @Test
    void aCsvWithOnlyBrokenRowsIsRejectedWithTheFirstProblem() {
        byte[] broken = csv("301,\"not a date\",X,Run,10,\"1\",,,10,10,1000,0,,");

        ImportRejected rejected = assertThrows(ImportRejected.class, () -> ActivityFiles.parse("activities.csv", broken));

        assertTrue(rejected.getMessage().contains("row 1 (Activity ID 301)"), rejected.getMessage());
    }
}
