package io.coachline.analytics;

import io.coachline.analytics.control.AnalyticsTools;
import io.coachline.analytics.control.LongHistory;
import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Times the ten tools on 1, 2, 5 and 10 years of {@link LongHistory} and prints the median of
 * repeated runs per tool, so cost growing with history shows. Not a test: run with
 * {@code mvn -q test-compile exec:java} (optional argument: measured rounds, default 21).
 */
public final class AnalyticsBenchmark {

    private static final int[] YEARS = {1, 2, 5, 10};
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        LocalDate today = LocalDate.of(2026, 11, 18);
        Map<String, Function<AthleteData, Object>> tools = tools();
        // per tool medians, then the median and the fastest of the per-round totals: on a shared
        // machine the fastest round shows the cost, the median shows what a busy host adds
        double[][] medians = new double[tools.size() + 2][YEARS.length];
        int[] runs = new int[YEARS.length];
        for (int y = 0; y < YEARS.length; y++) {
            AthleteData data = LongHistory.generate(today, YEARS[y]);
            runs[y] = (int) data.activities().stream().filter(Activity::isRun).count();
            warmUp(tools, data, y == 0 ? WARM_UP_NANOS : WARM_UP_NANOS / 3);
            double[][] samples = new double[tools.size() + 1][rounds];
            for (int r = 0; r < rounds; r++) {
                int t = 0;
                for (Function<AthleteData, Object> tool : tools.values()) {
                    long start = System.nanoTime();
                    consume(tool.apply(data));
                    samples[t][r] = (System.nanoTime() - start) / 1e6;
                    samples[tools.size()][r] += samples[t][r];
                    t++;
                }
            }
            for (int t = 0; t <= tools.size(); t++) {
                medians[t][y] = median(samples[t]);
            }
            medians[tools.size() + 1][y] = Arrays.stream(samples[tools.size()]).min().orElseThrow();
        }
        print(tools.keySet().stream().toList(), medians, runs, rounds);
    }

    private static Map<String, Function<AthleteData, Object>> tools() {
        AnalyticsTools tools = new AnalyticsTools();
        Map<String, Function<AthleteData, Object>> map = new LinkedHashMap<>();
        map.put("get_recent_runs", d -> tools.getRecentRuns(d, null));
        map.put("get_training_load", tools::getTrainingLoad);
        map.put("get_efficiency_trend", d -> tools.getEfficiencyTrend(d, null));
        map.put("get_efficiency_by_zone", d -> tools.getEfficiencyByZone(d, null, null));
        map.put("get_race_predictions", tools::getRacePredictions);
        map.put("get_recovery_status", tools::getRecoveryStatus);
        map.put("get_pb_patterns", tools::getPbPatterns);
        map.put("get_correlations", d -> tools.getCorrelations(d, null));
        map.put("get_active_insights", d -> tools.getActiveInsights(d, null));
        map.put("get_plan_week", tools::getPlanWeek);
        return map;
    }

    private static void warmUp(Map<String, Function<AthleteData, Object>> tools, AthleteData data, long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            tools.values().forEach(tool -> consume(tool.apply(data)));
        }
    }

    private static int sink;

    /** Keeps the JIT from discarding a result nobody reads. */
    private static void consume(Object result) {
        sink += result.hashCode();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void print(List<String> names, double[][] medians, int[] runs, int rounds) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-24s", "median ms (" + rounds + " rounds)"));
        StringBuilder runLine = new StringBuilder(String.format(Locale.ROOT, "%-24s", "runs in history"));
        for (int y = 0; y < YEARS.length; y++) {
            header.append(String.format(Locale.ROOT, "%10s", YEARS[y] + " y"));
            runLine.append(String.format(Locale.ROOT, "%10d", runs[y]));
        }
        System.out.println(header);
        System.out.println(runLine);
        for (int t = 0; t < medians.length; t++) {
            String name = t < names.size() ? names.get(t) : t == names.size() ? "ALL 10 (median round)"
                    : "ALL 10 (fastest round)";
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", name));
            for (int y = 0; y < YEARS.length; y++) {
                line.append(String.format(Locale.ROOT, "%10.2f", medians[t][y]));
            }
            System.out.println(line);
        }
        System.out.println("(sink " + (sink & 1) + ")");
    }
}
