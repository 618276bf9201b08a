package io.coachline.athlete.control.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Garmin Training Center (TCX) files: one activity per {@code <Activity>}, points from its Trackpoints. */
final class TcxReader {

    private static final String ROOT = "TrainingCenterDatabase";

    private TcxReader() {
    }

    static List<ParsedActivity> read(String fileName, ImportSource content, ImportLimits limits) throws IOException {
        if (!XmlGuard.prolog(fileName, content, "TCX").root().getLocalPart().equals(ROOT)) {
            throw ImportRejected.of(fileName, "is not a TCX file (its content does not match the .tcx extension)");
        }
        List<RecordedTrack> tracks = recordedTracks(fileName, content, limits.maxPoints());
        List<ParsedActivity> activities = new ArrayList<>();
        ImportRejected firstProblem = null;
        for (RecordedTrack track : tracks) {
            try {
                activities.add(TrackAssembler.assemble(fileName, track));
            } catch (ImportRejected problem) {
                // A file may hold several activities; one without usable points should not hide the others.
                firstProblem = firstProblem == null ? problem : firstProblem;
            }
        }
        if (activities.isEmpty()) {
            throw firstProblem != null ? firstProblem
                    : ImportRejected.of(fileName, "contains no activity with timed track points");
        }
        return activities;
    }

    /** The file's activities; points are counted over all of them as they are read, and refused beyond the limit. */
    private static List<RecordedTrack> recordedTracks(String fileName, ImportSource content, int maxPoints)
            throws IOException {
        List<RecordedTrack> tracks = new ArrayList<>();
        XMLStreamReader reader = null;
        int pointCount = 0;
        try (InputStream in = content.open()) {
            reader = XmlGuard.hardenedFactory().createXMLStreamReader(in);
            String sport = null;
            List<TrackPoint> points = null;
            PointFields point = null;
            while (reader.hasNext()) {
                int event = reader.next();
                String element = event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                        ? reader.getLocalName() : "";
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (element) {
                        case "Activity" -> {
                            sport = reader.getAttributeValue(null, "Sport");
                            points = new ArrayList<>();
                        }
                        case "Trackpoint" -> {
                            if (++pointCount > maxPoints) {
                                throw ImportRejected.of(fileName, "has more than " + maxPoints + " track points "
                                        + "(coachline.import.max-points), more than a day recorded every second");
                            }
                            point = new PointFields();
                        }
                        default -> {
                            if (point != null && PointFields.FIELDS.contains(element)) {
                                point.set(element, XmlGuard.boundedText(reader, XmlValues.MAX_CHARS));
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (element.equals("Trackpoint") && point != null && points != null) {
                        points.add(point.toTrackPoint());
                        point = null;
                    } else if (element.equals("Activity") && points != null) {
                        tracks.add(new RecordedTrack("tcx", Sports.normalise(sport, "other"), null, points, null));
                        points = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw XmlGuard.notWellFormed(fileName, "TCX", e);
        } finally {
            XmlGuard.close(reader);
        }
        return tracks;
    }

    /** The text values of one Trackpoint as they are read; unparsable numbers and times become missing fields. */
    private static final class PointFields {

        static final List<String> FIELDS = List.of(
                "Time", "LatitudeDegrees", "LongitudeDegrees", "AltitudeMeters", "DistanceMeters", "Value");

        private final String[] values = new String[FIELDS.size()];

        void set(String element, String text) {
            values[FIELDS.indexOf(element)] = text.trim();
        }

        TrackPoint toTrackPoint() {
            // "Value" only occurs inside HeartRateBpm within a Trackpoint.
            return new TrackPoint(XmlValues.instant(values[0]), XmlValues.number(values[4]),
                    XmlValues.number(values[1]), XmlValues.number(values[2]),
                    XmlValues.number(values[5]), XmlValues.number(values[3]));
        }
    }
}
