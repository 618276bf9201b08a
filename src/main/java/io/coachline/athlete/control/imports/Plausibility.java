package io.coachline.athlete.control.imports;

import java.time.Duration;
import java.time.Instant;

/**
 * Ranges outside which a recorded value is treated as a device or file error.
 * A bad timestamp drops its point (nothing else about it can be placed in time);
 * any other bad field is dropped on its own so one glitch does not cost the whole point.
 */
final class Plausibility {

    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    static final double MAX_HEART_RATE = 250;
    static final double MIN_ALTITUDE = -500;
    static final double MAX_ALTITUDE = 9_000;

    private Plausibility() {
    }

    static boolean isPlausibleTime(Instant time) {
        return time != null && !time.isBefore(EARLIEST) && !time.isAfter(Instant.now().plus(FUTURE_TOLERANCE));
    }

    static Double heartRate(Double bpm) {
        return bpm != null && bpm > 0 && bpm <= MAX_HEART_RATE ? bpm : null;
    }

    static Double altitude(Double metres) {
        return metres != null && metres >= MIN_ALTITUDE && metres <= MAX_ALTITUDE ? metres : null;
    }

    static Double distance(Double metres) {
        return metres != null && Double.isFinite(metres) && metres >= 0 ? metres : null;
    }

    /** Keeps the point's time and drops each other field that is out of range. */
    static TrackPoint sanitise(TrackPoint p) {
        boolean validPosition = p.latitude() != null && p.longitude() != null
                && Math.abs(p.latitude()) <= 90 && Math.abs(p.longitude()) <= 180;
        return new TrackPoint(p.time(), distance(p.distanceMeters()),
                validPosition ? p.latitude() : null, validPosition ? p.longitude() : null,
                heartRate(p.heartRate()), altitude(p.altitudeMeters()));
    }
}
