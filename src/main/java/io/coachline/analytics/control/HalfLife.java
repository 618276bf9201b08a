package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.WorkoutType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How fast heart rate at a given speed returns to baseline after hard sessions; the definition is
 * the second entry of {@link RecoveryAnalyzer#DEFINITIONS}.
 *
 * @param days         null when no decay could be fitted ({@code missing} says why)
 * @param day1Excess   mean bpm above baseline one day after a hard session; nullable
 * @param hardSessions hard sessions followed by an aerobic run within 3 days
 */
record HalfLife(Double days, Double day1Excess, List<ActivityLog.Dated> hardSessions, String missing) {

    static final int MAX_OFFSET = 3;
    static final int MIN_BASELINE_RUNS = 5;

    static HalfLife fit(List<ActivityLog.Dated> runs, LocalDate from, LocalDate to) {
        List<ActivityLog.Dated> scope = ActivityLog.between(runs, from.minusDays(7), to);
        List<ActivityLog.Dated> hard = scope.stream().filter(d -> isHard(d.activity())).toList();
        List<double[]> baseline = new ArrayList<>();
        List<ActivityLog.Dated> followUps = new ArrayList<>();
        List<ActivityLog.Dated> followed = new ArrayList<>();
        int h = -1;
        for (ActivityLog.Dated run : scope) {
            while (h + 1 < hard.size() && hard.get(h + 1).day().isBefore(run.day())) {
                h++;
            }
            Activity a = run.activity();
            if (run.day().isBefore(from) || !Efficiency.isSteadyAerobic(a) || Efficiency.factor(a) == null) {
                continue;
            }
            long gap = h < 0 ? Long.MAX_VALUE : run.day().toEpochDay() - hard.get(h).day().toEpochDay();
            if (gap >= RecoveryAnalyzer.BASELINE_GAP_DAYS) {
                baseline.add(new double[] {a.speedMetersPerSecond(), a.avgHr()});
            } else {
                followUps.add(run);
                followed.add(hard.get(h));
            }
        }
        Set<ActivityLog.Dated> sessions = new LinkedHashSet<>(followed);
        if (baseline.size() < MIN_BASELINE_RUNS) {
            return new HalfLife(null, null, List.copyOf(sessions), "fewer than " + MIN_BASELINE_RUNS
                    + " steady aerobic runs with HR at least 4 days after a hard session in 120 days: no half-life");
        }
        if (followUps.isEmpty()) {
            return new HalfLife(null, null, List.of(),
                    "no steady aerobic run with HR 1-3 days after a hard session in 120 days: no half-life");
        }
        double[] excessSum = new double[MAX_OFFSET + 1];
        int[] count = new int[MAX_OFFSET + 1];
        Baseline line = Baseline.of(baseline);
        for (int i = 0; i < followUps.size(); i++) {
            int offset = (int) (followUps.get(i).day().toEpochDay() - followed.get(i).day().toEpochDay());
            Activity a = followUps.get(i).activity();
            excessSum[offset] += a.avgHr() - line.hrAt(a.speedMetersPerSecond());
            count[offset]++;
        }
        List<ActivityLog.Dated> hardList = List.copyOf(sessions);
        Double day1 = count[1] == 0 ? null : excessSum[1] / count[1];
        return decay(excessSum, count, day1, hardList);
    }

    private static HalfLife decay(double[] excessSum, int[] count, Double day1, List<ActivityLog.Dated> hard) {
        List<double[]> points = new ArrayList<>();
        boolean measurable = false;
        for (int k = 1; k <= MAX_OFFSET; k++) {
            if (count[k] > 0) {
                double mean = excessSum[k] / count[k];
                measurable |= mean > RecoveryAnalyzer.DETECTION_FLOOR_BPM;
                points.add(new double[] {k, Math.log(Math.max(mean, RecoveryAnalyzer.DETECTION_FLOOR_BPM))});
            }
        }
        if (!measurable) {
            return new HalfLife(null, day1, hard, "no measurable HR excess 1-3 days after hard sessions");
        }
        if (points.size() < 2) {
            return new HalfLife(null, day1, hard, "aerobic runs on only one day after hard sessions: no decay fit");
        }
        double meanK = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - meanK) * (p[1] - meanY);
            sxx += (p[0] - meanK) * (p[0] - meanK);
        }
        double rate = -sxy / sxx;
        if (rate <= 0) {
            return new HalfLife(null, day1, hard, "HR excess does not fall over 3 days after hard sessions");
        }
        return new HalfLife(Math.log(2) / rate, day1, hard, null);
    }

    static boolean isHard(Activity a) {
        return a.isRace() || a.workoutType() == WorkoutType.TEMPO || a.workoutType() == WorkoutType.INTERVAL;
    }

    /** Avg HR expected at a speed on a fresh day: least squares, or the mean when speeds are equal. */
    private record Baseline(double intercept, double slope) {
        static Baseline of(List<double[]> speedHr) {
            double[] speed = speedHr.stream().mapToDouble(p -> p[0]).toArray();
            double[] hr = speedHr.stream().mapToDouble(p -> p[1]).toArray();
            Statistics.Fit fit = Statistics.fit(speed, hr);
            return fit == null ? new Baseline(Statistics.mean(hr), 0) : new Baseline(fit.intercept(), fit.slope());
        }

        double hrAt(double speed) {
            return intercept + slope * speed;
        }
    }
}
