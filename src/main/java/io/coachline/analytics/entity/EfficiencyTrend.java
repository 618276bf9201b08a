package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * Efficiency factor (speed in m/min divided by average HR; higher is better) of steady aerobic
 * runs, its weekly least-squares slope and aerobic decoupling.
 *
 * @param slopePerWeek        EF change per week
 * @param slopePercentPerWeek slope relative to the mean EF
 * @param pValue              two-sided, t-distribution with n-2 degrees of freedom
 * @param direction           improving, declining or flat (flat unless p &lt; 0.05)
 * @param meanDecouplingPercent mean over runs whose splits allow it; null when none do
 */
public record EfficiencyTrend(boolean insufficientData, List<String> missing, int days,
                              int runs, Double meanEfficiency, Double slopePerWeek,
                              Double slopePercentPerWeek, Double pValue, boolean significant,
                              String direction, Double meanDecouplingPercent, List<Point> points,
                              List<Evidence> evidence) {

    /** @param decouplingPercent % drop of speed/HR from the first to the second half; nullable */
    public record Point(String activityId, LocalDate date, double efficiency, Double decouplingPercent) {
    }

    public static EfficiencyTrend insufficient(int days, List<String> missing) {
        return new EfficiencyTrend(true, missing, days, 0, null, null, null, null, false, null, null,
                List.of(), List.of());
    }
}
