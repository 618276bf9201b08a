package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;

import java.time.LocalDate;

/**
 * A long-serving athlete for benchmarks: the demo athlete's cycles run daily (seven runs a week,
 * about 365 runs with splits per year), no rides. Ten years give about 3,600 runs.
 */
public final class LongHistory {

    static final long SEED = 42L;

    private LongHistory() {
    }

    public static AthleteData generate(LocalDate today, int years) {
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("years must be between 1 and 30, was " + years);
        }
        return new TrainingSimulator(today, SEED, true, false).simulate(years * 365);
    }
}
