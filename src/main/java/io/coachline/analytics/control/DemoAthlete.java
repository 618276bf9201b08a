package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;

import java.time.LocalDate;

/**
 * A realistic year for demos and tests: male, max HR 190, resting 50, threshold HR 172, threshold
 * pace 4:15/km, about five runs a week in base/build/taper cycles with three races, a ride every
 * other Friday, daily check-ins, and an active half-marathon plan from this week's Monday to a
 * goal race 8-14 days after {@code today}. The same today and seed always give the same data.
 */
public final class DemoAthlete {

    public static final long DEFAULT_SEED = 20_240_611L;
    static final int DAYS = 365;

    private DemoAthlete() {
    }

    public static AthleteData generate(LocalDate today) {
        return generate(today, DEFAULT_SEED);
    }

    public static AthleteData generate(LocalDate today, long seed) {
        return new TrainingSimulator(today, seed, false, true).simulate(DAYS);
    }
}
