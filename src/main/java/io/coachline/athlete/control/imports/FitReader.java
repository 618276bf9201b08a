package io.coachline.athlete.control.imports;

import com.garmin.fit.Decode;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.RecordMesgListener;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SessionMesgListener;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Garmin FIT activity files via the official SDK: record messages give the stream, sessions sport and timer. */
final class FitReader {

    private static final byte[] SIGNATURE = ".FIT".getBytes(StandardCharsets.US_ASCII);
    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / (1L << 31);

    private FitReader() {
    }

    static ParsedActivity read(String fileName, byte[] content) {
        if (!hasFitHeader(content)) {
            throw ImportRejected.of(fileName, "is not a FIT file (its content does not match the .fit extension)");
        }
        List<RecordMesg> records = new ArrayList<>();
        List<SessionMesg> sessions = new ArrayList<>();
        try {
            if (!new Decode().checkFileIntegrity(new ByteArrayInputStream(content))) {
                throw ImportRejected.of(fileName, "is truncated or corrupt (FIT size or CRC check failed)");
            }
            Decode decode = new Decode();
            MesgBroadcaster broadcaster = new MesgBroadcaster(decode);
            broadcaster.addListener((RecordMesgListener) records::add);
            broadcaster.addListener((SessionMesgListener) sessions::add);
            decode.read(new ByteArrayInputStream(content), broadcaster, broadcaster);
        } catch (FitRuntimeException e) {
            throw ImportRejected.of(fileName, "is truncated or corrupt (" + e.getMessage() + ")", e);
        }
        List<TrackPoint> points = records.stream().map(FitReader::toTrackPoint).toList();
        return TrackAssembler.assemble(fileName, new RecordedTrack("fit", sport(sessions), null, points,
                timerSeconds(sessions)));
    }

    /** Byte 0 is the header length (12 or 14) and bytes 8-11 spell ".FIT" in every FIT file. */
    private static boolean hasFitHeader(byte[] content) {
        if (content.length < 14) {
            return false;
        }
        int headerSize = content[0] & 0xFF;
        return (headerSize == 12 || headerSize == 14) && Arrays.equals(content, 8, 12, SIGNATURE, 0, 4);
    }

    /** A multisport file is imported as one activity, named after its first session's sport. */
    private static String sport(List<SessionMesg> sessions) {
        return sessions.stream().map(SessionMesg::getSport).filter(Objects::nonNull).findFirst()
                .map(sport -> Sports.normalise(sport.name(), "other")).orElse("other");
    }

    /** The device's timer time already leaves out auto-pause and manual pauses, so it beats any speed rule. */
    private static Double timerSeconds(List<SessionMesg> sessions) {
        List<Float> timers = sessions.stream().map(SessionMesg::getTotalTimerTime).filter(Objects::nonNull).toList();
        return timers.isEmpty() ? null : timers.stream().mapToDouble(Float::doubleValue).sum();
    }

    private static TrackPoint toTrackPoint(RecordMesg r) {
        Float altitude = r.getEnhancedAltitude() != null ? r.getEnhancedAltitude() : r.getAltitude();
        boolean positioned = r.getPositionLat() != null && r.getPositionLong() != null;
        return new TrackPoint(r.getTimestamp() == null ? null : r.getTimestamp().getDate().toInstant(),
                toDouble(r.getDistance()),
                positioned ? r.getPositionLat() * DEGREES_PER_SEMICIRCLE : null,
                positioned ? r.getPositionLong() * DEGREES_PER_SEMICIRCLE : null,
                r.getHeartRate() == null ? null : r.getHeartRate().doubleValue(),
                toDouble(altitude));
    }

    private static Double toDouble(Float value) {
        return value == null ? null : value.doubleValue();
    }
}
