package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Daily load with CTL and ATL as exponentially weighted averages:
 * X_t = X_{t-1} + (load_t - X_{t-1}) x (1 - e^(-1/T)), T = 42 days for CTL, 7 for ATL.
 * TSB of a day = CTL - ATL of the previous day. Days before the series hold the seed.
 */
public final class LoadSeries {

    /**
     * Starting from zero makes the first weeks look like a huge build, so the product seeds both
     * averages with the mean daily load of the first 14 days (fewer when the history is shorter).
     */
    public enum Seed { FIRST_14_DAYS_MEAN, ZERO }

    public static final double CTL_DAYS = 42;
    public static final double ATL_DAYS = 7;
    static final int SEED_DAYS = 14;

    private final LocalDate first;
    private final double[] load;
    private final double[] ctl;
    private final double[] atl;
    private final double seed;
    private final Map<SessionLoad.Method, Integer> methodCounts;

    private LoadSeries(LocalDate first, double[] load, Seed seed, Map<SessionLoad.Method, Integer> counts) {
        this.first = first;
        this.load = load;
        this.methodCounts = counts;
        double seedSum = 0;
        int seedDays = Math.min(SEED_DAYS, load.length);
        for (int i = 0; i < seedDays; i++) {
            seedSum += load[i];
        }
        this.seed = seed == Seed.ZERO || seedDays == 0 ? 0 : seedSum / seedDays;
        this.ctl = smooth(load, CTL_DAYS, this.seed);
        this.atl = smooth(load, ATL_DAYS, this.seed);
    }

    /** A series from known daily loads, first value on {@code first}. */
    public static LoadSeries fromDailyLoads(LocalDate first, double[] dailyLoads, Seed seed) {
        return new LoadSeries(first, dailyLoads.clone(), seed, Map.of());
    }

    /** Daily loads of all sports from the first activity to today; null when there is none. */
    public static LoadSeries of(AthleteData data, ActivityLog log, Seed seed) {
        if (log.isEmpty()) {
            return null;
        }
        SessionLoad scorer = new SessionLoad(data.profile());
        LocalDate first = log.all().get(0).day();
        double[] loads = new double[(int) (data.today().toEpochDay() - first.toEpochDay()) + 1];
        Map<SessionLoad.Method, Integer> counts = new EnumMap<>(SessionLoad.Method.class);
        for (ActivityLog.Dated d : log.all()) {
            SessionLoad.Score score = scorer.score(d.activity());
            loads[(int) (d.day().toEpochDay() - first.toEpochDay())] += score.load();
            counts.merge(score.method(), 1, Integer::sum);
        }
        return new LoadSeries(first, loads, seed, counts);
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return first.plusDays(load.length - 1L);
    }

    public double load(LocalDate day) {
        int i = index(day);
        return i < 0 || i >= load.length ? 0 : load[i];
    }

    public double ctl(LocalDate day) {
        return valueAt(ctl, day);
    }

    public double atl(LocalDate day) {
        return valueAt(atl, day);
    }

    public double tsb(LocalDate day) {
        LocalDate yesterday = day.minusDays(1);
        return ctl(yesterday) - atl(yesterday);
    }

    public Map<SessionLoad.Method, Integer> methodCounts() {
        return methodCounts;
    }

    private double valueAt(double[] series, LocalDate day) {
        int i = index(day);
        return i < 0 ? seed : series[Math.min(i, series.length - 1)];
    }

    private int index(LocalDate day) {
        return (int) (day.toEpochDay() - first.toEpochDay());
    }

    private static double[] smooth(double[] load, double days, double seed) {
        double alpha = 1 - Math.exp(-1 / days);
        double[] out = new double[load.length];
        double previous = seed;
        for (int i = 0; i < load.length; i++) {
            previous += (load[i] - previous) * alpha;
            out[i] = previous;
        }
        return out;
    }
}
