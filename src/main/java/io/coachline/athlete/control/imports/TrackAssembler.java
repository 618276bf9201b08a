package io.coachline.athlete.control.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns what a format reader recorded into a validated activity with the derived figures every format shares. */
final class TrackAssembler {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private TrackAssembler() {
    }

    static ParsedActivity assemble(String fileName, RecordedTrack track) {
        List<TrackPoint> points = plausiblePoints(track.points());
        if (points.isEmpty()) {
            boolean anyTimed = track.points().stream().anyMatch(p -> p.time() != null);
            throw ImportRejected.of(fileName, anyTimed
                    ? "has no track point with a plausible timestamp (all are before 1990 or in the future)"
                    : "has no track points with a timestamp, so there is no activity to import");
        }
        Instant start = points.get(0).time();
        double[] distances = cumulativeDistances(points);
        List<Sample> samples = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            TrackPoint p = points.get(i);
            double elapsed = Duration.between(start, p.time()).toNanos() / 1e9;
            samples.add(new Sample(elapsed, distances[i], p.heartRate(), p.altitudeMeters()));
        }
        Sample last = samples.get(samples.size() - 1);
        boolean[] moving = MovingTime.movingIntervals(samples);
        Double timer = track.timerSeconds();
        boolean deviceTimerUsable = timer != null && timer > 0 && timer <= last.elapsedSeconds() + 1;
        double movingSeconds = deviceTimerUsable
                ? Math.min(timer, last.elapsedSeconds())
                : MovingTime.seconds(samples, moving);
        String impossible = Plausibility.impossibility(track.sport(), last.distanceMeters(), movingSeconds,
                last.elapsedSeconds());
        if (impossible != null) {
            throw ImportRejected.of(fileName, impossible);
        }
        String name = track.name() == null || track.name().isBlank() ? FileNames.title(fileName) : track.name().trim();
        return new ParsedActivity(track.format(), start, track.sport(), name, last.distanceMeters(),
                movingSeconds, last.elapsedSeconds(), Elevation.gain(Elevation.smoothed(samples)),
                HeartRates.timeWeightedAverage(samples, moving), HeartRates.max(samples), samples);
    }

    /** Points with a plausible time, in recorded order; a point going back in time is dropped. */
    private static List<TrackPoint> plausiblePoints(List<TrackPoint> recorded) {
        List<TrackPoint> kept = new ArrayList<>(recorded.size());
        Instant previous = null;
        for (TrackPoint p : recorded) {
            if (Plausibility.isPlausibleTime(p.time()) && (previous == null || !p.time().isBefore(previous))) {
                kept.add(Plausibility.sanitise(p));
                previous = p.time();
            }
        }
        return kept;
    }

    /**
     * The device's own distance when any point has one (it is wheel/footpod/filtered-GPS based and what the
     * athlete saw), else the haversine sum over GPS positions, else zero. A device distance that goes backwards
     * or is missing on a point keeps the last value, so distance never decreases.
     */
    private static double[] cumulativeDistances(List<TrackPoint> points) {
        double[] result = new double[points.size()];
        boolean fromDevice = points.stream().anyMatch(p -> p.distanceMeters() != null);
        double total = 0;
        TrackPoint lastPositioned = null;
        for (int i = 0; i < points.size(); i++) {
            TrackPoint p = points.get(i);
            if (fromDevice) {
                if (p.distanceMeters() != null && p.distanceMeters() > total) {
                    total = p.distanceMeters();
                }
            } else if (p.latitude() != null) {
                if (lastPositioned != null) {
                    total += haversineMeters(lastPositioned, p);
                }
                lastPositioned = p;
            }
            result[i] = total;
        }
        return result;
    }

    private static double haversineMeters(TrackPoint a, TrackPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
