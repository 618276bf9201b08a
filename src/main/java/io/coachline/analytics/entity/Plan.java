package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.List;

/** A training plan; the goal race date and distance are nullable. */
public record Plan(String name, LocalDate goalRaceDate, Double goalRaceDistanceMeters,
                   List<PlannedWorkout> workouts) {

    public Plan {
        workouts = workouts == null ? List.of() : List.copyOf(workouts);
    }
}
