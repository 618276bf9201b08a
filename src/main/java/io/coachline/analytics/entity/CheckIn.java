package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.Objects;

/** Morning check-in; every measure is nullable. Soreness, stress, rpe and motivation on 1..10. */
public record CheckIn(LocalDate date, Double sleepHours, Double hrv, Double restingHr,
                      Double soreness, Double stress, Double rpe, Double motivation) {

    public CheckIn {
        Objects.requireNonNull(date, "date");
    }
}
