package io.coachline.athlete.control.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Ranges outside which a recorded value is treated as a device or file error.
 * A bad timestamp drops its point (nothing else about it can be placed in time);
 * any other bad field is dropped on its own so one glitch does not cost the whole point.
 * A whole activity beyond what a human can do in its sport is refused, so it never reaches load or predictions.
 */
final class Plausibility {

    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    static final double MAX_HEART_RATE = 250;
    static final double MIN_ALTITUDE = -500;
    static final double MAX_ALTITUDE = 9_000;

    /**
     * What one recorded activity of a sport can be at most. Speeds are averages over the whole activity and sit
     * above world records (run: 100 m at 10.4 m/s; walk: 20 km race walk at 4.4 m/s; swim: 50 m at 2.4 m/s);
     * distances and durations above multi-day ultra events recorded as one file.
     */
    record SportBounds(double maxAverageSpeed, double maxDistanceMeters, double maxSeconds) {
    }

    private static final double DAY = 86_400;
    static final Map<String, SportBounds> BOUNDS = Map.of(
            "run", new SportBounds(10.5, 1_000_000, 10 * DAY),
            "walk", new SportBounds(5, 1_000_000, 10 * DAY),
            "hike", new SportBounds(5, 1_000_000, 10 * DAY),
            "ride", new SportBounds(30, 3_000_000, 10 * DAY),
            "swim", new SportBounds(3, 100_000, 2 * DAY),
            "other", new SportBounds(100, 5_000_000, 10 * DAY));
    /** The longest any activity may be, whatever its sport: what bounds the number of splits. */
    static final double MAX_DISTANCE_METERS = BOUNDS.values().stream()
            .mapToDouble(SportBounds::maxDistanceMeters).max().orElseThrow();

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

    /** Why no one could have done this activity, or null when it is humanly possible. */
    static String impossibility(String sport, double distanceMeters, double movingSeconds, double elapsedSeconds) {
        SportBounds bounds = BOUNDS.getOrDefault(sport, BOUNDS.get("other"));
        if (distanceMeters > bounds.maxDistanceMeters()) {
            return "is physically impossible: " + km(distanceMeters) + " km exceeds the " + km(bounds.maxDistanceMeters())
                    + " km any " + sport + " recorded as one activity can cover";
        }
        if (elapsedSeconds > bounds.maxSeconds()) {
            return "is physically impossible: it lasts " + Math.round(elapsedSeconds / 3600) + " h, more than the "
                    + Math.round(bounds.maxSeconds() / 3600) + " h any " + sport + " recorded as one activity lasts";
        }
        // Moving time is what pace, load and predictions are computed from.
        double seconds = movingSeconds > 0 ? movingSeconds : elapsedSeconds;
        if (distanceMeters > 0 && (seconds <= 0 || distanceMeters / seconds > bounds.maxAverageSpeed())) {
            return "is physically impossible: " + Math.round(distanceMeters) + " m in " + Math.round(seconds)
                    + " s is faster than the " + bounds.maxAverageSpeed() + " m/s no " + sport
                    + " averages (check the file's distance and time fields)";
        }
        return null;
    }

    private static long km(double meters) {
        return Math.round(meters / 1000);
    }
}
