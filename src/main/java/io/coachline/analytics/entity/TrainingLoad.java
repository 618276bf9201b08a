package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fitness (CTL), fatigue (ATL) and form (TSB) as of {@code date}.
 *
 * @param ctlChange7d CTL today minus CTL seven days ago
 * @param loadMethods how many activities were scored by each method (RTSS, HRTSS, ESTIMATE)
 * @param recentDays  the last days of the series (42 unless asked otherwise), oldest first
 */
public record TrainingLoad(boolean insufficientData, List<String> missing, LocalDate date,
                           double ctl, double atl, double tsb, double ctlChange7d,
                           String phase, String tsbZone, Map<String, Integer> loadMethods,
                           List<Day> recentDays, List<Evidence> evidence) {

    /** TSB of a day is the previous day's CTL minus the previous day's ATL. */
    public record Day(LocalDate date, double load, double ctl, double atl, double tsb) {
    }

    public static TrainingLoad insufficient(LocalDate date, List<String> missing) {
        return new TrainingLoad(true, missing, date, 0, 0, 0, 0, null, null, Map.of(), List.of(),
                List.of());
    }
}
