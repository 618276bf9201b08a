package io.coachline.analytics.entity;

import java.util.List;

/**
 * Efficiency (speed m/min / avg HR) of runs whose average HR, as % of max HR, falls in a zone.
 *
 * @param zones the band definitions used, so a reader sees there are no gaps
 */
public record EfficiencyByZone(boolean insufficientData, List<String> missing, String zone, int days,
                               List<Band> zones, int runs, Double meanEfficiency,
                               Double meanPaceSecPerKm, Double meanHrPercentOfMax,
                               Double slopePerWeek, Double pValue, List<EfficiencyTrend.Point> points,
                               List<Evidence> evidence) {

    /** @param fromPercent inclusive, @param toPercent exclusive; null = open */
    public record Band(String name, Double fromPercent, Double toPercent) {
    }

    public static EfficiencyByZone insufficient(String zone, int days, List<Band> zones,
                                                List<String> missing) {
        return new EfficiencyByZone(true, missing, zone, days, zones, 0, null, null, null, null, null,
                List.of(), List.of());
    }
}
