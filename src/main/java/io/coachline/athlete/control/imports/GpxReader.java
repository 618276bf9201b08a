package io.coachline.athlete.control.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GPX 1.0/1.1 tracks, read as a stream with the JDK's hardened StAX parser; all track segments of a file form one
 * activity. A document-model library (jpx) would build every way point and the whole text before a limit could be
 * applied; here points are counted as they are read and each value is cut at {@link XmlValues#MAX_CHARS}.
 * Lenient like the writers it reads: an unreadable value costs that field, not the point or the activity.
 */
final class GpxReader {

    private GpxReader() {
    }

    static ParsedActivity read(String fileName, ImportSource content, ImportLimits limits) throws IOException {
        if (!XmlGuard.prolog(fileName, content, "GPX").root().getLocalPart().equals("gpx")) {
            throw ImportRejected.of(fileName, "is not a GPX file (its content does not match the .gpx extension)");
        }
        Track track = new Track(fileName, limits.maxPoints());
        XMLStreamReader reader = null;
        try (InputStream in = content.open()) {
            reader = XmlGuard.hardenedFactory().createXMLStreamReader(in);
            track.read(reader);
        } catch (XMLStreamException e) {
            throw ImportRejected.of(fileName, "is not a valid GPX file (" + XmlGuard.oneLine(e.getMessage()) + ")", e);
        } finally {
            XmlGuard.close(reader);
        }
        String name = track.trackName != null ? track.trackName : track.fileTitle;
        return TrackAssembler.assemble(fileName, new RecordedTrack("gpx", sport(track.type), name, track.points, null));
    }

    /** GPX has no standard sport vocabulary; older Strava exports write the unpublished code "9" for runs. */
    private static String sport(String type) {
        return type != null && type.trim().equals("9") ? "run" : Sports.normalise(type, "run");
    }

    /** What is collected while the document streams by. */
    private static final class Track {

        private final String fileName;
        private final int maxPoints;
        private final List<TrackPoint> points = new ArrayList<>();
        private final Deque<String> path = new ArrayDeque<>();
        private String trackName;
        private String type;
        private String fileTitle;
        private int tracksSeen;
        private Point point;

        Track(String fileName, int maxPoints) {
            this.fileName = fileName;
            this.maxPoints = maxPoints;
        }

        void read(XMLStreamReader reader) throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    started(reader, reader.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    ended(path.pop());
                }
            }
        }

        /** Either consumes the element's text (and its end tag) or enters the element. */
        private void started(XMLStreamReader reader, String element) throws XMLStreamException {
            String parent = path.peek();
            if (point != null) {
                switch (element) {
                    case "time" -> point.time = XmlValues.instant(text(reader));
                    case "ele" -> point.altitude = XmlValues.number(text(reader));
                    // Garmin's TrackPointExtension hr (v1 or v2), by local name: writers get its prefix wrong.
                    case "hr" -> point.heartRate = XmlValues.number(text(reader));
                    default -> path.push(element);
                }
                return;
            }
            if (element.equals("trkpt") && "trkseg".equals(parent)) {
                if (points.size() >= maxPoints) {
                    throw ImportRejected.of(fileName, "has more than " + maxPoints + " track points "
                            + "(coachline.import.max-points), more than a day recorded every second");
                }
                point = new Point(XmlValues.number(reader.getAttributeValue(null, "lat")),
                        XmlValues.number(reader.getAttributeValue(null, "lon")));
                path.push(element);
            } else if (element.equals("name") && "trk".equals(parent) && tracksSeen == 0) {
                trackName = blankToNull(text(reader));
            } else if (element.equals("type") && "trk".equals(parent) && tracksSeen == 0) {
                type = blankToNull(text(reader));
            } else if (element.equals("name") && ("metadata".equals(parent) || "gpx".equals(parent))) {
                fileTitle = blankToNull(text(reader));
            } else {
                path.push(element);
            }
        }

        private void ended(String element) {
            if (element.equals("trkpt") && point != null) {
                points.add(point.toTrackPoint());
                point = null;
            } else if (element.equals("trk")) {
                tracksSeen++;
            }
        }

        private static String text(XMLStreamReader reader) throws XMLStreamException {
            return XmlGuard.boundedText(reader, XmlValues.MAX_CHARS);
        }

        private static String blankToNull(String text) {
            return text.isBlank() ? null : text.trim();
        }
    }

    /** One trkpt's values as they are read. */
    private static final class Point {

        private final Double latitude;
        private final Double longitude;
        private java.time.Instant time;
        private Double altitude;
        private Double heartRate;

        Point(Double latitude, Double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
        }

        TrackPoint toTrackPoint() {
            return new TrackPoint(time, null, latitude, longitude, heartRate, altitude);
        }
    }
}
