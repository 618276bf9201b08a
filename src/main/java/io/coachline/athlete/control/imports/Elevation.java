package io.coachline.athlete.control.imports;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Elevation gain with light smoothing: each altitude is replaced by the mean of itself and up to two
 * recorded altitudes on either side (a centred 5-point moving average), then positive deltas are summed.
 * Without smoothing, GPS and barometer jitter of a metre or two adds up to hundreds of phantom metres.
 */
final class Elevation {

    private static final int HALF_WINDOW = 2;

    private Elevation() {
    }

    /** Smoothed altitude per sample index, null where the sample has none. */
    static Double[] smoothed(List<Sample> samples) {
        int[] recorded = IntStream.range(0, samples.size())
                .filter(i -> samples.get(i).altitudeMeters() != null).toArray();
        int count = recorded.length;
        Double[] result = new Double[samples.size()];
        for (int k = 0; k < count; k++) {
            int from = Math.max(0, k - HALF_WINDOW);
            int to = Math.min(count - 1, k + HALF_WINDOW);
            double sum = 0;
            for (int j = from; j <= to; j++) {
                sum += samples.get(recorded[j]).altitudeMeters();
            }
            result[recorded[k]] = sum / (to - from + 1);
        }
        return result;
    }

    static double gain(Double[] smoothed) {
        double gain = 0;
        Double previous = null;
        for (Double altitude : smoothed) {
            if (altitude == null) {
                continue;
            }
            if (previous != null && altitude > previous) {
                gain += altitude - previous;
            }
            previous = altitude;
        }
        return gain;
    }
}
