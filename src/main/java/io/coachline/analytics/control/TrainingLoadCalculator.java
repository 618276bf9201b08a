package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.TrainingLoad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * get_training_load: CTL, ATL and TSB of all sports (see {@link LoadSeries} and
 * {@link SessionLoad}), the training phase and the TSB zone.
 *
 * <p>Phase, from ΔCTL = CTL today - CTL seven days ago:
 * <ul>
 * <li>building: ΔCTL ≥ +1;</li>
 * <li>maintaining: -1 &lt; ΔCTL &lt; +1;</li>
 * <li>tapering: ΔCTL ≤ -1 and the drop is at most 10 % of the CTL of seven days ago (load cut,
 * training continues: a taper to ~60 % volume loses about 6 % a week);</li>
 * <li>recovering: ΔCTL ≤ -1 and the drop exceeds 10 % (a break: no training loses 15 % a week).</li>
 * </ul>
 * TSB zones: below -30 overreaching; -30 to -10 optimal training; -10 to +5 grey zone
 * (maintenance); +5 to +25 fresh (race window); above +25 detraining. -30, -10 and +5 belong to
 * the zone above them, +25 is still fresh.
 */
public final class TrainingLoadCalculator {

    public static final String CONVENTIONS = "CTL/ATL: exponentially weighted daily load (all sports), "
            + "time constants 42/7 days, seeded with the mean daily load of the first 14 days. "
            + "TSB = yesterday's CTL - yesterday's ATL. Load: rTSS, else hrTSS (Banister TRIMP), "
            + "else a per-type estimate. Phase from the 7-day CTL change: >= +1 building, within ±1 "
            + "maintaining, <= -1 tapering (drop <= 10 %) or recovering (drop > 10 %). TSB zones: "
            + "< -30 overreaching, -30..-10 optimal training, -10..5 grey zone, 5..25 fresh/race window, "
            + "> 25 detraining.";

    /** Days of daily series returned when the caller names no period. */
    public static final int RECENT_DAYS = 42;

    private final LoadSeries.Seed seed;

    public TrainingLoadCalculator() {
        this(LoadSeries.Seed.FIRST_14_DAYS_MEAN);
    }

    /** {@link LoadSeries.Seed#ZERO} exists for oracle tests against the textbook formula. */
    public TrainingLoadCalculator(LoadSeries.Seed seed) {
        this.seed = seed;
    }

    public TrainingLoad calculate(AthleteData data) {
        return calculate(data, RECENT_DAYS);
    }

    /** {@code days}: how many days of the daily series (load, CTL, ATL, TSB) to return, ending today. */
    public TrainingLoad calculate(AthleteData data, int days) {
        return calculate(new AthleteView(data), days);
    }

    TrainingLoad calculate(AthleteView view) {
        return calculate(view, RECENT_DAYS);
    }

    TrainingLoad calculate(AthleteView view, int recentDays) {
        AthleteData data = view.data();
        LocalDate today = data.today();
        ActivityLog log = view.log();
        LoadSeries series = seed == LoadSeries.Seed.FIRST_14_DAYS_MEAN ? view.series()
                : LoadSeries.of(data, log, seed);
        if (series == null) {
            return TrainingLoad.insufficient(today, List.of("no activities up to " + today));
        }
        double ctl = series.ctl(today);
        double change = ctl - series.ctl(today.minusDays(7));
        double tsb = series.tsb(today);
        List<TrainingLoad.Day> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(recentDays - 1L); !d.isAfter(today); d = d.plusDays(1)) {
            days.add(new TrainingLoad.Day(d, Round.to(series.load(d), 1), Round.to(series.ctl(d), 1),
                    Round.to(series.atl(d), 1), Round.to(series.tsb(d), 1)));
        }
        Map<String, Integer> methods = new LinkedHashMap<>();
        series.methodCounts().forEach((method, count) -> methods.put(method.name(), count));
        List<ActivityLog.Dated> lastWeek = ActivityLog.between(log.all(), today.minusDays(6), today);
        return new TrainingLoad(false, new SessionLoad(data.profile()).missing(), today,
                Round.to(ctl, 1), Round.to(series.atl(today), 1), Round.to(tsb, 1), Round.to(change, 1),
                phase(change, series.ctl(today.minusDays(7))), tsbZone(tsb), methods, days,
                ActivityLog.evidence(lastWeek.isEmpty() ? log.all() : lastWeek));
    }

    static String phase(double ctlChange, double ctlWeekAgo) {
        if (ctlChange >= 1) {
            return "building";
        }
        if (ctlChange > -1) {
            return "maintaining";
        }
        return -ctlChange <= 0.10 * ctlWeekAgo ? "tapering" : "recovering";
    }

    static String tsbZone(double tsb) {
        if (tsb < -30) {
            return "overreaching";
        }
        if (tsb < -10) {
            return "optimal training";
        }
        if (tsb < 5) {
            return "grey zone (maintenance)";
        }
        return tsb <= 25 ? "fresh (race window)" : "detraining";
    }
}
