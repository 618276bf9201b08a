package io.coachline.athlete.control;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.AthleteProfile;
import io.coachline.athlete.entity.CheckIn;
import io.coachline.athlete.entity.PlannedWorkout;
import io.coachline.athlete.entity.TrainingPlan;

/** Stores a generated athlete history (the demo athlete, benchmark athletes) as if it had been imported. */
@Stateless
public class GeneratedHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    AthleteDataCache cache;

    public void store(String userId, ZoneId zone, AthleteData data) {
        cache.changed(userId);
        AthleteProfile p = data.profile();
        io.coachline.athlete.entity.AthleteProfile profile = new io.coachline.athlete.entity.AthleteProfile(userId);
        profile.update(p.sex() == null ? null : p.sex().name().toLowerCase(Locale.ROOT),
                p.birthDate() == null ? null : p.birthDate().toString(), intOf(p.maxHr()), intOf(p.restingHr()),
                intOf(p.thresholdHr()), p.thresholdPaceSecPerKm(), p.weightKg(), "metric", zone.getId());
        em.persist(profile);
        for (Activity a : data.activities()) {
            List<io.coachline.athlete.control.imports.Split> splits = a.splits().stream()
                    .map(s -> new io.coachline.athlete.control.imports.Split(s.index() + 1, s.distanceMeters(),
                            s.seconds(), s.avgHr(), s.elevationMeters()))
                    .toList();
            em.persist(new io.coachline.athlete.entity.Activity(UUID.randomUUID().toString(), userId,
                    a.start().toInstant(), zone.getId(), a.start().withZoneSameInstant(zone).toLocalDate().toString(),
                    a.sport(), a.name(), a.distanceMeters(), a.movingSeconds(), a.elapsedSeconds(),
                    a.elevationGainMeters(), a.avgHr(), a.maxHr(), a.workoutType().name().toLowerCase(Locale.ROOT),
                    a.race(), Activities.JSON.toJson(splits), "[]", "demo", "demo:" + a.id()));
        }
        data.checkIns().forEach(c -> em.persist(new CheckIn(userId, c.date().toString(), c.sleepHours(), c.hrv(),
                c.restingHr(), c.soreness(), c.stress(), c.rpe(), c.motivation())));
        if (data.activePlan() != null) {
            TrainingPlan plan = new TrainingPlan(UUID.randomUUID().toString(), userId, data.activePlan().name(),
                    data.activePlan().goalRaceDate() == null ? null : data.activePlan().goalRaceDate().toString(),
                    data.activePlan().goalRaceDistanceMeters());
            em.persist(plan);
            // No mapped relationship tells EclipseLink the plan must be inserted before its workouts.
            em.flush();
            data.activePlan().workouts().forEach(w -> em.persist(new PlannedWorkout(UUID.randomUUID().toString(),
                    plan.id(), w.date().toString(), w.type().name().toLowerCase(Locale.ROOT), w.title(),
                    w.targetDistanceMeters(), w.targetDurationSeconds(), w.targetPaceSecPerKm())));
        }
    }

    private static Integer intOf(Double value) {
        return value == null ? null : (int) Math.round(value);
    }
}
