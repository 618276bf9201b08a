package io.coachline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Generates a GPX run the importer reads fully: positions, elevation, time and Garmin heart rate. */
final class Gpx {

    private static final double METERS_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private Gpx() {
    }

    /**
     * {@code points} trackpoints {@code stepSeconds} apart heading north at 3 m/s from 45°N 7°E, rolling
     * elevation and a heart rate drifting between 140 and 160, starting {@code daysAgo} days ago at 07:00 UTC.
     */
    static byte[] run(String name, int daysAgo, int points, int stepSeconds) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(daysAgo, ChronoUnit.DAYS).plus(7, ChronoUnit.HOURS);
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="coachline-browser-tests" xmlns="http://www.topografix.com/GPX/1/1"
                     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
                 <trk><name>""").append(name).append("</name><type>running</type><trkseg>\n");
        for (int i = 0; i < points; i++) {
            double metres = i * stepSeconds * 3.0;
            double lat = 45 + metres / METERS_PER_DEGREE;
            double ele = 200 + 15 * Math.sin(i / 40.0);
            int hr = (int) Math.round(150 + 10 * Math.sin(i / 25.0));
            xml.append(String.format(Locale.ROOT,
                    "  <trkpt lat=\"%.7f\" lon=\"7.0000000\"><ele>%.1f</ele><time>%s</time><extensions>"
                            + "<gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr></gpxtpx:TrackPointExtension>"
                            + "</extensions></trkpt>\n", lat, ele, start.plusSeconds((long) i * stepSeconds), hr));
        }
        return xml.append(" </trkseg></trk>\n</gpx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same run written to a temporary file named {@code fileName} (for the browser's file input). */
    static Path file(String fileName, String name, int daysAgo, int points, int stepSeconds) {
        try {
            Path dir = Files.createTempDirectory("coachline-gpx");
            dir.toFile().deleteOnExit(); // deleted after the file: deleteOnExit runs in reverse order
            Path file = dir.resolve(fileName);
            Files.write(file, run(name, daysAgo, points, stepSeconds));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
