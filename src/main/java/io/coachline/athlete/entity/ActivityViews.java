package io.coachline.athlete.entity;

import java.util.List;

/**
 * Activities as the REST API shows them. Numbers are rounded for people (heart rate and pace to 0.1, distances
 * to the metre, times to the second): the stored values are measurements, not that precise.
 */
public final class ActivityViews {

    private ActivityViews() {
    }

    /**
     * One activity in a list.
     *
     * @param date          the local day in the athlete's time zone at import (yyyy-mm-dd)
     * @param paceSecPerKm  moving time per kilometre, null without distance
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public record Summary(String id, String name, String sport, String date, String startTime, String timeZone,
                          double distanceMeters, double movingSeconds, double elapsedSeconds, double elevationGainMeters,
                          Double paceSecPerKm, Double avgHr, Double maxHr, String workoutType, boolean race,
                          String sourceFormat) {
    }

    /** One kilometre; the last may be partial, its pace is per kilometre all the same. */
    public record Split(int km, double distanceMeters, double seconds, Double paceSecPerKm, Double avgHr,
                        double elevationGainMeters) {
    }

    /** The fastest continuous stretch of a standard distance within the activity. */
    public record BestEffort(String name, double distanceMeters, double seconds, Double paceSecPerKm) {
    }

    public record Detail(Summary activity, List<Split> splits, List<BestEffort> bestEfforts) {
    }

    /** A page of the history, newest first; {@code total} counts every activity matching the filters. */
    public record Page(List<Summary> activities, long total, int limit, int offset) {
    }
}
