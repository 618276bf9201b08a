package io.coachline.athlete.control.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The uploads of issue #12's attacks, generated so each test knows exactly what it sends. */
public final class HostileFiles {

    static final long MIB = 1L << 20;
    /** Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z. */
    static final Instant FIT_EPOCH = Instant.parse("1989-12-31T00:00:00Z");

    private HostileFiles() {
    }

    /** A small TCX run whose last trackpoint claims 10^12 m: once a million kilometre splits. */
    public static byte[] tcxOfATrillionMetres() {
        List<ActivityFixtures.Point> run = new ArrayList<>(ActivityFixtures.steadyRun(3, 3, 150, 150));
        ActivityFixtures.Point last = run.get(run.size() - 1);
        run.set(run.size() - 1, new ActivityFixtures.Point(last.time(), 1e12, null, null, null, 150));
        return ActivityFixtures.tcx("Running", List.of(run));
    }

    /** A GPX track jumping between the poles every second: 20,000 km per point. */
    public static byte[] gpxJumpingBetweenThePoles(int points) {
        List<ActivityFixtures.Point> track = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            track.add(new ActivityFixtures.Point(ActivityFixtures.START.plusSeconds(i), null,
                    i % 2 == 0 ? 89.9 : -89.9, 0.0, null, 150));
        }
        return ActivityFixtures.gpx(track, "running");
    }

    /** A run of 5,000 m in 60 s, which would otherwise become a "medium confidence" 60 s 5K. */
    public static byte[] gpxOf5000MetresIn60Seconds() {
        return ActivityFixtures.gpx(ActivityFixtures.steadyRun(60, 5000.0 / 60, 150, 160), "running");
    }

    /** A FIT run whose timestamps count seconds since the device was switched on (two days in): 1990 dates. */
    public static byte[] fitWithRelativeTimestamps(Path dir) {
        Instant powerOn = FIT_EPOCH.plusSeconds(2 * 86_400);
        List<ActivityFixtures.Point> run = ActivityFixtures.steadyRun(600, 3, 140, 150).stream()
                .map(p -> new ActivityFixtures.Point(powerOn.plusSeconds(p.time().getEpochSecond()
                        - ActivityFixtures.START.getEpochSecond()), p.distance(), null, null, null, p.heartRate()))
                .toList();
        return ActivityFixtures.fit(dir, run, 600f);
    }

    /**
     * A zip of {@code entries} GPX-named entries of {@code entryBytes} each that deflate about 90:1: just under the
     * 100:1 ratio limit, and with 8 entries of 64 MiB - 128 KiB just under the 512 MiB total.
     */
    public static byte[] zipBomb(int entries, long entryBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("export/bomb-" + i + ".gpx"));
                writeNinetyToOne(zip, entryBytes, i);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Blocks of 64 KiB with 600 random bytes each, the rest zeros: deflate gets about 90:1 out of that. */
    static void writeNinetyToOne(OutputStream out, long size, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] block = new byte[64 * 1024];
        byte[] noise = new byte[600];
        for (long written = 0; written < size; written += block.length) {
            random.nextBytes(noise);
            System.arraycopy(noise, 0, block, 0, noise.length);
            out.write(block, 0, (int) Math.min(block.length, size - written));
        }
    }

    /** A .gpx.gz of a valid GPX that inflates to about {@code inflatedBytes}: mostly track points. */
    public static byte[] gzippedGpx(long inflatedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 64 * 1024)) {
            gz.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"big\" "
                    + "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>big</name><trkseg>\n")
                    .getBytes(StandardCharsets.UTF_8));
            long written = 0;
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; written < inflatedBytes; i++) {
                chunk.setLength(0);
                chunk.append("<trkpt lat=\"").append(45 + i * 1e-6).append("\" lon=\"7.0\"><ele>").append(200 + i % 7)
                        .append("</ele><time>").append(ActivityFixtures.START.plusSeconds(i)).append("</time></trkpt>\n");
                byte[] point = chunk.toString().getBytes(StandardCharsets.UTF_8);
                gz.write(point);
                written += point.length;
            }
            gz.write("</trkseg></trk></gpx>\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
