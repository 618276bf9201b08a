package io.coachline.coach.control;

import static io.coachline.coach.control.VisibleCoachSql.instant;
import static io.coachline.coach.control.VisibleCoachSql.number;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.coachline.coach.entity.SystemCoachView;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.entity.StringListConverter;
import io.coachline.tenancy.control.Caller;

/**
 * Which system coaches an admin manages, as SQL, and how a row becomes a {@link SystemCoachView}: the
 * tenant's own (not global) system coaches, and for a super-admin every global coach as well. Statements
 * bind the caller's tenant as ?1 and, as ?2, 'global' for a super-admin or '' (matching nothing) for others.
 */
final class ManagedCoachSql {

    static final String MANAGED = "(c.is_system = 1 AND ((c.tenant_id = ?1 AND c.visibility <> 'global')"
            + " OR c.visibility = ?2))";

    static final String FROM = " FROM coaches c JOIN tenants t ON t.id = c.tenant_id"
            + " LEFT JOIN users u ON u.id = c.created_by WHERE " + MANAGED;

    private static final String COLUMNS = "SELECT c.id, t.external_id, c.title, c.description, c.category, c.tags,"
            + " c.sample_prompts, c.token_count, c.visibility, c.usage_count,"
            + " (SELECT COUNT(*) FROM coach_user_state s WHERE s.coach_id = c.id AND s.usage_count > 0),"
            + " (SELECT COUNT(*) FROM coach_assignments a WHERE a.coach_id = c.id), u.subject, c.created_at,"
            + " c.updated_at";

    static final String SELECT_SUMMARY = COLUMNS + FROM;
    static final String SELECT_FULL = COLUMNS + ", c.system_prompt" + FROM;

    private static final StringListConverter LIST = new StringListConverter();

    private ManagedCoachSql() {
    }

    static Query query(EntityManager em, Caller caller, String sql) {
        return em.createNativeQuery(sql).setParameter(1, caller.tenantId())
                .setParameter(2, caller.hasRole(Caller.SUPER_ADMIN) ? "global" : "");
    }

    static SystemCoachView require(EntityManager em, Caller caller, String coachId) {
        List<SystemCoachView> found = views(query(em, caller, SELECT_FULL + " AND c.id = ?3")
                .setParameter(3, coachId).getResultList());
        if (found.isEmpty()) {
            throw ApiException.notFound("no system coach with id " + coachId + " that you manage");
        }
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<SystemCoachView> views(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(ManagedCoachSql::view).toList();
    }

    private static SystemCoachView view(Object[] row) {
        return new SystemCoachView((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                row.length > 15 ? (String) row[15] : null, (String) row[4],
                LIST.convertToEntityAttribute((String) row[5]), LIST.convertToEntityAttribute((String) row[6]),
                number(row[7]).intValue(), (String) row[8], number(row[9]).longValue(), number(row[10]).longValue(),
                number(row[11]).longValue(), (String) row[12], instant(row[13]), instant(row[14]));
    }
}
