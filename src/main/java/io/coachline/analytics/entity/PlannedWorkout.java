package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.Objects;

/** Targets are nullable: a plan may give only a distance, only a duration, or neither. */
public record PlannedWorkout(LocalDate date, WorkoutType type, String title,
                             Double targetDistanceMeters, Double targetDurationSeconds,
                             Double targetPaceSecPerKm) {

    public PlannedWorkout {
        Objects.requireNonNull(date, "date");
        type = type == null ? WorkoutType.OTHER : type;
    }
}
