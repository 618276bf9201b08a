package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.Evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs all ten tools with their defaults and reads the fields every result shares. */
final class ToolResults {

    private ToolResults() {
    }

    static Map<String, Record> all(AthleteData data) {
        AnalyticsTools tools = new AnalyticsTools();
        Map<String, Record> results = new LinkedHashMap<>();
        results.put("get_recent_runs", tools.getRecentRuns(data, null));
        results.put("get_training_load", tools.getTrainingLoad(data));
        results.put("get_efficiency_trend", tools.getEfficiencyTrend(data, null));
        results.put("get_efficiency_by_zone", tools.getEfficiencyByZone(data, null, null));
        results.put("get_race_predictions", tools.getRacePredictions(data));
        results.put("get_recovery_status", tools.getRecoveryStatus(data));
        results.put("get_pb_patterns", tools.getPbPatterns(data));
        results.put("get_correlations", tools.getCorrelations(data, null));
        results.put("get_active_insights", tools.getActiveInsights(data, null));
        results.put("get_plan_week", tools.getPlanWeek(data));
        return results;
    }

    static boolean insufficient(Record result) {
        return (Boolean) read(result, "insufficientData");
    }

    @SuppressWarnings("unchecked")
    static List<String> missing(Record result) {
        return (List<String>) read(result, "missing");
    }

    @SuppressWarnings("unchecked")
    static List<Evidence> evidence(Record result) {
        return (List<Evidence>) read(result, "evidence");
    }

    private static Object read(Record result, String component) {
        try {
            return result.getClass().getMethod(component).invoke(result);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(result.getClass().getSimpleName() + " lacks " + component, e);
        }
    }
}
