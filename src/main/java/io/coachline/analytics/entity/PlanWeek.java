package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.List;

/** The current Monday-to-Sunday week of the active plan against what was run. */
public record PlanWeek(boolean insufficientData, List<String> missing, String planName,
                       LocalDate weekStart, LocalDate weekEnd, List<Day> days,
                       double plannedDistanceMeters, double doneDistanceMeters,
                       double plannedSeconds, double doneSeconds, int plannedWorkouts,
                       int completedWorkouts, List<Evidence> evidence) {

    /**
     * @param status done, partial, missed, upcoming, extra (a run without a plan) or rest
     */
    public record Day(LocalDate date, List<PlannedWorkout> planned, List<RecentRuns.Row> done,
                      String status) {
    }

    public static PlanWeek insufficient(LocalDate weekStart, LocalDate weekEnd, String planName,
                                        List<String> missing) {
        return new PlanWeek(true, missing, planName, weekStart, weekEnd, List.of(), 0, 0, 0, 0, 0, 0,
                List.of());
    }
}
