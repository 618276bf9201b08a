package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipExpanderTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path dir;

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static ImportRejected rejection(String zipName, byte[] zip) {
        return assertThrows(ImportRejected.class, () -> ZipExpander.expand(zipName, zip));
    }

    @Test
    void threeActivityFilesExpandToThreeParseableEntries() {
        List<ActivityFixtures.Point> run = ActivityFixtures.steadyRun(120, 3, 150, 150);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("export/run.fit", ActivityFixtures.fit(dir, run, 120f));
        files.put("export/run.gpx", ActivityFixtures.gpx(run, null));
        files.put("export/run.tcx", ActivityFixtures.tcx("Running", List.of(run)));
        files.put("export/", new byte[0]);
        files.put("__MACOSX/export/._run.gpx", new byte[] {0, 5, 22, 7});

        List<ImportEntry> entries = ZipExpander.expand("export.zip", ActivityFixtures.zip(files));

        assertEquals(List.of("export/run.fit", "export/run.gpx", "export/run.tcx"),
                entries.stream().map(ImportEntry::fileName).toList());
        assertArrayEquals(files.get("export/run.gpx"), entries.get(1).content());
        for (ImportEntry entry : entries) {
            assertEquals(360, ActivityFiles.parse(entry.fileName(), entry.content()).get(0).distanceMeters(), 1);
        }
    }

    @Test
    void zipBombIsRejectedAfterInflatingAboutOneMebibyte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("zeros.fit"));
            byte[] zeros = new byte[(int) MIB];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        assertTrue(bomb.length < MIB, "200 MiB of zeros deflate to " + bomb.length + " bytes");

        ImportRejected rejected = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> rejection("bomb.zip", bomb));

        assertTrue(rejected.getMessage().startsWith("bomb.zip: entry 'zeros.fit' is compressed more than 100:1"),
                rejected.getMessage());
    }

    @Test
    void tooManyEntriesAreRejected() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i <= 5_000; i++) {
            files.put("f" + i + ".gpx", new byte[0]);
        }

        ImportRejected rejected = rejection("many.zip", ActivityFixtures.zip(files));

        assertTrue(rejected.getMessage().startsWith("many.zip: has more than 5000 entries"), rejected.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.gpx", "runs/../../evil.gpx", "/etc/cron.d/evil.gpx", "C:\\evil.gpx",
            "runs\\..\\..\\evil.gpx"})
    void traversalNamesRejectTheArchive(String name) {
        ImportRejected rejected = rejection("sneaky.zip", ActivityFixtures.zip(Map.of(name, new byte[] {1})));

        assertTrue(rejected.getMessage().startsWith("sneaky.zip: contains the unsafe path"), rejected.getMessage());
    }

    @Test
    void aZipInsideAZipIsExpandedOneLevelDeep() {
        byte[] inner = ActivityFixtures.zip(Map.of("run.gpx", new byte[] {1, 2, 3}));
        byte[] outer = ActivityFixtures.zip(Map.of("garmin/inner.zip", inner, "top.tcx", new byte[] {4}));

        List<ImportEntry> entries = ZipExpander.expand("outer.zip", outer);

        assertEquals(List.of("garmin/inner.zip/run.gpx", "top.tcx"),
                entries.stream().map(ImportEntry::fileName).sorted().toList());
    }

    @Test
    void aZipTwoLevelsDeepIsRejected() {
        byte[] innermost = ActivityFixtures.zip(Map.of("run.gpx", new byte[] {1}));
        byte[] middle = ActivityFixtures.zip(Map.of("b.zip", innermost));
        byte[] outer = ActivityFixtures.zip(Map.of("a.zip", middle));

        ImportRejected rejected = rejection("deep.zip", outer);

        assertTrue(rejected.getMessage().contains("entry 'a.zip/b.zip' is a zip nested more than 1 level deep"),
                rejected.getMessage());
    }

    @Test
    void perFileAndTotalLimitsCountInflatedBytes() {
        ZipExpander.Limits small = new ZipExpander.Limits(10, 3 * MIB, 2 * MIB, 1);
        byte[] oneBig = ActivityFixtures.zip(Map.of("big.fit", random((int) (2 * MIB + 1))));
        Map<String, byte[]> three = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            three.put("part" + i + ".fit", random((int) (1.5 * MIB)));
        }

        ImportRejected perFile = assertThrows(ImportRejected.class, () -> ZipExpander.expand("a.zip", oneBig, small));
        ImportRejected total = assertThrows(ImportRejected.class,
                () -> ZipExpander.expand("b.zip", ActivityFixtures.zip(three), small));

        assertTrue(perFile.getMessage().contains("beyond the per-file limit of 2 MiB"), perFile.getMessage());
        assertTrue(total.getMessage().contains("entry 'part2.fit' expands beyond the archive's total limit of 3 MiB"),
                total.getMessage());
    }

    @Test
    void legacyDosNamesAreReadInsteadOfRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, java.nio.charset.Charset.forName("IBM437"))) {
            zip.putNextEntry(new ZipEntry("S\u00e9ance.gpx"));
            zip.write(new byte[] {1});
            zip.closeEntry();
        }

        assertEquals("S\u00e9ance.gpx", ZipExpander.expand("dos.zip", bytes.toByteArray()).get(0).fileName());
    }

    @Test
    void notAZip() {
        assertFalse(ZipExpander.isZip("hello".getBytes()));
        assertFalse(ZipExpander.isZip(new byte[0]));
        assertTrue(ZipExpander.isZip(ActivityFixtures.zip(Map.of())));
        assertEquals("empty.zip: contains no readable files",
                rejection("empty.zip", ActivityFixtures.zip(Map.of())).getMessage());
        byte[] whole = ActivityFixtures.zip(Map.of("noise.fit", random(100_000)));
        assertTrue(rejection("cut.zip", java.util.Arrays.copyOf(whole, 50_000)).getMessage()
                .startsWith("cut.zip: is not a readable zip archive"));
        assertTrue(rejection("text.zip", "hello".getBytes()).getMessage().startsWith("text.zip: is not a zip archive"));
    }
}
