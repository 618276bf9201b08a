package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.CheckIn;
import io.coachline.analytics.entity.RecoveryStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * get_recovery_status: recovery half-life, durability index, false-fitness and masked-fatigue
 * signals, each defined in {@link #DEFINITIONS} (returned with every result).
 */
public final class RecoveryAnalyzer {

    public static final List<String> DEFINITIONS = List.of(
            "hard session: a run typed TEMPO, INTERVAL or RACE, or flagged race",
            "recovery half-life: over the last 120 days, a baseline HR-at-speed line (least squares of "
                    + "avg HR on speed) is fitted to steady aerobic runs (easy, long, recovery) done 4 or "
                    + "more days after the latest hard session; for aerobic runs 1, 2 and 3 days after a "
                    + "hard session the mean excess HR over that line is taken per day; the half-life is "
                    + "ln 2 / k of the exponential fitted to those means (log-linear least squares, "
                    + "means below 0.25 bpm set to 0.25)",
            "durability index: 100 x (1 - coefficient of variation of weekly run distance) over the "
                    + "last 12 complete Monday-Sunday weeks (at least 4), clamped to 0..100",
            "false fitness: CTL today is more than 5 % above CTL 28 days ago while the efficiency "
                    + "factor of steady aerobic runs over those 28 days (at least 4 runs) has a slope <= 0: "
                    + "load rises, aerobic fitness does not follow",
            "masked fatigue: TSB >= -10 (the load model says not tired) while at least one marker says "
                    + "tired: 7-day mean resting HR >= the previous 28 days' mean + 3 bpm, 7-day mean HRV "
                    + "<= 90 % of the previous 28 days' mean, or the 7-day mean efficiency factor of steady "
                    + "aerobic runs <= 97 % of the previous 42 days' median");

    static final int HALF_LIFE_WINDOW_DAYS = 120;
    static final int BASELINE_GAP_DAYS = 4;
    static final double DETECTION_FLOOR_BPM = 0.25;
    static final int DURABILITY_WEEKS = 12;

    public RecoveryStatus calculate(AthleteData data) {
        return calculate(new AthleteView(data));
    }

    RecoveryStatus calculate(AthleteView view) {
        AthleteData data = view.data();
        ActivityLog log = view.log();
        if (log.runs().isEmpty()) {
            return RecoveryStatus.insufficient(List.of("no runs recorded"), DEFINITIONS);
        }
        LocalDate today = data.today();
        List<String> missing = new ArrayList<>();
        HalfLife halfLife = HalfLife.fit(log.runs(), today.minusDays(HALF_LIFE_WINDOW_DAYS - 1L), today);
        if (halfLife.missing() != null) {
            missing.add(halfLife.missing());
        }
        Double cv = weeklyVolumeCv(log, today);
        if (cv == null) {
            missing.add("fewer than 4 complete weeks of runs: no durability index");
        }
        Double durability = cv == null ? null : Math.max(0, Math.min(100, 100 * (1 - cv)));
        String falseFitness = falseFitness(view, missing);
        String masked = maskedFatigue(view);
        List<ActivityLog.Dated> evidence = halfLife.hardSessions().isEmpty()
                ? ActivityLog.between(log.runs(), today.minusDays(27), today) : halfLife.hardSessions();
        return new RecoveryStatus(false, missing, Round.to(halfLife.days(), 2), Round.to(halfLife.day1Excess(), 1),
                halfLife.hardSessions().size(), Round.to(durability, 1), Round.to(cv, 3), falseFitness != null,
                falseFitness, masked != null, masked, DEFINITIONS, ActivityLog.evidence(evidence));
    }

    /** Null with fewer than four complete weeks since the first run. */
    static Double weeklyVolumeCv(ActivityLog log, LocalDate today) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = log.runs().get(0).day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Double> weeks = new ArrayList<>();
        for (int w = 1; w <= DURABILITY_WEEKS; w++) {
            LocalDate monday = thisMonday.minusWeeks(w);
            if (monday.isBefore(firstMonday)) {
                break;
            }
            weeks.add(ActivityLog.between(log.runs(), monday, monday.plusDays(6)).stream()
                    .mapToDouble(d -> d.activity().distanceMeters()).sum());
        }
        if (weeks.size() < 4) {
            return null;
        }
        double cv = Statistics.coefficientOfVariation(Statistics.toArray(weeks));
        // no running in any of the weeks: nothing consistent about it, durability 0
        return Double.isNaN(cv) ? 1.0 : cv;
    }

    /** The reason when the signal fires, else null. */
    private static String falseFitness(AthleteView view, List<String> missing) {
        LocalDate today = view.data().today();
        ActivityLog log = view.log();
        LoadSeries series = view.series();
        double ctlNow = series.ctl(today);
        double ctlBefore = series.ctl(today.minusDays(28));
        var points = Efficiency.points(ActivityLog.between(log.runs(), today.minusDays(27), today).stream()
                .filter(d -> Efficiency.isSteadyAerobic(d.activity())).toList());
        Statistics.Fit fit = points.size() >= 4 ? Efficiency.fitOverDays(points) : null;
        if (fit == null) {
            missing.add("fewer than 4 steady aerobic runs with HR in 28 days: false-fitness check skipped");
            return null;
        }
        return ctlNow > 1.05 * ctlBefore && fit.slope() <= 0 ? String.format(Locale.ROOT, "CTL %.1f -> %.1f "
                + "in 28 days but efficiency slope %.5f per week", ctlBefore, ctlNow, fit.slope() * 7) : null;
    }

    /** The reason when the signal fires, else null. */
    private static String maskedFatigue(AthleteView view) {
        AthleteData data = view.data();
        LocalDate today = data.today();
        ActivityLog log = view.log();
        double tsb = view.series().tsb(today);
        if (tsb < -10) {
            return null;
        }
        CheckInIndex checkIns = new CheckInIndex(data.checkIns());
        LocalDate weekStart = today.minusDays(6);
        List<String> markers = new ArrayList<>();
        checkInShift(checkIns, CheckIn::restingHr, weekStart, today, "resting HR", markers,
                (now, before) -> now >= before + 3);
        checkInShift(checkIns, CheckIn::hrv, weekStart, today, "HRV", markers,
                (now, before) -> now <= 0.9 * before);
        double[] efNow = aerobicFactors(log, weekStart, today);
        double[] efBefore = aerobicFactors(log, weekStart.minusDays(42), weekStart.minusDays(1));
        if (efNow.length > 0 && efBefore.length >= 3
                && Statistics.mean(efNow) <= 0.97 * Statistics.median(efBefore)) {
            markers.add(marker("efficiency factor", Statistics.mean(efNow), Statistics.median(efBefore)));
        }
        return markers.isEmpty() ? null
                : String.format(Locale.ROOT, "TSB %.1f looks fine but ", tsb) + String.join("; ", markers);
    }

    /** Compares the last 7 days' mean with the 28 days before; needs three values in each. */
    private static void checkInShift(CheckInIndex checkIns, Function<CheckIn, Double> metric,
                                     LocalDate weekStart, LocalDate today, String name,
                                     List<String> markers, BiPredicate<Double, Double> tired) {
        double[] now = checkIns.values(weekStart, today, metric);
        double[] before = checkIns.values(weekStart.minusDays(28), weekStart.minusDays(1), metric);
        if (now.length >= 3 && before.length >= 3
                && tired.test(Statistics.mean(now), Statistics.mean(before))) {
            markers.add(marker(name, Statistics.mean(now), Statistics.mean(before)));
        }
    }

    private static String marker(String name, double now, double reference) {
        return String.format(Locale.ROOT, "%s %.2f over 7 days vs %.2f before", name, now, reference);
    }

    private static double[] aerobicFactors(ActivityLog log, LocalDate from, LocalDate to) {
        return ActivityLog.between(log.runs(), from, to).stream()
                .filter(d -> Efficiency.isSteadyAerobic(d.activity()))
                .map(d -> Efficiency.factor(d.activity())).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).toArray();
    }
}
