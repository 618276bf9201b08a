package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteProfile;
import io.coachline.analytics.entity.Sex;
import io.coachline.analytics.entity.WorkoutType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Training stress of one session, by the best method the data allows:
 * <ol>
 * <li>rTSS for runs when the threshold pace is known: hours x IF^2 x 100, IF = speed / threshold
 * speed;</li>
 * <li>hrTSS for any sport with average HR when max and resting HR are known: Banister TRIMP =
 * minutes x HRr x 0.64 x e^(1.92 HRr) (women 0.86 and 1.67; unknown sex uses the men's values),
 * HRr = (avg - rest) / (max - rest), scaled so one hour at threshold HR scores 100; without a
 * threshold HR the threshold is taken at 88 % of heart-rate reserve;</li>
 * <li>otherwise hours x a TSS-per-hour estimate by workout type ({@link #ESTIMATE_PER_HOUR}).</li>
 * </ol>
 */
public final class SessionLoad {

    public enum Method { RTSS, HRTSS, ESTIMATE }

    public record Score(double load, Method method) {
    }

    /** Typical TSS per hour of each session type, used only when neither pace nor HR scores it. */
    public static final Map<WorkoutType, Double> ESTIMATE_PER_HOUR = new EnumMap<>(Map.of(
            WorkoutType.RECOVERY, 30.0, WorkoutType.EASY, 50.0, WorkoutType.LONG, 60.0,
            WorkoutType.TEMPO, 80.0, WorkoutType.INTERVAL, 90.0, WorkoutType.RACE, 100.0,
            WorkoutType.OTHER, 45.0));

    static final double ASSUMED_THRESHOLD_RESERVE = 0.88;

    private final Double thresholdSpeed;
    private final Double maxHr;
    private final Double restHr;
    private final double trimpFactor;
    private final double trimpExponent;
    private final double trimpPerThresholdHour;
    private final List<String> missing = new ArrayList<>();

    public SessionLoad(AthleteProfile profile) {
        Double pace = profile.thresholdPaceSecPerKm();
        thresholdSpeed = pace != null && pace > 0 ? 1000.0 / pace : null;
        boolean hrKnown = profile.maxHr() != null && profile.restingHr() != null
                && profile.maxHr() > profile.restingHr();
        maxHr = hrKnown ? profile.maxHr() : null;
        restHr = hrKnown ? profile.restingHr() : null;
        boolean female = profile.sex() == Sex.FEMALE;
        trimpFactor = female ? 0.86 : 0.64;
        trimpExponent = female ? 1.67 : 1.92;
        double thresholdReserve = ASSUMED_THRESHOLD_RESERVE;
        if (hrKnown && profile.thresholdHr() != null && profile.thresholdHr() > restHr
                && profile.thresholdHr() < maxHr) {
            thresholdReserve = (profile.thresholdHr() - restHr) / (maxHr - restHr);
        } else if (hrKnown) {
            missing.add("profile.thresholdHr missing: hrTSS assumes threshold at 88 % of HR reserve");
        }
        trimpPerThresholdHour = trimp(60, thresholdReserve);
        if (thresholdSpeed == null) {
            missing.add("profile.thresholdPaceSecPerKm missing: runs scored by hrTSS or estimate, not rTSS");
        }
        if (!hrKnown) {
            missing.add("profile.maxHr/restingHr missing: no hrTSS, sessions without pace scored by type estimate");
        }
        if (profile.sex() == null && hrKnown) {
            missing.add("profile.sex missing: TRIMP uses the men's coefficients");
        }
    }

    public Score score(Activity a) {
        double hours = a.durationSeconds() / 3600;
        Double speed = a.speedMetersPerSecond();
        if (a.isRun() && thresholdSpeed != null && speed != null) {
            double intensity = speed / thresholdSpeed;
            return new Score(hours * intensity * intensity * 100, Method.RTSS);
        }
        if (maxHr != null && Efficiency.usableHr(a.avgHr())) {
            double reserve = Math.max(0, Math.min(1, (a.avgHr() - restHr) / (maxHr - restHr)));
            return new Score(trimp(hours * 60, reserve) / trimpPerThresholdHour * 100, Method.HRTSS);
        }
        WorkoutType type = a.isRace() ? WorkoutType.RACE : a.workoutType();
        return new Score(hours * ESTIMATE_PER_HOUR.get(type), Method.ESTIMATE);
    }

    /** Profile values the scoring had to do without. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    private double trimp(double minutes, double reserve) {
        return minutes * reserve * trimpFactor * Math.exp(trimpExponent * reserve);
    }
}
