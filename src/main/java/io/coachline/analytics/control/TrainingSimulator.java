package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.AthleteProfile;
import io.coachline.analytics.entity.CheckIn;
import io.coachline.analytics.entity.Plan;
import io.coachline.analytics.entity.PlannedWorkout;
import io.coachline.analytics.entity.Sex;
import io.coachline.analytics.entity.WorkoutType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The engine behind {@link DemoAthlete} and {@link LongHistory}: 16-week cycles ending in a race
 * on a Sunday (the last one is the plan's goal race after {@code today}), each cycle base, build,
 * a two-week taper and a recovery week after the race. The threshold pace improves by 16 s/km
 * over the last year. Hard sessions raise HR on the following days (6 bpm x e^(-days/1.5)), short
 * sleep raises it too, and a few easy runs are run too hard on hot days.
 */
final class TrainingSimulator {

    static final AthleteProfile PROFILE = new AthleteProfile(Sex.MALE, LocalDate.of(1988, 5, 14), 190.0,
            50.0, 172.0, 255.0, 70.0, ZoneId.of("Europe/Berlin"));
    static final int CYCLE_DAYS = 112;
    static final double GOAL_METERS = 21097.5;
    private static final double[] RACE_METERS = {21097.5, 5000, 10000};
    private static final double FATIGUE_BPM = 6;
    private static final double FATIGUE_DAYS = 1.5;

    private enum Phase { BASE, BUILD, TAPER, RECOVERY }

    private final LocalDate today;
    private final LocalDate goal;
    private final boolean daily;
    private final boolean rides;
    private final Random random;
    private final RunSynthesizer synthesizer;

    /** @param daily seven runs a week instead of five */
    TrainingSimulator(LocalDate today, long seed, boolean daily, boolean rides) {
        this.today = today;
        this.goal = today.plusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        this.daily = daily;
        this.rides = rides;
        this.random = new Random(seed);
        this.synthesizer = new RunSynthesizer(random, PROFILE);
    }

    AthleteData simulate(int days) {
        LocalDate first = today.minusDays(days - 1L);
        LocalDate planStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Activity> activities = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        List<PlannedWorkout> planned = new ArrayList<>();
        LocalDate lastHard = null;
        for (LocalDate day = first; !day.isAfter(goal); day = day.plusDays(1)) {
            double fatigue = lastHard == null ? 0 : Math.exp(-(day.toEpochDay() - lastHard.toEpochDay()) / FATIGUE_DAYS);
            double sleep = clamp(7.3 + random.nextGaussian() * 0.7, 4.5, 9.5);
            RunSynthesizer.Session session = session(day);
            double pace = thresholdPace(day);
            if (session != null && !day.isBefore(planStart)) {
                planned.add(new PlannedWorkout(day, session.type(), RunSynthesizer.title(session), session.meters(), null,
                        Math.round(pace / session.speedRatio()) * 1.0));
            }
            if (day.isAfter(today)) {
                continue;
            }
            boolean skipped = session != null && session.type() != WorkoutType.RACE && random.nextDouble() < 0.03;
            double extraBpm = FATIGUE_BPM * fatigue + 1.5 * Math.max(0, 7.5 - sleep);
            if (session != null && !skipped) {
                boolean hot = isEasy(session.type()) && random.nextDouble() < 0.12;
                RunSynthesizer.Session actual = hot
                        ? new RunSynthesizer.Session(session.type(), session.meters(), 0.88) : session;
                activities.add(synthesizer.run("run-" + day, day, actual, pace, extraBpm + (hot ? 6 : 0)));
                if (isHard(session.type())) {
                    lastHard = day;
                }
            }
            if (rides && day.getDayOfWeek() == DayOfWeek.FRIDAY && day.toEpochDay() % 14 < 7) {
                activities.add(synthesizer.ride("ride-" + day, day, extraBpm));
            }
            checkIns.add(checkIn(day, sleep, fatigue, session == null || skipped ? null : session.type()));
        }
        Plan plan = new Plan("Half marathon build", goal, GOAL_METERS, planned);
        return new AthleteData(PROFILE, activities, checkIns, plan, today);
    }

    private RunSynthesizer.Session session(LocalDate day) {
        long toRace = Math.floorMod(goal.toEpochDay() - day.toEpochDay(), CYCLE_DAYS);
        long sinceRace = CYCLE_DAYS - toRace;
        double raceMeters = day.equals(goal) ? GOAL_METERS
                : RACE_METERS[Math.floorMod((goal.toEpochDay() - day.toEpochDay()) / CYCLE_DAYS, 3)];
        if (toRace == 0) {
            return new RunSynthesizer.Session(WorkoutType.RACE, raceMeters, raceRatio(raceMeters)
                    * (1 + random.nextGaussian() * 0.008));
        }
        Phase phase = sinceRace <= 6 ? Phase.RECOVERY
                : toRace <= 13 ? Phase.TAPER : toRace <= 56 ? Phase.BUILD : Phase.BASE;
        double weekKm = switch (phase) {
            case BASE -> 50;
            case BUILD -> 62;
            case TAPER -> 40;
            case RECOVERY -> 30;
        } * (daily ? 1.2 : 1) * (1 + random.nextGaussian() * 0.06);
        if (toRace == 1) {
            return sized(WorkoutType.EASY, 5);
        }
        WorkoutType hardOne = phase == Phase.BUILD || phase == Phase.TAPER ? WorkoutType.INTERVAL : WorkoutType.EASY;
        WorkoutType hardTwo = phase == Phase.RECOVERY ? WorkoutType.RECOVERY : WorkoutType.TEMPO;
        WorkoutType longType = phase == Phase.RECOVERY ? WorkoutType.EASY : WorkoutType.LONG;
        return switch (day.getDayOfWeek()) {
            case MONDAY -> daily ? sized(WorkoutType.RECOVERY, weekKm * 0.08) : null;
            case TUESDAY -> sized(hardOne, weekKm * (daily ? 0.15 : 0.17));
            case WEDNESDAY -> sized(WorkoutType.EASY, weekKm * (daily ? 0.14 : 0.17));
            case THURSDAY -> sized(hardTwo, weekKm * (daily ? 0.15 : 0.18));
            case FRIDAY -> daily ? sized(WorkoutType.EASY, weekKm * 0.10) : null;
            case SATURDAY -> sized(WorkoutType.EASY, weekKm * (daily ? 0.12 : 0.16));
            case SUNDAY -> sized(longType, Math.min(32, weekKm * (daily ? 0.26 : 0.32)));
        };
    }

    private RunSynthesizer.Session sized(WorkoutType type, double km) {
        double ratio = switch (type) {
            case RECOVERY -> 0.72;
            case LONG -> 0.79;
            case TEMPO -> 0.96;
            case INTERVAL -> 0.90;
            default -> 0.78;
        };
        double meters = Math.round(Math.max(4, km * (1 + random.nextGaussian() * 0.08)) * 100) * 10.0;
        return new RunSynthesizer.Session(type, meters, ratio * (1 + random.nextGaussian() * 0.015));
    }

    /** Race speed over threshold speed: shorter races are run faster than threshold. */
    private static double raceRatio(double meters) {
        return meters <= 5000 ? 1.055 : meters <= 10000 ? 1.02 : meters <= 21100 ? 0.965 : 0.915;
    }

    private double thresholdPace(LocalDate day) {
        double yearsAgo = (today.toEpochDay() - day.toEpochDay()) / 365.0;
        return 252 + 16 * clamp(yearsAgo, 0, 1);
    }

    private CheckIn checkIn(LocalDate day, double sleep, double fatigue, WorkoutType ran) {
        double hrv = 68 - 10 * fatigue - 2 * Math.max(0, 7.5 - sleep) + random.nextGaussian() * 4;
        double restingHr = PROFILE.restingHr() + 4 * fatigue + random.nextGaussian() * 1.2;
        double soreness = clamp(2 + 5 * fatigue + random.nextGaussian(), 1, 10);
        double stress = clamp(4 + random.nextGaussian() * 1.5, 1, 10);
        Double rpe = ran == null ? null : switch (ran) {
            case RACE -> 9.0;
            case INTERVAL -> 8.0;
            case TEMPO -> 7.0;
            case LONG -> 5.0;
            case RECOVERY -> 2.0;
            default -> 3.0;
        };
        double motivation = clamp(7 + random.nextGaussian() - 2 * fatigue, 1, 10);
        return new CheckIn(day, round(sleep), round(hrv), round(restingHr), round(soreness), round(stress), rpe,
                round(motivation));
    }

    private static boolean isHard(WorkoutType type) {
        return type == WorkoutType.TEMPO || type == WorkoutType.INTERVAL || type == WorkoutType.RACE;
    }

    private static boolean isEasy(WorkoutType type) {
        return type == WorkoutType.EASY || type == WorkoutType.RECOVERY;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
