package io.coachline.athlete.control;

import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.coachline.athlete.control.imports.BestEffort;
import io.coachline.athlete.control.imports.Split;
import io.coachline.athlete.control.imports.Sports;
import io.coachline.athlete.entity.Activity;
import io.coachline.athlete.entity.ActivityFilter;
import io.coachline.athlete.entity.ActivityViews;
import io.coachline.platform.control.ApiException;

/**
 * A user's activity history: pages of it, one activity with its splits and best efforts, and deletion. Every
 * query names the user, so another user's activity is as absent as one that never existed (404, not 403).
 */
@Stateless
public class ActivityHistory {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Far beyond any real history; bounds the work a hostile offset can ask for. */
    public static final int MAX_OFFSET = 100_000;

    private static final Type SPLITS = new ArrayList<Split>() { }.getClass().getGenericSuperclass();
    private static final Type EFFORTS = new ArrayList<BestEffort>() { }.getClass().getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @Inject
    AthleteDataCache cache;

    /** Reads run outside a transaction: a SQLite transaction here takes the write lock (see AthleteDataLoader). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ActivityViews.Page list(String userId, ActivityFilter filter) {
        check(filter);
        Map<String, Object> parameters = new TreeMap<>();
        StringBuilder where = new StringBuilder(" WHERE a.userId = :userId");
        parameters.put("userId", userId);
        if (filter.from() != null) {
            where.append(" AND a.localDate >= :from");
            parameters.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            where.append(" AND a.localDate <= :to");
            parameters.put("to", filter.to().toString());
        }
        if (filter.sport() != null) {
            where.append(" AND a.sport = :sport");
            parameters.put("sport", filter.sport());
        }
        TypedQuery<Activity> page = em.createQuery("SELECT a FROM Activity a" + where
                + " ORDER BY a.startTime DESC, a.id DESC", Activity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Activity a" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ActivityViews.Summary> activities = page.setFirstResult(filter.offset()).setMaxResults(filter.limit())
                .getResultStream().map(ActivityHistory::summary).toList();
        return new ActivityViews.Page(activities, count.getSingleResult(), filter.limit(), filter.offset());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ActivityViews.Detail get(String userId, String activityId) {
        Activity activity = owned(userId, activityId);
        List<Split> splits = Activities.JSON.fromJson(activity.splits(), SPLITS);
        List<BestEffort> efforts = Activities.JSON.fromJson(activity.bestEfforts(), EFFORTS);
        return new ActivityViews.Detail(summary(activity),
                splits == null ? List.of() : splits.stream().map(ActivityHistory::split).toList(),
                efforts == null ? List.of() : efforts.stream().map(ActivityHistory::effort).toList());
    }

    /**
     * Deletes the activity; the user's analytics (training load, PBs, predictions, insights) are read afresh from
     * the next request on, because the cache forgets the user once this transaction has committed.
     */
    public void delete(String userId, String activityId) {
        int deleted = em.createQuery("DELETE FROM Activity a WHERE a.id = :id AND a.userId = :userId")
                .setParameter("id", activityId).setParameter("userId", userId).executeUpdate();
        if (deleted == 0) {
            throw notFound(activityId);
        }
        cache.changed(userId);
    }

    static void check(ActivityFilter filter) {
        if (filter.limit() < 1 || filter.limit() > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "limit: must be between 1 and " + MAX_LIMIT);
        }
        if (filter.offset() < 0 || filter.offset() > MAX_OFFSET) {
            throw ApiException.badRequest("offset", "offset: must be between 0 and " + MAX_OFFSET);
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ApiException.badRequest("from", "from: " + filter.from() + " is after to " + filter.to());
        }
        if (filter.sport() != null && !Sports.ALL.contains(filter.sport())) {
            throw ApiException.badRequest("sport", "sport: one of " + Sports.ALL);
        }
    }

    /** A yyyy-mm-dd query parameter as a date, null when absent; anything else is a 400 naming it. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw ApiException.badRequest(field, field + ": must be a date yyyy-mm-dd");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ApiException.badRequest(field, field + ": not a calendar date: " + text);
        }
    }

    private Activity owned(String userId, String activityId) {
        Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
        if (activity == null || !activity.userId().equals(userId)) {
            throw notFound(activityId);
        }
        return activity;
    }

    private static ApiException notFound(String activityId) {
        String shown = activityId != null && activityId.length() > 64 ? activityId.substring(0, 64) + "..." : activityId;
        return ApiException.notFound("no activity '" + shown + "'");
    }

    static ActivityViews.Summary summary(Activity a) {
        return new ActivityViews.Summary(a.id(), a.name(), a.sport(), a.localDate(), a.startTime().toString(), a.timeZone(),
                round(a.distanceMeters(), 0), round(a.movingSeconds(), 0), round(a.elapsedSeconds(), 0),
                round(a.elevationGainMeters(), 0), pace(a.movingSeconds(), a.distanceMeters()),
                round(a.avgHr(), 1), round(a.maxHr(), 1), a.workoutType(), a.race(), a.sourceFormat());
    }

    static ActivityViews.Split split(Split s) {
        return new ActivityViews.Split(s.index(), round(s.distanceMeters(), 0), round(s.seconds(), 1),
                pace(s.seconds(), s.distanceMeters()), round(s.avgHr(), 1), round(s.elevationGainMeters(), 0));
    }

    static ActivityViews.BestEffort effort(BestEffort e) {
        return new ActivityViews.BestEffort(e.name(), round(e.distanceMeters(), 1), round(e.seconds(), 1),
                pace(e.seconds(), e.distanceMeters()));
    }

    /** Seconds per kilometre to 0.1, null without distance. */
    static Double pace(double seconds, double meters) {
        return meters > 0 && seconds > 0 ? round(seconds / (meters / 1000), 1) : null;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static Double round(Double value, int decimals) {
        return value == null || value.isNaN() || value.isInfinite() ? null : round(value.doubleValue(), decimals);
    }
}
