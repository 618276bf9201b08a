package io.coachline.athlete.control.imports;

import com.garmin.fit.Activity;
import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds activity files of every supported format from points whose true values the tests know. */
final class ActivityFixtures {

    static final Instant START = Instant.parse("2024-01-05T07:03:12Z");
    /** Metres per degree of latitude on the sphere the importer's haversine uses. */
    static final double METERS_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private ActivityFixtures() {
    }

    /** A recorded point; null fields are left out of the generated file. */
    record Point(Instant time, Double distance, Double latitude, Double longitude, Double altitude, Integer heartRate) {
    }

    /**
     * One point per second heading due north at a constant speed from 45°N 7°E, heart rate alternating
     * {@code hrLow}/{@code hrHigh} so its time-weighted average is their mean.
     */
    static List<Point> steadyRun(int seconds, double metresPerSecond, int hrLow, int hrHigh) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i <= seconds; i++) {
            double distance = i * metresPerSecond;
            points.add(new Point(START.plusSeconds(i), distance, 45 + distance / METERS_PER_DEGREE, 7.0,
                    100.0, i % 2 == 0 ? hrLow : hrHigh));
        }
        return points;
    }

    static byte[] fit(Path dir, List<Point> points, Float timerSeconds) {
        Path file = dir.resolve("fixture-" + System.nanoTime() + ".fit");
        FileEncoder encoder = new FileEncoder(file.toFile(), Fit.ProtocolVersion.V2_0);
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        FileIdMesg id = new FileIdMesg();
        id.setType(com.garmin.fit.File.ACTIVITY);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        id.setProduct(1);
        id.setSerialNumber(12345L);
        id.setTimeCreated(new DateTime(first.time()));
        encoder.write(id);
        for (Point p : points) {
            RecordMesg record = new RecordMesg();
            record.setTimestamp(new DateTime(p.time()));
            if (p.distance() != null) {
                record.setDistance(p.distance().floatValue());
            }
            if (p.heartRate() != null) {
                record.setHeartRate(p.heartRate().shortValue());
            }
            if (p.altitude() != null) {
                record.setAltitude(p.altitude().floatValue());
            }
            encoder.write(record);
        }
        float elapsed = last.time().getEpochSecond() - first.time().getEpochSecond();
        SessionMesg session = new SessionMesg();
        session.setTimestamp(new DateTime(last.time()));
        session.setStartTime(new DateTime(first.time()));
        session.setSport(Sport.RUNNING);
        session.setTotalElapsedTime(elapsed);
        session.setTotalTimerTime(timerSeconds);
        session.setTotalDistance(last.distance() == null ? null : last.distance().floatValue());
        encoder.write(session);
        ActivityMesg activity = new ActivityMesg();
        activity.setTimestamp(new DateTime(last.time()));
        activity.setNumSessions(1);
        activity.setTotalTimerTime(timerSeconds);
        activity.setType(Activity.MANUAL);
        encoder.write(activity);
        encoder.close();
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gpx(List<Point> points, String type) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="fixture" xmlns="http://www.topografix.com/GPX/1/1"
                     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
                 <trk><name>Morning Run</name>""");
        if (type != null) {
            xml.append("<type>").append(type).append("</type>");
        }
        xml.append("<trkseg>\n");
        for (Point p : points) {
            xml.append("  <trkpt lat=\"").append(p.latitude()).append("\" lon=\"").append(p.longitude()).append("\">");
            optional(xml, "ele", p.altitude());
            optional(xml, "time", p.time());
            if (p.heartRate() != null) {
                xml.append("<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>").append(p.heartRate())
                        .append("</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>");
            }
            xml.append("</trkpt>\n");
        }
        return xml.append(" </trkseg></trk>\n</gpx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] tcx(String sport, List<List<Point>> laps) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                 <Activities>
                """);
        xml.append("  <Activity Sport=\"").append(sport).append("\"><Id>").append(laps.get(0).get(0).time())
                .append("</Id>\n");
        for (List<Point> lap : laps) {
            xml.append("   <Lap StartTime=\"").append(lap.get(0).time()).append("\">");
            // A lap-level DistanceMeters the reader must not mistake for a track point's.
            xml.append("<TotalTimeSeconds>1</TotalTimeSeconds><DistanceMeters>99999</DistanceMeters><Track>\n");
            for (Point p : lap) {
                xml.append("    <Trackpoint>");
                optional(xml, "Time", p.time());
                if (p.latitude() != null) {
                    xml.append("<Position><LatitudeDegrees>").append(p.latitude())
                            .append("</LatitudeDegrees><LongitudeDegrees>").append(p.longitude())
                            .append("</LongitudeDegrees></Position>");
                }
                optional(xml, "AltitudeMeters", p.altitude());
                optional(xml, "DistanceMeters", p.distance());
                if (p.heartRate() != null) {
                    xml.append("<HeartRateBpm><Value>").append(p.heartRate()).append("</Value></HeartRateBpm>");
                }
                xml.append("</Trackpoint>\n");
            }
            xml.append("   </Track></Lap>\n");
        }
        return xml.append("  </Activity>\n </Activities>\n</TrainingCenterDatabase>\n")
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void optional(StringBuilder xml, String element, Object value) {
        if (value != null) {
            xml.append('<').append(element).append('>').append(value).append("</").append(element).append('>');
        }
    }
}
