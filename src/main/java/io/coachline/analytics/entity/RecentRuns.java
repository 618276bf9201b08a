package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * Runs of the last {@code days} local days, newest first, at most 50 listed; totals cover all.
 */
public record RecentRuns(boolean insufficientData, List<String> missing, int days,
                         int count, double totalDistanceMeters, double totalMovingSeconds,
                         Double avgPaceSecPerKm, boolean truncated, List<Row> runs,
                         List<Evidence> evidence) {

    public record Row(String id, LocalDate date, String name, double distanceMeters,
                      double movingSeconds, Double paceSecPerKm, Double avgHr, WorkoutType type) {
    }

    public static RecentRuns insufficient(int days, List<String> missing) {
        return new RecentRuns(true, missing, days, 0, 0, 0, null, false, List.of(), List.of());
    }
}
