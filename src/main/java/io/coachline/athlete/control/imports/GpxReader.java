package io.coachline.athlete.control.imports;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.Metadata;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** GPX 1.0/1.1 tracks via jpx; all track segments of a file form one activity. */
final class GpxReader {

    private static final String GPX_10_NAMESPACE = "http://www.topografix.com/GPX/1/0";

    private GpxReader() {
    }

    static ParsedActivity read(String fileName, byte[] content) {
        XmlGuard.Prolog prolog = XmlGuard.prolog(fileName, content, "GPX");
        QName root = prolog.root();
        if (!root.getLocalPart().equals("gpx")) {
            throw ImportRejected.of(fileName, "is not a GPX file (its content does not match the .gpx extension)");
        }
        GPX.Version version = GPX_10_NAMESPACE.equals(root.getNamespaceURI()) ? GPX.Version.V10 : GPX.Version.V11;
        GPX gpx;
        try {
            // Lenient: a single malformed optional element should not cost the athlete the whole activity.
            // jpx decodes a plain InputStream as UTF-8 whatever the declaration says, so it gets decoded text;
            // a byte-order mark survives decoding with an explicit-endian charset and must not reach the parser.
            String text = new String(content, prolog.encoding());
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            gpx = GPX.Reader.of(version, GPX.Reader.Mode.LENIENT).read(new StreamSource(new StringReader(text)));
        } catch (IOException | RuntimeException e) {
            throw ImportRejected.of(fileName, "is not a valid GPX file ("
                    + XmlGuard.oneLine(e.getMessage()) + ")", e);
        }
        List<TrackPoint> points = gpx.tracks()
                .flatMap(Track::segments)
                .flatMap(TrackSegment::points)
                .map(GpxReader::toTrackPoint)
                .toList();
        Optional<Track> firstTrack = gpx.tracks().findFirst();
        String name = firstTrack.flatMap(Track::getName)
                .or(() -> gpx.getMetadata().flatMap(Metadata::getName))
                .orElse(null);
        String sport = sport(firstTrack.flatMap(Track::getType).orElse(null));
        return TrackAssembler.assemble(fileName, new RecordedTrack("gpx", sport, name, points, null));
    }

    /** GPX has no standard sport vocabulary; older Strava exports write the unpublished code "9" for runs. */
    private static String sport(String type) {
        return type != null && type.trim().equals("9") ? "run" : Sports.normalise(type, "run");
    }

    private static TrackPoint toTrackPoint(WayPoint p) {
        return new TrackPoint(p.getTime().orElse(null), null,
                p.getLatitude().doubleValue(), p.getLongitude().doubleValue(),
                p.getExtensions().map(GpxReader::heartRate).orElse(null),
                p.getElevation().map(Length::doubleValue).orElse(null));
    }

    /**
     * The {@code hr} element of Garmin's TrackPointExtension (v1 or v2). Matched by local name so that files
     * whose writers got the namespace prefix wrong still yield their heart rate.
     */
    private static Double heartRate(Document extensions) {
        NodeList elements = extensions.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Node element = elements.item(i);
            String local = element.getLocalName() != null ? element.getLocalName()
                    : element.getNodeName().substring(element.getNodeName().indexOf(':') + 1);
            if (local.equals("hr")) {
                return XmlValues.number(element.getTextContent());
            }
        }
        return null;
    }
}
