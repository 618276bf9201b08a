package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.Plan;
import io.coachline.analytics.entity.RacePredictions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * get_race_predictions. Races = runs flagged race or typed RACE in the last 365 days, 1,500 m to
 * 43 km, timed by elapsed time (the official clock) when recorded.
 * <ul>
 * <li>VDOT = recency-weighted mean of the races' VDOTs, weight = 0.5^(age in days / 60).</li>
 * <li>Riegel = the same weighted mean of each race's Riegel prediction.</li>
 * <li>Confidence per distance: high with the newest race at most 90 days old, at least two races
 * in 180 days, a raced distance within a factor 2.2 of the target and VDOTs within 2 points;
 * medium with the newest race at most 180 days old and a raced distance within a factor 4.5;
 * low otherwise.</li>
 * <li>Form adjustment, only when the active plan has a goal race date today or later:
 * VDOT x (1 + a), a = 0.10 x (CTL today - weighted CTL on the eves of the races) / that CTL,
 * clamped to ±3 %: each 10 % of fitness (CTL) gained or lost since the races moves VDOT 1 %.</li>
 * </ul>
 */
public final class RacePredictor {

    public static final String CONVENTIONS = "VDOT (Daniels & Gilbert) from races of the last 365 days, "
            + "weight 0.5^(age days / 60); times solved by bisection; Riegel T2 = T1 (D2/D1)^1.06 "
            + "alongside. Confidence: high = newest race <= 90 d, >= 2 races in 180 d, raced distance "
            + "within x2.2, VDOT spread <= 2; medium = newest <= 180 d and within x4.5; else low. With a "
            + "goal race date: VDOT x (1 + 0.1 x relative CTL change since the races), clamped ±3 %.";

    record Target(String name, double meters) {
    }

    static final List<Target> DISTANCES = List.of(new Target("5K", 5000), new Target("10K", 10000),
            new Target("half marathon", 21097.5), new Target("marathon", 42195));
    static final double WEIGHT_HALF_LIFE_DAYS = 60;

    public RacePredictions calculate(AthleteData data) {
        return calculate(new AthleteView(data));
    }

    RacePredictions calculate(AthleteView view) {
        AthleteData data = view.data();
        LocalDate today = data.today();
        ActivityLog log = view.log();
        List<ActivityLog.Dated> raceEntries = ActivityLog.between(log.runs(), today.minusDays(365), today)
                .stream().filter(d -> isUsableRace(d.activity())).toList();
        if (raceEntries.isEmpty()) {
            return RacePredictions.insufficient(List.of(
                    "no race (1.5 km to marathon, flagged race or typed RACE) in the last 365 days"));
        }
        List<RacePredictions.RaceUsed> races = new ArrayList<>();
        double weightSum = 0;
        double vdotSum = 0;
        for (ActivityLog.Dated d : raceEntries) {
            Activity a = d.activity();
            double seconds = raceSeconds(a);
            double vdot = Vdot.of(a.distanceMeters(), seconds);
            double weight = Math.pow(0.5, ChronoUnit.DAYS.between(d.day(), today) / WEIGHT_HALF_LIFE_DAYS);
            races.add(new RacePredictions.RaceUsed(a.id(), d.day(), a.distanceMeters(), seconds,
                    Round.to(vdot, 2), Round.to(weight, 3)));
            weightSum += weight;
            vdotSum += weight * vdot;
        }
        double vdot = vdotSum / weightSum;
        Plan plan = data.activePlan();
        boolean adjust = plan != null && plan.goalRaceDate() != null && !plan.goalRaceDate().isBefore(today);
        FormAdjustment form = adjust ? formAdjustment(view.series(), today, races) : null;
        List<Target> targets = new ArrayList<>(DISTANCES);
        Double goalMeters = plan == null ? null : plan.goalRaceDistanceMeters();
        if (goalMeters != null && targets.stream().noneMatch(t -> isNear(t.meters(), goalMeters))) {
            targets.add(new Target("goal race", goalMeters));
        }
        List<RacePredictions.Prediction> predictions = new ArrayList<>();
        for (Target target : targets) {
            double meters = target.meters();
            double riegel = 0;
            for (RacePredictions.RaceUsed r : races) {
                riegel += r.weight() * Vdot.riegel(r.seconds(), r.distanceMeters(), meters);
            }
            Rated confidence = confidence(races, meters, today);
            predictions.add(new RacePredictions.Prediction(target.name(), meters,
                    Round.to(Vdot.secondsFor(vdot, meters), 0),
                    Round.to(riegel / races.stream().mapToDouble(RacePredictions.RaceUsed::weight).sum(), 0),
                    form == null ? null : Round.to(Vdot.secondsFor(vdot * (1 + form.fraction), meters), 0),
                    goalMeters != null && isNear(meters, goalMeters), confidence.level(),
                    confidence.reason()));
        }
        return new RacePredictions(false, List.of(), Round.to(vdot, 2), races, predictions,
                form == null ? null : Round.to(form.fraction * 100, 2), form == null ? null : form.reason,
                ActivityLog.evidence(raceEntries));
    }

