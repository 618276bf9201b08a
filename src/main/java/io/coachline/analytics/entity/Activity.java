package io.coachline.analytics.entity;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One recorded session of any sport. Distances in metres, durations in seconds.
 *
 * @param start       start time; its zone may differ from the athlete's (travel, UTC imports),
 *                    so calculators convert it to the athlete's zone before taking the day
 * @param sport       lower-case sport key, e.g. "run", "ride"; run-only metrics filter on "run"
 * @param avgHr       nullable
 * @param maxHr       nullable
 * @param workoutType never null after construction (OTHER when unknown)
 * @param splits      per-km splits, possibly empty
 * @param efforts     fastest stream segments per standard distance, when the file had a stream; may be empty
 */
public record Activity(String id, ZonedDateTime start, String sport, String name,
                       double distanceMeters, double movingSeconds, double elapsedSeconds,
                       double elevationGainMeters, Double avgHr, Double maxHr,
                       WorkoutType workoutType, boolean race, List<Split> splits, List<Effort> efforts) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        sport = sport == null ? "other" : sport.toLowerCase(Locale.ROOT);
        workoutType = workoutType == null ? WorkoutType.OTHER : workoutType;
        splits = splits == null ? List.of() : List.copyOf(splits);
        efforts = efforts == null ? List.of() : List.copyOf(efforts);
    }

    /** An activity known only by its splits (no record stream). */
    public Activity(String id, ZonedDateTime start, String sport, String name,
                    double distanceMeters, double movingSeconds, double elapsedSeconds,
                    double elevationGainMeters, Double avgHr, Double maxHr,
                    WorkoutType workoutType, boolean race, List<Split> splits) {
        this(id, start, sport, name, distanceMeters, movingSeconds, elapsedSeconds, elevationGainMeters, avgHr, maxHr,
                workoutType, race, splits, List.of());
    }

    public boolean isRun() {
        return "run".equals(sport);
    }

    /** Either flag counts: imports set `race`, athletes set the type. */
    public boolean isRace() {
        return race || workoutType == WorkoutType.RACE;
    }

    /** Moving time, or elapsed time when the device recorded no moving time. */
    public double durationSeconds() {
        return movingSeconds > 0 ? movingSeconds : elapsedSeconds;
    }

    /** Null when distance or time is missing, so callers cannot divide by zero silently. */
    public Double speedMetersPerSecond() {
        double seconds = durationSeconds();
        return distanceMeters > 0 && seconds > 0 ? distanceMeters / seconds : null;
    }

    public Double paceSecPerKm() {
        Double speed = speedMetersPerSecond();
        return speed == null ? null : 1000.0 / speed;
    }
}
