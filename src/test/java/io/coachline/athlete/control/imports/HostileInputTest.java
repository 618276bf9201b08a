package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HostileInputTest {

    private static final String LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE %1$s [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <%1$s><name>&lol9;</name></%1$s>
            """;
    private static final String SECRET = "coachline-secret-7f3a";

    @TempDir
    static Path dir;

    private static ImportRejected rejection(String fileName, byte[] content) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ImportRejected.class, () -> ActivityFiles.parse(fileName, content)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> entityAttacks() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE %1$s [<!ENTITY xxe SYSTEM "%2$s">]>
                <%1$s><name>&xxe;</name></%1$s>
                """;
        String externalDtd = "<?xml version=\"1.0\"?><!DOCTYPE %s SYSTEM \"%s\"><%1$s/>";
        return Stream.of(
                Arguments.of("laughs.gpx", utf8(LAUGHS.formatted("gpx"))),
                Arguments.of("laughs.tcx", utf8(LAUGHS.formatted("TrainingCenterDatabase"))),
                Arguments.of("xxe.gpx", utf8(xxe.formatted("gpx", secret.toUri()))),
                Arguments.of("xxe.tcx", utf8(xxe.formatted("TrainingCenterDatabase", secret.toUri()))),
                Arguments.of("passwd.gpx", utf8(xxe.formatted("gpx", "file:///etc/passwd"))),
                Arguments.of("dtd.tcx", utf8(externalDtd.formatted("TrainingCenterDatabase", secret.toUri()))),
                // Declared in UTF-16, so a byte search for "<!DOCTYPE" would miss it.
                Arguments.of("wide.gpx", LAUGHS.formatted("gpx").replace("<?xml version=\"1.0\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>").getBytes(StandardCharsets.UTF_16)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entityAttacks")
    void entityDeclarationsAreRejectedBeforeParsing(String fileName, byte[] content) {
        ImportRejected rejected = rejection(fileName, content);

        assertTrue(rejected.getMessage().startsWith(fileName + ": contains a DOCTYPE/entity declaration"),
                rejected.getMessage());
        assertFalse(rejected.getMessage().contains(SECRET));
        assertFalse(rejected.getMessage().contains("root:"));
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() {
        ImportRejected gpx = rejection("bare.gpx", utf8("<gpx version=\"1.1\"><name>&xxe;</name></gpx>"));
        ImportRejected tcx = rejection("bare.tcx",
                utf8("<TrainingCenterDatabase><Activities>&xxe;</Activities></TrainingCenterDatabase>"));

        assertTrue(gpx.getMessage().startsWith("bare.gpx: is not a valid GPX file ("), gpx.getMessage());
        assertTrue(gpx.getMessage().contains("\"xxe\" was referenced, but not declared"), gpx.getMessage());
        assertTrue(tcx.getMessage().startsWith("bare.tcx: is not a valid TCX file (XML error"), tcx.getMessage());
    }

    static Stream<Arguments> unusableFiles() {
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        List<ActivityFixtures.Point> run = ActivityFixtures.steadyRun(60, 3, 150, 150);
        byte[] fit = ActivityFixtures.fit(dir, run, 60f);
        byte[] gpx = ActivityFixtures.gpx(run, null);
        List<ActivityFixtures.Point> future = run.stream().map(p -> new ActivityFixtures.Point(
                Instant.now().plus(Duration.ofDays(3)), p.distance(), p.latitude(), p.longitude(), null, null)).toList();
        return Stream.of(
                Arguments.of("truncated.fit", Arrays.copyOf(fit, fit.length - 40), "is truncated or corrupt"),
                Arguments.of("random.fit", noise, "is not a FIT file"),
                Arguments.of("empty.gpx", new byte[0], "is empty"),
                Arguments.of("notes.txt", utf8("just some notes"), "is not a supported activity file"),
                Arguments.of("no-extension", gpx, "is not a supported activity file"),
                Arguments.of("renamed.tcx", gpx, "is not a TCX file"),
                Arguments.of("renamed.gpx", fit, "is not a valid GPX file"),
                Arguments.of("renamed.csv", fit, "is not a Strava activities.csv"),
                Arguments.of("text.gpx", utf8("hello, world"), "is not a valid GPX file"),
                Arguments.of("other.gpx", utf8("<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>"), "is not a GPX file"),
                Arguments.of("future.gpx", ActivityFixtures.gpx(future, null), "has no track point with a plausible"),
                Arguments.of("archive.zip", ActivityFixtures.zip(java.util.Map.of("a.gpx", gpx)), "is a zip archive"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFiles")
    void unusableFilesAreRejectedNamingTheFile(String fileName, byte[] content, String problem) {
        ImportRejected rejected = rejection(fileName, content);

        assertTrue(rejected.getMessage().startsWith(fileName + ": " + problem), rejected.getMessage());
    }

    @Test
    void binaryNoiseNamedGpxIsRejectedWithoutParserNoiseOnStderr() {
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        noise[0] = '<';
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ImportRejected rejected = rejection("noise.gpx", noise);
            assertTrue(rejected.getMessage().startsWith("noise.gpx: is not a valid GPX file (it is not UTF-8 text"),
                    rejected.getMessage());
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ISO-8859-1", "UTF-16"})
    void gpxInAnotherDeclaredEncodingIsStillRead(String encoding) {
        String gpx = """
                <?xml version="1.0" encoding="%s"?>
                <gpx version="1.1" creator="old" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>S\u00e9ance</name>
                <trkseg><trkpt lat="45.0" lon="7.0"><time>2024-01-05T07:03:12Z</time></trkpt></trkseg></trk></gpx>
                """.formatted(encoding);

        ParsedActivity parsed = ActivityFiles.parse("old.gpx", gpx.getBytes(java.nio.charset.Charset.forName(encoding)))
                .get(0);

        assertEquals("S\u00e9ance", parsed.name());
    }

    @Test
    void nullContentIsEmpty() {
        assertTrue(rejection("null.fit", null).getMessage().equals("null.fit: is empty"));
    }
}
