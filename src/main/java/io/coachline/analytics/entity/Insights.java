package io.coachline.analytics.entity;

import java.util.List;

/** Prioritised, de-duplicated, actionable insights; priority 1 is the most urgent. */
public record Insights(boolean insufficientData, List<String> missing, List<Insight> insights,
                       List<Evidence> evidence) {

    /** @param kind stable key used for de-duplication, e.g. "load-spike" */
    public record Insight(String kind, int priority, String title, String message,
                          List<Evidence> evidence) {
    }

    public static Insights insufficient(List<String> missing) {
        return new Insights(true, missing, List.of(), List.of());
    }
}
