package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.EfficiencyTrend;
import io.coachline.analytics.entity.Split;
import io.coachline.analytics.entity.WorkoutType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Efficiency factor = speed (m/min) / average HR, higher is better, and aerobic decoupling.
 */
final class Efficiency {

    /** Pace and HR of intervals and races say nothing about aerobic economy. */
    static final Set<WorkoutType> STEADY_AEROBIC =
            EnumSet.of(WorkoutType.EASY, WorkoutType.LONG, WorkoutType.RECOVERY);

    private Efficiency() {
    }

    static boolean isSteadyAerobic(Activity a) {
        return a.isRun() && !a.isRace() && STEADY_AEROBIC.contains(a.workoutType());
    }

    /** Null without a usable HR, distance or time. */
    static Double factor(Activity a) {
        Double speed = a.speedMetersPerSecond();
        return speed == null || !usableHr(a.avgHr()) ? null : speed * 60 / a.avgHr();
    }

    /**
     * GoldenCheetah's Pa:HR decoupling from splits: (EF first half - EF second half) / EF first
     * half x 100, halves by split count (an odd middle split is left out), HR time-weighted.
     * Positive means the athlete drifted. Null with fewer than two splits carrying HR.
     */
    static Double decouplingPercent(Activity a) {
        List<Split> withHr = a.splits().stream()
                .filter(s -> usableHr(s.avgHr()) && s.seconds() > 0 && s.distanceMeters() > 0)
                .toList();
        int half = withHr.size() / 2;
        if (half == 0) {
            return null;
        }
        double first = halfFactor(withHr.subList(0, half));
        double second = halfFactor(withHr.subList(withHr.size() - half, withHr.size()));
        return (first - second) / first * 100;
    }

    private static double halfFactor(List<Split> splits) {
        double meters = 0;
        double seconds = 0;
        double beats = 0;
        for (Split s : splits) {
            meters += s.distanceMeters();
            seconds += s.seconds();
            beats += s.avgHr() * s.seconds();
        }
        return (meters / seconds * 60) / (beats / seconds);
    }

    /** One point per run that has an efficiency factor, in the order given. */
    static List<EfficiencyTrend.Point> points(List<ActivityLog.Dated> runs) {
        List<EfficiencyTrend.Point> points = new ArrayList<>();
        for (ActivityLog.Dated d : runs) {
            Double ef = factor(d.activity());
            if (ef != null) {
                points.add(new EfficiencyTrend.Point(d.activity().id(), d.day(), Round.to(ef, 4),
                        Round.to(decouplingPercent(d.activity()), 1)));
            }
        }
        return points;
    }

    /** Least-squares EF against the day; the slope is per day, callers multiply by 7. */
    static Statistics.Fit fitOverDays(List<EfficiencyTrend.Point> points) {
        double[] x = points.stream().mapToDouble(p -> p.date().toEpochDay()).toArray();
        double[] y = points.stream().mapToDouble(EfficiencyTrend.Point::efficiency).toArray();
        return Statistics.fit(x, y);
    }

    static double meanFactor(List<EfficiencyTrend.Point> points) {
        return Statistics.mean(points.stream().mapToDouble(EfficiencyTrend.Point::efficiency).toArray());
    }

    static boolean usableHr(Double hr) {
        return hr != null && hr > 30 && hr < 250;
    }
}
