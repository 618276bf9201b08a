package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.EfficiencyTrend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * get_efficiency_trend: efficiency factor of steady aerobic runs (EASY, LONG, RECOVERY; no race,
 * no interval) over the window, its least-squares slope per week with a t-test p-value, and
 * aerobic decoupling per run.
 */
public final class EfficiencyTrendCalculator {

    public static final String CONVENTIONS = "Efficiency factor = speed (m/min) / average HR, higher "
            + "is better; steady aerobic runs only (easy, long, recovery; races excluded). Slope per week "
            + "by least squares, two-sided p from the t-distribution (n-2 df); a trend counts when "
            + "p < 0.05. Decoupling = % drop of speed/HR from the first to the second half of the splits.";

    static final int MIN_RUNS = 3;

    public EfficiencyTrend calculate(AthleteData data, int days) {
        return calculate(new AthleteView(data), days);
    }

    EfficiencyTrend calculate(AthleteView view, int days) {
        Ranges.check("days", days, 7, 365);
        LocalDate today = view.data().today();
        List<ActivityLog.Dated> window = ActivityLog.between(view.log().runs(),
                today.minusDays(days - 1L), today);
        List<ActivityLog.Dated> aerobic = window.stream()
                .filter(d -> Efficiency.isSteadyAerobic(d.activity())).toList();
        List<EfficiencyTrend.Point> points = Efficiency.points(aerobic);
        if (points.size() < MIN_RUNS) {
            return EfficiencyTrend.insufficient(days, List.of(whyTooFew(window, aerobic, points, days)));
        }
        List<String> missing = new ArrayList<>();
        Statistics.Fit fit = Efficiency.fitOverDays(points);
        double mean = Efficiency.meanFactor(points);
        Double slopePerWeek = fit == null ? null : fit.slope() * 7;
        if (fit == null) {
            missing.add("all runs on one day: no slope");
        }
        boolean significant = fit != null && fit.significant();
        String direction = !significant ? "flat" : fit.slope() > 0 ? "improving" : "declining";
        double[] decoupling = points.stream().map(EfficiencyTrend.Point::decouplingPercent)
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        if (decoupling.length == 0) {
            missing.add("no splits with heart rate: decoupling not computed");
        }
        List<ActivityLog.Dated> used = aerobic.stream()
                .filter(d -> Efficiency.factor(d.activity()) != null).toList();
        return new EfficiencyTrend(false, missing, days, points.size(), Round.to(mean, 4),
                Round.to(slopePerWeek, 5),
                Round.to(slopePerWeek == null ? null : slopePerWeek / mean * 100, 2),
                fit == null ? null : Round.to(fit.pValue(), 4), significant, direction,
                decoupling.length == 0 ? null : Round.to(Statistics.mean(decoupling), 1), points,
                ActivityLog.evidence(used));
    }

    private static String whyTooFew(List<ActivityLog.Dated> window, List<ActivityLog.Dated> aerobic,
                                    List<EfficiencyTrend.Point> points, int days) {
        if (window.isEmpty()) {
            return "no runs in the last " + days + " days";
        }
        if (aerobic.isEmpty()) {
            return "no steady aerobic runs (easy, long, recovery) in the last " + days + " days";
        }
        if (points.isEmpty()) {
            return "no heart rate on the steady aerobic runs of the last " + days + " days";
        }
        return "only " + points.size() + " steady aerobic run(s) with heart rate in the last " + days
                + " days; need " + MIN_RUNS;
    }
}
