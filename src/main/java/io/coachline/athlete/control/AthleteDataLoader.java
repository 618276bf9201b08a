package io.coachline.athlete.control;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.AthleteProfile;
import io.coachline.analytics.entity.CheckIn;
import io.coachline.analytics.entity.Effort;
import io.coachline.analytics.entity.Plan;
import io.coachline.analytics.entity.PlannedWorkout;
import io.coachline.analytics.entity.Sex;
import io.coachline.analytics.entity.Split;
import io.coachline.analytics.entity.WorkoutType;
import io.coachline.athlete.entity.TrainingPlan;

/**
 * Reads one user's stored data into the plain records the analytics calculators take. Reads run outside
 * a transaction: every SQLite transaction here begins IMMEDIATE and so takes the write lock, which would
 * queue concurrent readers behind each other and behind writers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AthleteDataLoader {

    private static final Type SPLITS = new ArrayList<io.coachline.athlete.control.imports.Split>() { }
            .getClass().getGenericSuperclass();
    private static final Type EFFORTS = new ArrayList<io.coachline.athlete.control.imports.BestEffort>() { }
            .getClass().getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @Inject
    AthleteDataCache cache;

    public AthleteData load(String userId) {
        return cache.get(userId, () -> read(userId));
    }

    private AthleteData read(String userId) {
        io.coachline.athlete.entity.AthleteProfile stored = em.find(io.coachline.athlete.entity.AthleteProfile.class, userId);
        ZoneId zone = stored == null ? ZoneId.of("UTC") : ZoneId.of(stored.timeZone());
        AthleteProfile profile = stored == null ? new AthleteProfile(null, null, null, null, null, null, null, zone)
                : new AthleteProfile(
                        stored.sex() == null ? null : Sex.valueOf(stored.sex().toUpperCase(Locale.ROOT)),
                        stored.birthDate() == null ? null : LocalDate.parse(stored.birthDate()),
                        toDouble(stored.maxHr()), toDouble(stored.restingHr()), toDouble(stored.thresholdHr()),
                        stored.thresholdPaceSecPerKm(), stored.weightKg(), zone);
        List<Activity> activities = em.createNamedQuery(io.coachline.athlete.entity.Activity.OF_USER,
                        io.coachline.athlete.entity.Activity.class)
                .setParameter("userId", userId).getResultStream()
                .map(AthleteDataLoader::activity).toList();
        List<CheckIn> checkIns = em.createNamedQuery(io.coachline.athlete.entity.CheckIn.OF_USER,
                        io.coachline.athlete.entity.CheckIn.class)
                .setParameter("userId", userId).getResultStream()
                .map(c -> new CheckIn(LocalDate.parse(c.date()), c.sleepHours(), c.hrv(), c.restingHr(),
                        c.soreness(), c.stress(), c.rpe(), c.motivation()))
                .toList();
        return new AthleteData(profile, activities, checkIns, activePlan(userId), LocalDate.now(zone));
    }

    private Plan activePlan(String userId) {
        TrainingPlan plan = em.createNamedQuery(TrainingPlan.ACTIVE_OF_USER, TrainingPlan.class)
                .setParameter("userId", userId).getResultStream().findFirst().orElse(null);
        if (plan == null) {
            return null;
        }
        List<PlannedWorkout> workouts = em.createNamedQuery(io.coachline.athlete.entity.PlannedWorkout.OF_PLAN,
                        io.coachline.athlete.entity.PlannedWorkout.class)
                .setParameter("planId", plan.id()).getResultStream()
                .map(w -> new PlannedWorkout(LocalDate.parse(w.date()), workoutType(w.type()), w.title(),
                        w.targetDistanceMeters(), w.targetDurationSeconds(), w.targetPaceSecPerKm()))
                .toList();
        return new Plan(plan.name(), plan.goalRaceDate() == null ? null : LocalDate.parse(plan.goalRaceDate()),
                plan.goalDistanceMeters(), workouts);
    }

    private static Activity activity(io.coachline.athlete.entity.Activity a) {
        List<io.coachline.athlete.control.imports.Split> stored = Activities.JSON.fromJson(a.splits(), SPLITS);
        List<Split> splits = stored == null ? List.of() : stored.stream()
                .map(s -> new Split(s.index() - 1, s.distanceMeters(), s.seconds(), s.avgHr(), s.elevationGainMeters()))
                .toList();
        List<io.coachline.athlete.control.imports.BestEffort> storedEfforts = Activities.JSON.fromJson(a.bestEfforts(), EFFORTS);
        List<Effort> efforts = storedEfforts == null ? List.of() : storedEfforts.stream()
                .map(e -> new Effort(e.distanceMeters(), e.seconds())).toList();
        return new Activity(a.id(), ZonedDateTime.ofInstant(a.startTime(), ZoneId.of(a.timeZone())), a.sport(), a.name(),
                a.distanceMeters(), a.movingSeconds(), a.elapsedSeconds(), a.elevationGainMeters(), a.avgHr(), a.maxHr(),
                workoutType(a.workoutType()), a.race(), splits, efforts);
    }

    static WorkoutType workoutType(String stored) {
        try {
            return stored == null ? WorkoutType.OTHER : WorkoutType.valueOf(stored.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return WorkoutType.OTHER;
        }
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
