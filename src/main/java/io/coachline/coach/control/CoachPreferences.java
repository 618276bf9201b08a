package io.coachline.coach.control;

import static io.coachline.coach.control.VisibleCoachSql.IS_HIDDEN;
import static io.coachline.coach.control.VisibleCoachSql.SELECT_FULL;
import static io.coachline.coach.control.VisibleCoachSql.SELECT_SUMMARY;
import static io.coachline.coach.control.VisibleCoachSql.VISIBLE;
import static io.coachline.coach.control.VisibleCoachSql.query;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CoachStateResults;
import io.coachline.coach.entity.CoachView;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;
import io.coachline.platform.control.InstantConverter;
import io.coachline.tenancy.control.Caller;

/**
 * A user's own state per coach: favorite, hidden, usage, and the one active coach. Every write is a
 * single upsert whose SELECT applies the visibility rule, so the check and the write cannot be torn
 * apart by a concurrent request and the invariants (one active coach, exact counts) hold by construction.
 */
@Stateless
public class CoachPreferences {

    private static final String VISIBLE_COACH = " FROM coaches c WHERE c.id = ?3 AND " + VISIBLE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public CoachStateResults.Favorite toggleFavorite(CoachIdInput input) {
        String coachId = Inputs.validate("toggle_favorite_coach", input).coachId();
        upsertOrNotFound(coachId, "INSERT INTO coach_user_state (user_id, coach_id, is_favorite) SELECT ?1, c.id, 1"
                + VISIBLE_COACH + " ON CONFLICT (user_id, coach_id) DO UPDATE SET is_favorite = 1 - is_favorite");
        Object favorite = em.createNativeQuery(
                        "SELECT is_favorite FROM coach_user_state WHERE user_id = ?1 AND coach_id = ?2")
                .setParameter(1, caller.userId()).setParameter(2, coachId).getSingleResult();
        return new CoachStateResults.Favorite(coachId, VisibleCoachSql.flag(favorite));
    }

    /** Hides a system coach (tenant, assigned or global) from the caller's listings and searches. */
    public CoachStateResults.Hidden hide(CoachIdInput input) {
        String coachId = Inputs.validate("hide_coach", input).coachId();
        int changed = query(em, caller, "INSERT INTO coach_user_state (user_id, coach_id, is_hidden) SELECT ?1, c.id, 1"
                + VISIBLE_COACH + " AND c.is_system = 1 ON CONFLICT (user_id, coach_id) DO UPDATE SET is_hidden = 1")
                .setParameter(3, coachId).executeUpdate();
        if (changed == 0) {
            CoachCatalog.require(em, caller, coachId);
            throw ApiException.conflict("your own coaches cannot be hidden; delete the coach instead");
        }
        return new CoachStateResults.Hidden(coachId, true);
    }

    public CoachStateResults.Hidden show(CoachIdInput input) {
        String coachId = Inputs.validate("show_coach", input).coachId();
        CoachCatalog.require(em, caller, coachId);
        em.createNativeQuery("UPDATE coach_user_state SET is_hidden = 0 WHERE user_id = ?1 AND coach_id = ?2")
                .setParameter(1, caller.userId()).setParameter(2, coachId).executeUpdate();
        return new CoachStateResults.Hidden(coachId, false);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CoachView> hidden() {
        return CoachCatalog.rows(query(em, caller, SELECT_SUMMARY + " AND " + IS_HIDDEN
                + " ORDER BY c.title COLLATE NOCASE, c.id").getResultList());
    }

    /** Makes a visible coach the caller's one active coach; an id the caller cannot see changes nothing. */
    public CoachView activate(CoachIdInput input) {
        String coachId = Inputs.validate("activate_coach", input).coachId();
        upsertOrNotFound(coachId, "INSERT INTO active_coaches (user_id, coach_id, activated_at) SELECT ?1, c.id, ?4"
                + VISIBLE_COACH + " ON CONFLICT (user_id) DO UPDATE SET coach_id = excluded.coach_id,"
                + " activated_at = excluded.activated_at");
        return CoachCatalog.require(em, caller, coachId);
    }

    public CoachStateResults.Deactivated deactivate() {
        CoachView active = activeCoach();
        em.createNativeQuery("DELETE FROM active_coaches WHERE user_id = ?1")
                .setParameter(1, caller.userId()).executeUpdate();
        return new CoachStateResults.Deactivated(active != null, active == null ? null : active.id());
    }

    /** The active coach, unless it has stopped being visible to the caller (unassigned, made private...). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CoachStateResults.Active active() {
        CoachView active = activeCoach();
        return new CoachStateResults.Active(active != null, active);
    }

    /** One use of a coach by the caller (a chat turn): the caller's count and the coach's aggregate. */
    public CoachStateResults.Usage recordUsage(CoachIdInput input) {
        String coachId = Inputs.validate("record_usage", input).coachId();
        if (!countUse(coachId)) {
            throw ApiException.notFound("no coach with id " + coachId);
        }
        Object[] state = (Object[]) em.createNativeQuery(
                        "SELECT usage_count, last_used_at FROM coach_user_state WHERE user_id = ?1 AND coach_id = ?2")
                .setParameter(1, caller.userId()).setParameter(2, coachId).getSingleResult();
        return new CoachStateResults.Usage(coachId, VisibleCoachSql.number(state[0]).longValue(),
                VisibleCoachSql.instant(state[1]));
    }

    /**
     * One use of a coach by the caller, counted only while the caller sees it; false when not (nothing is written).
     * Not an exception: a chat answer that counts a use must still commit when its coach vanished meanwhile.
     */
    public boolean countUse(String coachId) {
        if (upsert(coachId, "INSERT INTO coach_user_state (user_id, coach_id, usage_count, last_used_at)"
                + " SELECT ?1, c.id, 1, ?4" + VISIBLE_COACH + " ON CONFLICT (user_id, coach_id) DO UPDATE SET"
                + " usage_count = usage_count + 1, last_used_at = excluded.last_used_at") == 0) {
            return false;
        }
        em.createNativeQuery("UPDATE coaches SET usage_count = usage_count + 1 WHERE id = ?1")
                .setParameter(1, coachId).executeUpdate();
        return true;
    }

    private CoachView activeCoach() {
        List<CoachView> rows = CoachCatalog.rows(query(em, caller, SELECT_FULL
                + " AND c.id = (SELECT coach_id FROM active_coaches WHERE user_id = ?1)").getResultList());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void upsertOrNotFound(String coachId, String sql) {
        if (upsert(coachId, sql) == 0) {
            throw ApiException.notFound("no coach with id " + coachId);
        }
    }

    /** Runs an INSERT ... SELECT (?3 = coach id, ?4 = now) that writes nothing unless the caller sees the coach. */
    private int upsert(String coachId, String sql) {
        Query upsert = query(em, caller, sql).setParameter(3, coachId);
        if (sql.contains("?4")) {
            upsert.setParameter(4, InstantConverter.format(Instant.now()));
        }
        return upsert.executeUpdate();
    }
}
