package io.coachline.athlete.control.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Kilometre splits. Boundaries fall between samples, so time, heart rate and altitude are interpolated linearly
 * at each kilometre mark. Split time is elapsed time (pauses included), as on a watch's lap screen; elevation
 * gain uses the same smoothing as the activity total, so the splits add up to it.
 */
public final class Splits {

    static final double KILOMETRE = 1000;
    static final double MIN_PARTIAL_METERS = 100;
    /** One split per kilometre of the longest possible activity: a distance from a file never sizes the list. */
    static final int MAX_SPLITS = (int) Math.ceil(Plausibility.MAX_DISTANCE_METERS / KILOMETRE);

    private Splits() {
    }

    /** One split per full kilometre, plus the last partial one when it is at least 100 m long. */
    public static List<Split> perKilometre(List<Sample> samples) {
        List<Split> splits = new ArrayList<>();
        if (samples.size() < 2) {
            return splits;
        }
        double length = samples.get(samples.size() - 1).distanceMeters() - samples.get(0).distanceMeters();
        if (!(length / KILOMETRE <= MAX_SPLITS)) {
            throw new IllegalArgumentException("a stream of " + length + " m is longer than any activity; "
                    + "importers refuse such files before splits are made");
        }
        Double[] altitude = Elevation.smoothed(samples);
        double origin = samples.get(0).distanceMeters();
        double nextMark = origin + KILOMETRE;
        SplitTotals current = new SplitTotals();
        for (int i = 0; i + 1 < samples.size(); i++) {
            Sample from = samples.get(i);
            Sample to = samples.get(i + 1);
            double covered = to.distanceMeters() - from.distanceMeters();
            double pieceStart = 0;
            while (covered > 0 && to.distanceMeters() >= nextMark) {
                double pieceEnd = (nextMark - from.distanceMeters()) / covered;
                current.add(from, to, altitude[i], altitude[i + 1], pieceEnd - pieceStart);
                splits.add(current.toSplit(splits.size() + 1, KILOMETRE));
                current = new SplitTotals();
                nextMark += KILOMETRE;
                pieceStart = pieceEnd;
            }
            current.add(from, to, altitude[i], altitude[i + 1], 1 - pieceStart);
        }
        double partial = samples.get(samples.size() - 1).distanceMeters() - (nextMark - KILOMETRE);
        if (partial >= MIN_PARTIAL_METERS) {
            splits.add(current.toSplit(splits.size() + 1, partial));
        }
        return splits;
    }

    /** Running sums for the split being built; intervals are added in fractions when a kilometre mark cuts them. */
    private static final class SplitTotals {

        private double seconds;
        private double heartRateSeconds;
        private double heartBeats;
        private double gain;

        void add(Sample from, Sample to, Double altitudeFrom, Double altitudeTo, double fraction) {
            double dt = (to.elapsedSeconds() - from.elapsedSeconds()) * fraction;
            seconds += dt;
            Double bpm = HeartRates.interval(from, to);
            if (bpm != null) {
                heartBeats += bpm * dt;
                heartRateSeconds += dt;
            }
            if (altitudeFrom != null && altitudeTo != null && altitudeTo > altitudeFrom) {
                gain += (altitudeTo - altitudeFrom) * fraction;
            }
        }

        Split toSplit(int index, double distanceMeters) {
            Double avgHr = heartRateSeconds > 0 ? heartBeats / heartRateSeconds : null;
            return new Split(index, distanceMeters, seconds, avgHr, gain);
        }
    }
}
