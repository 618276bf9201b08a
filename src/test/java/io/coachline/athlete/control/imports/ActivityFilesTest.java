package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityFilesTest {

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }

    @Test
    void hashIsSha256Hex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ActivityFiles.hash("abc".getBytes(StandardCharsets.US_ASCII)));
        assertNotEquals(ActivityFiles.hash(new byte[] {1}), ActivityFiles.hash(new byte[] {2}));
    }

    @Test
    void gzippedFilesAreParsedByTheirInnerExtension() throws IOException {
        byte[] gpx = ActivityFixtures.gpx(ActivityFixtures.steadyRun(100, 3, 150, 150), null);

        ParsedActivity parsed = ActivityFiles.parse("activities/123.gpx.gz", gzip(gpx)).get(0);

        assertEquals("gpx", parsed.sourceFormat());
        assertEquals(300, parsed.distanceMeters(), 3);
    }

    @Test
    void gzipBombIsRejected() throws IOException {
        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> ActivityFiles.parse("zeros.fit.gz", gzip(new byte[20 << 20])));

        assertTrue(rejected.getMessage().startsWith("zeros.fit.gz is compressed more than 100:1"), rejected.getMessage());
    }

    @Test
    void gzipThatIsNotGzipOrEmptyInside() throws IOException {
        assertTrue(assertThrows(ImportRejected.class, () -> ActivityFiles.parse("plain.gpx.gz", "<gpx/>".getBytes()))
                .getMessage().startsWith("plain.gpx.gz: is not gzip-compressed"));
        assertEquals("hollow.fit.gz: is empty",
                assertThrows(ImportRejected.class, () -> ActivityFiles.parse("hollow.fit.gz", gzip(new byte[0])))
                        .getMessage());
    }

    @Test
    void aStravaExportArchiveImportsEntryByEntry() throws IOException {
        List<ActivityFixtures.Point> run = ActivityFixtures.steadyRun(100, 3, 150, 150);
        Map<String, byte[]> export = new LinkedHashMap<>();
        export.put("activities.csv", ("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
                + "1,\"Jan 5, 2024, 7:03:12 AM\",Morning Run,Run,100,0.3\n").getBytes(StandardCharsets.UTF_8));
        export.put("activities/1.gpx.gz", gzip(ActivityFixtures.gpx(run, "running")));

        List<ParsedActivity> parsed = ZipExpander.expand("export.zip", ActivityFixtures.zip(export)).stream()
                .flatMap(entry -> ActivityFiles.parse(entry.fileName(), entry.content()).stream())
                .toList();

        assertEquals(List.of("strava_csv", "gpx"), parsed.stream().map(ParsedActivity::sourceFormat).toList());
        assertEquals(300, parsed.get(0).distanceMeters(), 1e-9);
        assertEquals("1", FileNames.title("activities/1.gpx.gz"));
    }

    @ParameterizedTest
    @CsvSource({"Run,run", "Trail Run,run", "TrailRun,run", "RUNNING,run", "VirtualRide,ride", "E_BIKING,ride",
            "EBikeRide,ride", "Biking,ride", "cycling,ride", "SWIMMING,swim", "Nordic Walk,walk", "Hiking,hike",
            "Hike,hike", "Crunches,other", "Yoga,other", "Weight Training,other", "GENERIC,other"})
    void sportsAreNormalised(String recorded, String expected) {
        assertEquals(expected, Sports.normalise(recorded, "fallback"));
    }

    @Test
    void missingSportUsesTheFormatsFallback() {
        assertEquals("fallback", Sports.normalise(" ", "fallback"));
        assertEquals("fallback", Sports.normalise(null, "fallback"));
    }
}
