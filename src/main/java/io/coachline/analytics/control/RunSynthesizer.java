package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteProfile;
import io.coachline.analytics.entity.Split;
import io.coachline.analytics.entity.WorkoutType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes one plausible activity for the generators: per-km splits whose times add up to the run,
 * HR from relative speed (reserve fraction 0.88 x (speed / threshold speed)^1.8, i.e. threshold
 * HR at threshold pace) with warm-up and cardiac drift across the splits.
 */
final class RunSynthesizer {

    /** A session the schedule asks for. {@code speedRatio} is speed / threshold speed. */
    record Session(WorkoutType type, double meters, double speedRatio) {
    }

    private final Random random;
    private final AthleteProfile profile;

    RunSynthesizer(Random random, AthleteProfile profile) {
        this.random = random;
        this.profile = profile;
    }

    Activity run(String id, LocalDate day, Session session, double thresholdPace, double extraBpm) {
        double speed = 1000 / thresholdPace * session.speedRatio();
        double movingSeconds = session.meters() / speed;
        double reserve = 0.88 * Math.pow(session.speedRatio(), 1.8);
        double baseHr = profile.restingHr() + (profile.maxHr() - profile.restingHr()) * reserve
                + extraBpm + random.nextGaussian() * 1.5;
        List<Split> splits = splits(session, speed, movingSeconds, baseHr);
        double beats = 0;
        double peak = 0;
        double climb = 0;
        for (Split s : splits) {
            beats += s.avgHr() * s.seconds();
            peak = Math.max(peak, s.avgHr());
            climb += Math.max(0, s.elevationMeters());
        }
        boolean race = session.type() == WorkoutType.RACE;
        double elapsed = movingSeconds + (race ? 0 : 30 + random.nextInt(240));
        return new Activity(id, start(day, race), "run", title(session), session.meters(),
                Math.round(movingSeconds), Math.round(elapsed), Math.round(climb),
                (double) Math.round(beats / movingSeconds), Math.min(profile.maxHr(), Math.round(peak + 6)),
                session.type(), race, splits);
    }

    Activity ride(String id, LocalDate day, double extraBpm) {
        double seconds = 3600 + random.nextInt(1800);
        double hr = 122 + random.nextGaussian() * 4 + extraBpm;
        return new Activity(id, start(day, false).withHour(17), "ride", "Evening ride", Math.round(seconds * 7.4),
                seconds, seconds + 300, 150 + random.nextInt(200), (double) Math.round(hr),
                (double) Math.round(hr + 25), WorkoutType.OTHER, false, List.of());
    }

    private List<Split> splits(Session session, double speed, double movingSeconds, double baseHr) {
        double drift = drift(session.type());
        int full = (int) (session.meters() / 1000);
        double rest = session.meters() - full * 1000;
        int count = full + (rest >= 1 ? 1 : 0);
        double[] weight = new double[count];
        double[] elevation = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            double meters = i < full ? 1000 : rest;
            elevation[i] = Math.round(random.nextGaussian() * 5 * meters / 1000);
            // uphill costs about 0.5 s per metre climbed; the total is rescaled to the run's time below
            weight[i] = meters / speed * (1 + random.nextGaussian() * 0.02) + elevation[i] * 0.5;
            total += weight[i];
        }
        List<Split> splits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double meters = i < full ? 1000 : rest;
            double progress = (i + 0.5) / count;
            double hr = baseHr * (1 + drift * (progress - 0.5)) - (i == 0 ? 5 : 0) + random.nextGaussian();
            hr = Math.min(profile.maxHr() - 1, hr);
            splits.add(new Split(i, meters, Math.round(movingSeconds * weight[i] / total * 10) / 10.0,
                    (double) Math.round(hr), elevation[i]));
        }
        return splits;
    }

    private static double drift(WorkoutType type) {
        return switch (type) {
            case LONG -> 0.06;
            case TEMPO, RACE -> 0.04;
            case RECOVERY -> 0.02;
            default -> 0.03;
        };
    }

    private ZonedDateTime start(LocalDate day, boolean race) {
        LocalTime time = race ? LocalTime.of(9, 0) : LocalTime.of(6, 30).plusMinutes(random.nextInt(90));
        return ZonedDateTime.of(day, time, profile.zone());
    }

    static String title(Session s) {
        String km = String.format(Locale.ROOT, "%.1f km", s.meters() / 1000);
        return switch (s.type()) {
            case RACE -> "Race " + km;
            case INTERVAL -> "Intervals " + km;
            case TEMPO -> "Tempo " + km;
            case LONG -> "Long run " + km;
            case RECOVERY -> "Recovery run " + km;
            default -> "Easy run " + km;
        };
    }
}
