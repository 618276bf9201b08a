package io.coachline.athlete.control.imports;

import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.RecordMesgListener;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SessionMesgListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Garmin FIT activity files via the official SDK: record messages give the stream, sessions sport and timer. */
final class FitReader {

    private static final byte[] SIGNATURE = ".FIT".getBytes(StandardCharsets.US_ASCII);
    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / (1L << 31);

    private FitReader() {
    }

    static ParsedActivity read(String fileName, ImportSource content, ImportLimits limits) throws IOException {
        if (!hasFitHeader(content.head(14))) {
            throw ImportRejected.of(fileName, "is not a FIT file (its content does not match the .fit extension)");
        }
        Collected collected = new Collected(fileName, limits.maxPoints());
        try {
            try (InputStream in = content.open()) {
                if (!new Decode().checkFileIntegrity(in)) {
                    throw ImportRejected.of(fileName, "is truncated or corrupt (FIT size or CRC check failed)");
                }
            }
            Decode decode = new Decode();
            MesgBroadcaster broadcaster = new MesgBroadcaster(decode);
            broadcaster.addListener((RecordMesgListener) collected::record);
            broadcaster.addListener((SessionMesgListener) collected::session);
            try (InputStream in = content.open()) {
                decode.read(in, broadcaster, broadcaster);
            }
        } catch (FitRuntimeException e) {
            // The SDK may wrap what a listener threw; the listener's own verdict is the one to report.
            throw collected.refusal != null ? collected.refusal
                    : ImportRejected.of(fileName, "is truncated or corrupt (" + e.getMessage() + ")", e);
        }
        if (collected.points.isEmpty() && collected.relative > 0) {
            throw ImportRejected.of(fileName, "has timestamps relative to when the device was switched on instead of "
                    + "dates, so the activity cannot be placed in time; export it again from the device's app");
        }
        return TrackAssembler.assemble(fileName, new RecordedTrack("fit", collected.sport, null, collected.points,
                collected.timerSeconds));
    }

    /**
     * What the decoder hands over, kept as small track points rather than SDK messages, counted as it arrives.
     * Sessions are folded into the sport of the first and the sum of timer times, so their number costs nothing.
     */
    private static final class Collected {

        private final String fileName;
        private final int maxPoints;
        private final List<TrackPoint> points = new ArrayList<>();
        private String sport = "other";
        private boolean sportSeen;
        private Double timerSeconds;
        private ImportRejected refusal;
        private int relative;

        Collected(String fileName, int maxPoints) {
            this.fileName = fileName;
            this.maxPoints = maxPoints;
        }

        void record(RecordMesg r) {
            if (points.size() >= maxPoints) {
                throw refuse("has more than " + maxPoints + " records (coachline.import.max-points), "
                        + "more than a day recorded every second");
            }
            if (r.getTimestamp() != null && r.getTimestamp().getTimestamp() < DateTime.MIN) {
                // Values below 0x10000000 count seconds since the device was switched on, not since 1989-12-31:
                // read as dates they land in 1990. A stray one is skipped; a file of nothing else is refused.
                relative++;
                return;
            }
            points.add(toTrackPoint(r));
        }

        void session(SessionMesg s) {
            if (!sportSeen && s.getSport() != null) {
                sport = Sports.normalise(s.getSport().name(), "other");
                sportSeen = true;
            }
            // The device's timer time already leaves out auto-pause and manual pauses, so it beats any speed rule.
            if (s.getTotalTimerTime() != null) {
                timerSeconds = (timerSeconds == null ? 0 : timerSeconds) + s.getTotalTimerTime();
            }
        }

        private ImportRejected refuse(String problem) {
            refusal = ImportRejected.of(fileName, problem);
            return refusal;
        }
    }

    /** Byte 0 is the header length (12 or 14) and bytes 8-11 spell ".FIT" in every FIT file. */
    private static boolean hasFitHeader(byte[] content) {
        // content is the file's first 14 bytes
        if (content.length < 14) {
            return false;
        }
        int headerSize = content[0] & 0xFF;
        return (headerSize == 12 || headerSize == 14) && Arrays.equals(content, 8, 12, SIGNATURE, 0, 4);
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
