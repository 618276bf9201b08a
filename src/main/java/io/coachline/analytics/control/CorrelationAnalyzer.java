package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.CheckIn;
import io.coachline.analytics.entity.Correlations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * get_correlations: Pearson r between each daily input taken {@code lag} days earlier (0..7) and
 * the day's mean efficiency factor of steady aerobic runs, over the window. Inputs: check-in
 * sleep, HRV, resting HR, stress, soreness; TSB (previous day's CTL - ATL) and ATL at the end of
 * the previous day (so a run's own load never explains its own efficiency). A pair is tested with
 * at least 10 days; only p &lt; 0.05 (two-sided, t-distribution, n-2 df) is reported.
 */
public final class CorrelationAnalyzer {

    public static final String CONVENTIONS = "Pearson r of each input lagged 0-7 days against the daily "
            + "mean efficiency factor (speed m/min / avg HR) of steady aerobic runs; inputs: sleep, HRV, "
            + "resting HR, stress, soreness (check-ins), TSB and ATL entering the day; at least 10 pairs; "
            + "only p < 0.05 reported, strongest |r| first. Expect ~5 % of tests significant by chance.";

    static final int MIN_PAIRS = 10;
    static final int MAX_LAG = 7;

    public Correlations calculate(AthleteData data, int days) {
        Ranges.check("days", days, 14, 365);
        LocalDate today = data.today();
        LocalDate from = today.minusDays(days - 1L);
        AthleteView view = new AthleteView(data);
        ActivityLog log = view.log();
        List<ActivityLog.Dated> aerobic = ActivityLog.between(log.runs(), from, today).stream()
                .filter(d -> Efficiency.isSteadyAerobic(d.activity()) && Efficiency.factor(d.activity()) != null)
                .toList();
        Map<LocalDate, double[]> efByDay = new LinkedHashMap<>();
        for (ActivityLog.Dated d : aerobic) {
            double[] sumCount = efByDay.computeIfAbsent(d.day(), k -> new double[2]);
            sumCount[0] += Efficiency.factor(d.activity());
            sumCount[1]++;
        }
        if (efByDay.size() < MIN_PAIRS) {
            return Correlations.insufficient(days, List.of("only " + efByDay.size() + " day(s) with a steady "
                    + "aerobic run with HR in the last " + days + " days; need " + MIN_PAIRS));
        }
        Map<String, Function<LocalDate, Double>> inputs = inputs(data, view.series());
        List<Correlations.Correlation> found = new ArrayList<>();
        int tests = 0;
        for (Map.Entry<String, Function<LocalDate, Double>> input : inputs.entrySet()) {
            for (int lag = 0; lag <= MAX_LAG; lag++) {
                List<Double> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                for (Map.Entry<LocalDate, double[]> day : efByDay.entrySet()) {
                    Double value = input.getValue().apply(day.getKey().minusDays(lag));
                    if (value != null) {
                        x.add(value);
                        y.add(day.getValue()[0] / day.getValue()[1]);
                    }
                }
                Statistics.Fit fit = x.size() >= MIN_PAIRS
                        ? Statistics.fit(Statistics.toArray(x), Statistics.toArray(y)) : null;
                tests += fit == null ? 0 : 1;
                if (fit != null && fit.significant()) {
                    found.add(new Correlations.Correlation(input.getKey(), lag, fit.n(), Round.to(fit.r(), 3),
                            Round.to(fit.pValue(), 5), interpretation(input.getKey(), lag, fit.r())));
                }
            }
        }
        if (tests == 0) {
            return Correlations.insufficient(days, List.of("no input has " + MIN_PAIRS
                    + " days in common with the aerobic runs (check-ins missing?)"));
        }
        found.sort(Comparator.comparingDouble((Correlations.Correlation c) -> -Math.abs(c.r()))
                .thenComparing(Correlations.Correlation::input).thenComparingInt(Correlations.Correlation::lagDays));
        List<String> missing = data.checkIns().isEmpty() ? List.of("no check-ins: only load inputs tested")
                : List.of();
        return new Correlations(false, missing, days, tests, found, ActivityLog.evidence(aerobic));
    }

    private static Map<String, Function<LocalDate, Double>> inputs(AthleteData data, LoadSeries series) {
        CheckInIndex checkIns = new CheckInIndex(data.checkIns());
        Map<String, Function<LocalDate, Double>> inputs = new LinkedHashMap<>();
        inputs.put("sleep hours", day -> checkIns.value(day, CheckIn::sleepHours));
        inputs.put("HRV", day -> checkIns.value(day, CheckIn::hrv));
        inputs.put("resting HR", day -> checkIns.value(day, CheckIn::restingHr));
        inputs.put("stress", day -> checkIns.value(day, CheckIn::stress));
        inputs.put("soreness", day -> checkIns.value(day, CheckIn::soreness));
        inputs.put("TSB", series::tsb);
        inputs.put("ATL", day -> series.atl(day.minusDays(1)));
        return inputs;
    }

    private static String interpretation(String input, int lag, double r) {
        String when = lag == 0 ? "on the same day" : lag + " day(s) earlier";
        return String.format(Locale.ROOT, "efficiency tends to be %s when %s %s was higher",
                r > 0 ? "higher" : "lower", input, when);
    }
}
