package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds of issue #12 in the readers: points, distance, duration, speed, inflated bytes, text, splits. */
class ImportBoundsTest {

    private static final ImportLimits TEN_POINTS = new ImportLimits(10, 64 * HostileFiles.MIB, 512 * HostileFiles.MIB);

    @TempDir
    Path dir;

    private static ImportRejected rejection(String name, byte[] content, ImportLimits limits) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ImportRejected.class,
                () -> ActivityFiles.parse(name, ImportSource.of(content), limits)));
    }

    @Test
    void aTrillionMetreTcxIsRefusedAsImpossibleBeforeAnySplitIsMade() {
        byte[] tcx = HostileFiles.tcxOfATrillionMetres();
        assertTrue(tcx.length < 2000, "a small file: " + tcx.length);

        ImportRejected rejected = rejection("far.tcx", tcx, ImportLimits.DEFAULT);

        assertTrue(rejected.getMessage().startsWith("far.tcx: is physically impossible: 1000000000 km exceeds"),
                rejected.getMessage());
    }

    @Test
    void aGpxJumpingBetweenThePolesIsRefused() {
        ImportRejected rejected = rejection("poles.gpx", HostileFiles.gpxJumpingBetweenThePoles(200), ImportLimits.DEFAULT);

        assertTrue(rejected.getMessage().startsWith("poles.gpx: is physically impossible"), rejected.getMessage());
    }

    @Test
    void fiveKilometresInAMinuteIsRefusedNamingTheSpeed() {
        ImportRejected rejected = rejection("fast.gpx", HostileFiles.gpxOf5000MetresIn60Seconds(), ImportLimits.DEFAULT);

        assertTrue(rejected.getMessage().contains("5000 m in 60 s is faster than the 10.5 m/s no run averages"),
                rejected.getMessage());
    }

    @Test
    void theSameSpeedOnABikeIsRefusedButARealRideIsNot() {
        byte[] fast = ActivityFixtures.gpx(ActivityFixtures.steadyRun(60, 40, 150, 150), "cycling");
        byte[] real = ActivityFixtures.gpx(ActivityFixtures.steadyRun(600, 12, 150, 150), "cycling");

        assertTrue(rejection("fast.gpx", fast, ImportLimits.DEFAULT).getMessage().contains("no ride averages"));
        assertEquals(7200, ActivityFiles.parse("real.gpx", real).get(0).distanceMeters(), 10);
    }

    @Test
    void aFitOfTimestampsRelativeToPowerOnIsRefusedWithTheReason() {
        ImportRejected rejected = rejection("relative.fit", HostileFiles.fitWithRelativeTimestamps(dir),
                ImportLimits.DEFAULT);

        assertTrue(rejected.getMessage().startsWith("relative.fit: has timestamps relative to when the device was "
                + "switched on"), rejected.getMessage());
    }

    @Test
    void pointsBeyondTheLimitAreRefusedInEveryTrackFormat() {
        List<ActivityFixtures.Point> run = ActivityFixtures.steadyRun(11, 3, 150, 150);
        assertEquals(12, run.size());

        for (var file : List.of(
                new Object[] {"a.gpx", ActivityFixtures.gpx(run, null)},
                new Object[] {"a.tcx", ActivityFixtures.tcx("Running", List.of(run))},
                new Object[] {"a.fit", ActivityFixtures.fit(dir, run, null)})) {
            String name = (String) file[0];
            ImportRejected rejected = rejection(name, (byte[]) file[1], TEN_POINTS);
            assertTrue(rejected.getMessage().startsWith(name + ": has more than 10 "), rejected.getMessage());
        }
        assertEquals(12, ActivityFiles.parse("a.gpx", ImportSource.of(ActivityFixtures.gpx(run, null)),
                new ImportLimits(12, HostileFiles.MIB, HostileFiles.MIB)).get(0).samples().size());
    }

    @Test
    void csvRowsBeyondTheLimitAreRefusedAndAnImpossibleRowIsSkippedWithItsReason() {
        StringBuilder csv = new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n");
        for (int i = 0; i < 11; i++) {
            csv.append(i).append(",\"Jan ").append(i + 1).append(", 2024, 7:03:12 AM\",Run,Run,3600,10\n");
        }
        byte[] eleven = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(rejection("activities.csv", eleven, TEN_POINTS).getMessage()
                .startsWith("activities.csv: has more than 10 rows"));

        CsvResult result = ActivityFiles.parseStravaCsv(("Activity ID,Activity Date,Activity Name,Activity Type,"
                + "Elapsed Time,Distance\n1,\"Jan 5, 2024, 7:03:12 AM\",Sprint,Run,60,5\n"
                + "2,\"Jan 6, 2024, 7:03:12 AM\",Easy,Run,3600,10\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, result.activities().size());
        assertTrue(result.rowErrors().get(0).contains("row 1 (Activity ID 1): it is physically impossible"),
                result.rowErrors().toString());
    }

    @Test
    void aGzipIsCountedAfterInflationWhileStreamingNotAsUploaded() throws IOException {
        byte[] gz = HostileFiles.gzippedGpx(3 * HostileFiles.MIB);
        assertTrue(gz.length < HostileFiles.MIB, "compressed " + gz.length);
        ImportLimits twoMib = new ImportLimits(1_000_000, 2 * HostileFiles.MIB, 512 * HostileFiles.MIB);

        ImportRejected rejected = rejection("big.gpx.gz", gz, twoMib);

        assertTrue(rejected.getMessage().startsWith("big.gpx.gz expands beyond the 2 MiB per-file limit"),
                rejected.getMessage());
        ImportLimits thousandPoints = new ImportLimits(1000, 64 * HostileFiles.MIB, 512 * HostileFiles.MIB);
        assertTrue(rejection("big.gpx.gz", gz, thousandPoints).getMessage()
                .startsWith("big.gpx.gz: has more than 1000 track points"));
    }

    @Test
    void aHugeXmlValueIsCutNotHeld() throws IOException {
        String name = "x".repeat(5_000_000);
        byte[] gpx = new String(ActivityFixtures.gpx(ActivityFixtures.steadyRun(60, 3, 150, 150), null),
                StandardCharsets.UTF_8).replace("<name>Morning Run</name>", "<name>" + name + "</name>").getBytes(StandardCharsets.UTF_8);

        ParsedActivity parsed = ActivityFiles.parse("named.gpx", gpx).get(0);

        assertEquals(XmlValues.MAX_CHARS, parsed.name().length());
    }

    @Test
    void deeplyNestedXmlIsRefusedAtTheDepthLimit() {
        int depth = XmlGuard.MAX_DEPTH + 1;
        byte[] gpx = ("<gpx version=\"1.1\">" + "<extensions>".repeat(depth) + "</extensions>".repeat(depth) + "</gpx>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tcx = ("<TrainingCenterDatabase>" + "<Activities>".repeat(depth) + "</Activities>".repeat(depth)
                + "</TrainingCenterDatabase>").getBytes(StandardCharsets.UTF_8);

        assertTrue(rejection("deep.gpx", gpx, ImportLimits.DEFAULT).getMessage().contains("maxElementDepth"));
        assertTrue(rejection("deep.tcx", tcx, ImportLimits.DEFAULT).getMessage().contains("maxElementDepth"));
    }

    @Test
    void splitsRefuseAStreamLongerThanAnyActivity() {
        List<Sample> samples = List.of(new Sample(0, 0, null, null), new Sample(60, 1e12, null, null));

        assertThrows(IllegalArgumentException.class, () -> Splits.perKilometre(samples));
        assertEquals(Splits.MAX_SPLITS, (int) (Plausibility.MAX_DISTANCE_METERS / 1000));
    }

    @Test
    void aZipIsWalkedAsStreamsWithEveryEntryCountedAndNothingKept() {
        byte[] bomb = HostileFiles.zipBomb(3, 8 * HostileFiles.MIB);
        ImportSource source = ImportSource.of(bomb);
        ImportLimits limits = new ImportLimits(10, 8 * HostileFiles.MIB, 20 * HostileFiles.MIB);

        ImportRejected total = assertThrows(ImportRejected.class, () -> ZipExpander.check("bomb.zip", source, limits));
        assertTrue(total.getMessage().contains("entry 'export/bomb-2.gpx' expands beyond the archive's total limit"),
                total.getMessage());

        ImportLimits roomy = new ImportLimits(10, 8 * HostileFiles.MIB, 24 * HostileFiles.MIB);
        ZipExpander.Checked checked = ZipExpander.check("bomb.zip", source, roomy);
        assertEquals(3, checked.files());
        AtomicInteger entries = new AtomicInteger();
        AtomicLong largestRead = new AtomicLong();
        ZipExpander.walk("bomb.zip", source, roomy, checked.names(), (name, in) -> {
            entries.incrementAndGet();
            byte[] chunk = new byte[8192];
            long read = 0;
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                read += n;
            }
            largestRead.accumulateAndGet(read, Math::max);
        });
        assertEquals(3, entries.get());
        assertEquals(8 * HostileFiles.MIB, largestRead.get());
    }

    @Test
    void importSlotsBoundImportsPerUserAndInTotalUntilReleased() {
        ImportSlots slots = new ImportSlots(1, 2);
        ImportSlots.Slot ann = slots.acquire("ann");
        assertEquals(ImportSlots.Refusal.USER_BUSY,
                assertThrows(ImportSlots.Busy.class, () -> slots.acquire("ann")).refusal());
        ImportSlots.Slot bob = slots.acquire("bob");
        assertEquals(ImportSlots.Refusal.SERVER_BUSY,
                assertThrows(ImportSlots.Busy.class, () -> slots.acquire("cid")).refusal());
        ann.close();
        ann.close();
        ImportSlots.Slot cid = slots.acquire("cid");
        assertEquals(ImportSlots.Refusal.SERVER_BUSY,
                assertThrows(ImportSlots.Busy.class, () -> slots.acquire("ann")).refusal());
        bob.close();
        cid.close();
        List<ImportSlots.Slot> again = new ArrayList<>(List.of(slots.acquire("ann"), slots.acquire("bob")));
        again.forEach(ImportSlots.Slot::close);
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }
}
