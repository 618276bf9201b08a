package io.coachline.athlete.control;

import java.util.List;
import java.util.regex.Pattern;

import io.coachline.athlete.control.imports.ParsedActivity;
import io.coachline.athlete.control.imports.Split;

/**
 * Labels an imported activity, since files rarely say what kind of workout it was. The rule, in order:
 * not a run -> other; the name says race (race, parkrun, marathon, championship, time trial, XC) -> race;
 * at least 18 km or 90 min -> long; per-km pace varies by 8 % or more (coefficient of variation over
 * three or more full splits) -> interval; average HR at least 82 % of max HR -> tempo; below 68 % and
 * under 8 km -> recovery; otherwise easy.
 */
public final class WorkoutClassifier {

    private static final Pattern RACE = Pattern.compile(
            "(?i)\\b(race|parkrun|marathon|championships?|time[ -]?trial|xc|cross[ -]country)\\b");

    private WorkoutClassifier() {
    }

    public record Label(String workoutType, boolean race) {
    }

    public static Label classify(ParsedActivity activity, List<Split> splits, Integer maxHr) {
        if (!"run".equals(activity.sport())) {
            return new Label("other", false);
        }
        if (activity.name() != null && RACE.matcher(activity.name()).find()) {
            return new Label("race", true);
        }
        if (activity.distanceMeters() >= 18_000 || activity.movingSeconds() >= 90 * 60) {
            return new Label("long", false);
        }
        if (paceVariation(splits) >= 0.08) {
            return new Label("interval", false);
        }
        if (maxHr != null && activity.avgHr() != null) {
            double share = activity.avgHr() / maxHr;
            if (share >= 0.82) {
                return new Label("tempo", false);
            }
            if (share < 0.68 && activity.distanceMeters() < 8_000) {
                return new Label("recovery", false);
            }
        }
        return new Label("easy", false);
    }

    static double paceVariation(List<Split> splits) {
        List<Double> paces = splits.stream().filter(s -> s.distanceMeters() >= 990)
                .map(s -> s.seconds() / (s.distanceMeters() / 1000)).toList();
        if (paces.size() < 3) {
            return 0;
        }
        double mean = paces.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = paces.stream().mapToDouble(p -> (p - mean) * (p - mean)).sum() / paces.size();
        return mean == 0 ? 0 : Math.sqrt(variance) / mean;
    }
}
