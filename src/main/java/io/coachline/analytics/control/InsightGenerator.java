package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.EfficiencyTrend;
import io.coachline.analytics.entity.Evidence;
import io.coachline.analytics.entity.Insights;
import io.coachline.analytics.entity.Plan;
import io.coachline.analytics.entity.RacePredictions;
import io.coachline.analytics.entity.RecoveryStatus;
import io.coachline.analytics.entity.TrainingLoad;
import io.coachline.analytics.entity.WorkoutType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * get_active_insights: rules over the other tools' results, priority 1 (act now) to 5 (info):
 * load spike ATL &gt; 1.3 x CTL (1); race within 14 days by the plan's goal date (1); masked
 * fatigue (2); easy runs too hard: at least a quarter of the last 14 days' easy/recovery runs
 * above 80 % of max HR (2); efficiency falling (2) or rising (4) significantly over 30 days; false
 * fitness (3); TSB in the race window +5..+25 (3). One insight per kind; a race-soon insight
 * absorbs the race-window one. Without any flag a single "steady" insight (5) is returned.
 */
public final class InsightGenerator {

    public static final String CONVENTIONS = "Rules, priority 1 (act now) to 5 (info): load spike ATL > 1.3 x "
            + "CTL (1); plan goal race within 14 days (1); masked fatigue (2); easy runs too hard: >= 25 % of the "
            + "last 14 days' easy/recovery runs above 80 % of max HR (2); efficiency falling (2) or rising (4) "
            + "with p < 0.05 over 30 days; false fitness (3); TSB +5..+25 race window (3). One insight per kind; "
            + "race-soon absorbs race-window; 'steady' (5) when nothing fires.";

    static final int RACE_SOON_DAYS = 14;
    static final int EASY_CHECK_DAYS = 14;
    static final double EASY_MAX_HR_SHARE = 0.80;

    public Insights calculate(AthleteData data, int limit) {
        Ranges.check("limit", limit, 1, 10);
        AthleteView view = new AthleteView(data);
        ActivityLog log = view.log();
        if (log.isEmpty()) {
            return Insights.insufficient(List.of("no activities recorded"));
        }
        List<String> missing = new ArrayList<>();
        Map<String, Insights.Insight> byKind = new LinkedHashMap<>();
        TrainingLoad load = new TrainingLoadCalculator().calculate(view);
        if (load.atl() > 1.3 * load.ctl() && load.ctl() > 0) {
            add(byKind, "load-spike", 1, "Load spike", String.format(Locale.ROOT, "ATL %.1f is %.0f %% of CTL "
                    + "%.1f (above 130 %%): injury risk rises; make the next 2-3 days easy or rest.",
                    load.atl(), load.atl() / load.ctl() * 100, load.ctl()), load.evidence());
        }
        raceSoon(view, load, byKind);
        RecoveryStatus recovery = new RecoveryAnalyzer().calculate(view);
        if (recovery.maskedFatigue()) {
            add(byKind, "masked-fatigue", 2, "Fatigue hidden behind good form", "Masked fatigue: "
                    + recovery.maskedFatigueReason() + ". Swap the next hard session for an easy run and recheck.",
                    recovery.evidence());
        }
        if (recovery.falseFitness()) {
            add(byKind, "false-fitness", 3, "Load up, fitness flat", "False fitness: "
                    + recovery.falseFitnessReason() + ". Check that easy runs are truly easy and sleep is enough.",
                    recovery.evidence());
        }
        easyTooHard(data, log, byKind, missing);
        EfficiencyTrend trend = new EfficiencyTrendCalculator().calculate(view, 30);
        if (trend.significant()) {
            boolean rising = "improving".equals(trend.direction());
            add(byKind, rising ? "efficiency-rising" : "efficiency-falling", rising ? 4 : 2,
                    rising ? "Aerobic efficiency improving" : "Aerobic efficiency falling",
                    String.format(Locale.ROOT, "Efficiency factor changes %+.2f %% per week over 30 days "
                            + "(p = %.4f). %s", trend.slopePercentPerWeek(), trend.pValue(), rising
                            ? "The aerobic base is working; keep easy volume steady."
                            : "Look at fatigue, sleep and heat; consider a lighter week."), trend.evidence());
        }
        if (load.tsb() >= 5 && load.tsb() <= 25 && !byKind.containsKey("race-soon")) {
            add(byKind, "race-window", 3, "Fresh: race window", String.format(Locale.ROOT, "TSB %.1f is in the "
                    + "race window (+5..+25): a good moment for a race or a test effort.", load.tsb()),
                    load.evidence());
        }
        if (byKind.isEmpty()) {
            add(byKind, "steady", 5, "No flags", String.format(Locale.ROOT, "Training looks steady: CTL %.1f, "
                    + "TSB %.1f (%s), phase %s.", load.ctl(), load.tsb(), load.tsbZone(), load.phase()),
                    load.evidence());
        }
        List<Insights.Insight> sorted = byKind.values().stream()
                .sorted(Comparator.comparingInt(Insights.Insight::priority)).limit(limit).toList();
        LinkedHashSet<Evidence> evidence = new LinkedHashSet<>();
        sorted.forEach(i -> evidence.addAll(i.evidence()));
        return new Insights(false, missing, sorted,
                evidence.stream().limit(ActivityLog.EVIDENCE_LIMIT).toList());
    }

