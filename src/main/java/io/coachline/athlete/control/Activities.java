package io.coachline.athlete.control;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.coachline.athlete.control.imports.BestEfforts;
import io.coachline.athlete.control.imports.ParsedActivity;
import io.coachline.athlete.control.imports.Split;
import io.coachline.athlete.control.imports.Splits;
import io.coachline.athlete.entity.Activity;
import io.coachline.platform.control.InstantConverter;

/**
 * Stores activities of a user; the same source twice is a duplicate, never a second row. So is another file of
 * the same activity (a re-export differing in a byte, a GPX of a FIT): same user, start time and sport.
 */
@Stateless
public class Activities {

    static final Jsonb JSON = JsonbBuilder.create();

    /** What happened to one parsed activity. */
    public record Stored(String activityId, boolean duplicate) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AthleteDataCache cache;

    public Stored store(String userId, ZoneId zone, Integer maxHr, ParsedActivity parsed, String sourceKey) {
        List<Split> splits = Splits.perKilometre(parsed.samples());
        WorkoutClassifier.Label label = WorkoutClassifier.classify(parsed, splits, maxHr);
        String id = UUID.randomUUID().toString();
        String name = parsed.name() == null || parsed.name().isBlank()
                ? capitalized(parsed.sport()) + " on " + parsed.start().atZone(zone).toLocalDate() : parsed.name();
        int inserted = em.createNativeQuery("INSERT INTO activities (id, user_id, start_time, time_zone, local_date, sport, "
                        + "name, distance_m, moving_s, elapsed_s, elevation_gain_m, avg_hr, max_hr, avg_speed_mps, workout_type, "
                        + "is_race, splits, best_efforts, source_format, source_hash, created_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6, "
                        + "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21 "
                        // One statement, so two concurrent imports of the same activity cannot both pass the check.
                        + "WHERE NOT EXISTS (SELECT 1 FROM activities WHERE user_id = ?22 AND start_time = ?23 AND sport = ?24) "
                        + "ON CONFLICT (user_id, source_hash) DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, userId)
                .setParameter(3, InstantConverter.format(parsed.start()))
                .setParameter(4, zone.getId())
                .setParameter(5, parsed.start().atZone(zone).toLocalDate().toString())
                .setParameter(6, parsed.sport())
                .setParameter(7, truncate(name, 200))
                .setParameter(8, parsed.distanceMeters())
                .setParameter(9, parsed.movingSeconds())
                .setParameter(10, parsed.elapsedSeconds())
                .setParameter(11, parsed.elevationGainMeters())
                .setParameter(12, parsed.avgHr())
                .setParameter(13, parsed.maxHr())
                .setParameter(14, parsed.movingSeconds() > 0 ? parsed.distanceMeters() / parsed.movingSeconds() : 0)
                .setParameter(15, label.workoutType())
                .setParameter(16, label.race() ? 1 : 0)
                .setParameter(17, JSON.toJson(splits))
                .setParameter(18, JSON.toJson(BestEfforts.fastest(parsed.samples())))
                .setParameter(19, parsed.sourceFormat())
                .setParameter(20, sourceKey)
                .setParameter(21, InstantConverter.format(java.time.Instant.now()))
                .setParameter(22, userId)
                .setParameter(23, InstantConverter.format(parsed.start()))
                .setParameter(24, parsed.sport())
                .executeUpdate();
        if (inserted == 1) {
            cache.changed(userId);
            return new Stored(id, false);
        }
        Object existing = em.createNativeQuery("SELECT id FROM activities WHERE user_id = ?1 AND (source_hash = ?2 "
                        + "OR (start_time = ?3 AND sport = ?4)) ORDER BY source_hash = ?5 DESC LIMIT 1")
                .setParameter(1, userId).setParameter(2, sourceKey)
                .setParameter(3, InstantConverter.format(parsed.start())).setParameter(4, parsed.sport()).setParameter(5, sourceKey)
                .getSingleResult();
        return new Stored(String.valueOf(existing), true);
    }

    public List<Activity> ofUser(String userId) {
        return em.createNamedQuery(Activity.OF_USER, Activity.class).setParameter("userId", userId).getResultList();
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? "Activity" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
