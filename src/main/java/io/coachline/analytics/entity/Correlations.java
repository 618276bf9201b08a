package io.coachline.analytics.entity;

import java.util.List;

/**
 * Significant Pearson correlations between daily inputs (lagged 0..7 days) and the efficiency
 * factor of steady aerobic runs, strongest |r| first.
 *
 * @param testsRun how many (input, lag) pairs had enough data; about 5 % of them can be
 *                 significant by chance
 */
public record Correlations(boolean insufficientData, List<String> missing, int days, int testsRun,
                           List<Correlation> correlations, List<Evidence> evidence) {

    /** @param lagDays the input is taken this many days before the run */
    public record Correlation(String input, int lagDays, int n, double r, double pValue,
                              String interpretation) {
    }

    public static Correlations insufficient(int days, List<String> missing) {
        return new Correlations(true, missing, days, 0, List.of(), List.of());
    }
}