    private static void raceSoon(AthleteView view, TrainingLoad load, Map<String, Insights.Insight> byKind) {
        AthleteData data = view.data();
        Plan plan = data.activePlan();
        LocalDate today = data.today();
        if (plan == null || plan.goalRaceDate() == null || plan.goalRaceDate().isBefore(today)
                || plan.goalRaceDate().isAfter(today.plusDays(RACE_SOON_DAYS))) {
            return;
        }
        long days = ChronoUnit.DAYS.between(today, plan.goalRaceDate());
        RacePredictions predictions = new RacePredictor().calculate(view);
        String target = predictions.predictions().stream().filter(RacePredictions.Prediction::goalDistance)
                .findFirst().map(p -> " Predicted " + clock(p.adjustedSeconds() != null ? p.adjustedSeconds()
                        : p.vdotSeconds()) + " (" + p.confidence() + " confidence).").orElse("");
        add(byKind, "race-soon", 1, "Race in " + days + " day(s)", String.format(Locale.ROOT,
                "Goal race on %s. TSB now %.1f (%s); aim for +5..+25 on race day by cutting volume, keeping "
                        + "some intensity.%s", plan.goalRaceDate(), load.tsb(), load.tsbZone(), target),
                predictions.evidence().isEmpty() ? load.evidence() : predictions.evidence());
    }

    private static void easyTooHard(AthleteData data, ActivityLog log, Map<String, Insights.Insight> byKind,
                                    List<String> missing) {
        Double maxHr = data.profile().maxHr();
        if (maxHr == null) {
            missing.add("profile.maxHr missing: easy-run intensity not checked");
            return;
        }
        List<ActivityLog.Dated> easy = ActivityLog.between(log.runs(), data.today().minusDays(EASY_CHECK_DAYS - 1L),
                        data.today()).stream()
                .filter(d -> !d.activity().isRace() && d.activity().avgHr() != null
                        && (d.activity().workoutType() == WorkoutType.EASY
                        || d.activity().workoutType() == WorkoutType.RECOVERY)).toList();
        List<ActivityLog.Dated> tooHard = easy.stream()
                .filter(d -> d.activity().avgHr() > EASY_MAX_HR_SHARE * maxHr).toList();
        if (!tooHard.isEmpty() && tooHard.size() * 4 >= easy.size()) {
            add(byKind, "easy-too-hard", 2, "Easy runs too hard", String.format(Locale.ROOT, "%d of %d easy runs "
                    + "in %d days averaged above 80 %% of max HR (%.0f bpm). Slow down to keep them aerobic.",
                    tooHard.size(), easy.size(), EASY_CHECK_DAYS, EASY_MAX_HR_SHARE * maxHr),
                    ActivityLog.evidence(tooHard));
        }
    }

    private static void add(Map<String, Insights.Insight> byKind, String kind, int priority, String title,
                            String message, List<Evidence> evidence) {
        byKind.merge(kind, new Insights.Insight(kind, priority, title, message, evidence),
                (a, b) -> a.priority() <= b.priority() ? a : b);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