    static boolean isUsableRace(Activity a) {
        return a.isRace() && a.distanceMeters() >= 1500 && a.distanceMeters() <= 43000
                && raceSeconds(a) > 0;
    }

    static double raceSeconds(Activity a) {
        return a.elapsedSeconds() > 0 ? a.elapsedSeconds() : a.movingSeconds();
    }

    private record FormAdjustment(double fraction, String reason) {
    }

    private static FormAdjustment formAdjustment(LoadSeries series, LocalDate today,
                                                 List<RacePredictions.RaceUsed> races) {
        double weighted = 0;
        double weights = 0;
        for (RacePredictions.RaceUsed r : races) {
            weighted += r.weight() * series.ctl(r.date().minusDays(1));
            weights += r.weight();
        }
        double ctlRaces = weighted / weights;
        double ctlNow = series.ctl(today);
        if (ctlRaces <= 0) {
            return new FormAdjustment(0, "no training load before the races: no adjustment");
        }
        double change = (ctlNow - ctlRaces) / ctlRaces;
        double fraction = Math.max(-0.03, Math.min(0.03, 0.10 * change));
        return new FormAdjustment(fraction, String.format(Locale.ROOT,
                "CTL %.1f today vs %.1f before the races (%+.1f %%): VDOT %+.2f %% (0.1 x change, max ±3 %%)",
                ctlNow, ctlRaces, change * 100, fraction * 100));
    }

    private record Rated(String level, String reason) {
    }

    private static Rated confidence(List<RacePredictions.RaceUsed> races, double meters, LocalDate today) {
        long newestAge = ChronoUnit.DAYS.between(races.get(races.size() - 1).date(), today);
        List<RacePredictions.RaceUsed> recent = races.stream()
                .filter(r -> ChronoUnit.DAYS.between(r.date(), today) <= 180).toList();
        double ratio = races.stream().mapToDouble(r -> Math.max(meters / r.distanceMeters(),
                r.distanceMeters() / meters)).min().orElse(Double.MAX_VALUE);
        double spread = recent.stream().mapToDouble(RacePredictions.RaceUsed::vdot).max().orElse(0)
                - recent.stream().mapToDouble(RacePredictions.RaceUsed::vdot).min().orElse(0);
        String facts = String.format(Locale.ROOT,
                "%d race(s) in 180 days, newest %d days ago, nearest raced distance x%.1f away, VDOT spread %.1f",
                recent.size(), newestAge, ratio, spread);
        if (newestAge <= 90 && recent.size() >= 2 && ratio <= 2.2 && spread <= 2.0) {
            return new Rated("high", facts);
        }
        if (newestAge <= 180 && ratio <= 4.5) {
            return new Rated("medium", facts);
        }
        return new Rated("low", facts);
    }

    private static boolean isNear(double meters, double other) {
        return Math.abs(meters - other) <= 0.03 * other;
    }
}
