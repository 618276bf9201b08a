package io.coachline.coach.control;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.coachline.coach.entity.CoachView;
import io.coachline.platform.control.InstantConverter;
import io.coachline.platform.entity.StringListConverter;
import io.coachline.tenancy.control.Caller;

/**
 * The one place that says which coaches a user sees, as SQL, and how a row becomes a {@link CoachView}.
 * Every statement built from it binds the caller's user as ?1 and tenant as ?2; further parameters start
 * at ?3. Native SQL because the rule needs the per-user state joined in and SQLite's json_each for tags.
 */
final class VisibleCoachSql {

    /** A user's own coaches, their tenant's coaches for everyone, assigned private system coaches, and global ones. */
    static final String VISIBLE = "((c.owner_id = ?1 AND c.tenant_id = ?2)"
            + " OR (c.is_system = 1 AND c.visibility = 'global')"
            + " OR (c.is_system = 1 AND c.tenant_id = ?2 AND (c.visibility = 'tenant'"
            + " OR (c.visibility = 'private' AND EXISTS (SELECT 1 FROM coach_assignments a"
            + " WHERE a.coach_id = c.id AND a.user_id = ?1)))))";

    static final String FROM = " FROM coaches c"
            + " LEFT JOIN users o ON o.id = c.owner_id"
            + " LEFT JOIN coach_user_state s ON s.coach_id = c.id AND s.user_id = ?1"
            + " LEFT JOIN active_coaches ac ON ac.user_id = ?1 AND ac.coach_id = c.id"
            + " WHERE " + VISIBLE;

    static final String COLUMNS = "SELECT c.id, c.title, c.description, c.category, c.tags, c.sample_prompts,"
            + " c.token_count, c.is_system, c.visibility, o.subject, COALESCE(s.is_favorite, 0),"
            + " ac.coach_id IS NOT NULL, COALESCE(s.is_hidden, 0), COALESCE(s.usage_count, 0), s.last_used_at,"
            + " c.created_at, c.updated_at";

    /** The columns of a listing, then the prompt: only a single coach is returned with its prompt. */
    static final String SELECT_SUMMARY = COLUMNS + FROM;
    static final String SELECT_FULL = COLUMNS + ", c.system_prompt" + FROM;
    /** A listing with the number of all matching rows (before LIMIT) in every row, at {@link #TOTAL}. */
    static final String SELECT_PAGE = COLUMNS + ", NULL, COUNT(*) OVER ()" + FROM;
    static final int TOTAL = 18;

    static final String IS_HIDDEN = "COALESCE(s.is_hidden, 0) = 1";
    static final String NOT_HIDDEN = "COALESCE(s.is_hidden, 0) = 0";

    private static final StringListConverter LIST = new StringListConverter();

    private VisibleCoachSql() {
    }

    static Query query(EntityManager em, Caller caller, String sql) {
        return em.createNativeQuery(sql).setParameter(1, caller.userId()).setParameter(2, caller.tenantId());
    }

    static CoachView view(Object[] row) {
        return new CoachView((String) row[0], (String) row[1], (String) row[2],
                row.length > 17 ? (String) row[17] : null, (String) row[3],
                LIST.convertToEntityAttribute((String) row[4]), LIST.convertToEntityAttribute((String) row[5]),
                number(row[6]).intValue(), flag(row[7]), (String) row[8], (String) row[9], flag(row[10]),
                flag(row[11]), flag(row[12]), number(row[13]).longValue(), instant(row[14]), instant(row[15]),
                instant(row[16]));
    }

    static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    static boolean flag(Object value) {
        return value instanceof Boolean b ? b : number(value).intValue() != 0;
    }

    static Instant instant(Object value) {
        return value == null ? null : InstantConverter.parse((String) value);
    }
}
