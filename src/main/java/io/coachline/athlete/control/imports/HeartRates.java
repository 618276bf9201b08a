package io.coachline.athlete.control.imports;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** Heart-rate figures weighted by time, because devices record irregularly (e.g. Garmin smart recording). */
final class HeartRates {

    private HeartRates() {
    }

    /** The heart rate over the interval between two samples, or null when neither end has one. */
    static Double interval(Sample from, Sample to) {
        if (from.heartRate() != null && to.heartRate() != null) {
            return (from.heartRate() + to.heartRate()) / 2;
        }
        return from.heartRate() != null ? from.heartRate() : to.heartRate();
    }

    /** Average over the intervals marked as counted (interval i runs from sample i to i + 1). */
    static Double timeWeightedAverage(List<Sample> samples, boolean[] counted) {
        double weighted = 0;
        double seconds = 0;
        for (int i = 0; i + 1 < samples.size(); i++) {
            Double bpm = interval(samples.get(i), samples.get(i + 1));
            double dt = samples.get(i + 1).elapsedSeconds() - samples.get(i).elapsedSeconds();
            if (counted[i] && bpm != null && dt > 0) {
                weighted += bpm * dt;
                seconds += dt;
            }
        }
        if (seconds > 0) {
            return weighted / seconds;
        }
        // Readings without any duration between them (a single point, or only during pauses) still say something.
        OptionalDouble mean = samples.stream().map(Sample::heartRate).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }

    static Double max(List<Sample> samples) {
        return samples.stream().map(Sample::heartRate).filter(Objects::nonNull)
                .max(Double::compare).orElse(null);
    }
}
