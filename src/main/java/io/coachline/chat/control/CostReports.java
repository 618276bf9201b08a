package io.coachline.chat.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import io.coachline.chat.entity.CostViews.Line;
import io.coachline.chat.entity.CostViews.Report;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.InstantConverter;
import io.coachline.tenancy.control.Caller;

/** Sums of the cost ledger over a period of UTC days, grouped by user, route, model or (platform-wide) tenant. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CostReports {

    private static final Map<String, String> GROUPS = Map.of(
            "user", "u.subject", "route", "l.route", "model", "l.model", "tenant", "t.external_id");
    private static final String SUMS = ", COUNT(*), SUM(l.prompt_tokens), SUM(l.completion_tokens), SUM(l.cost_usd)"
            + " FROM llm_calls l JOIN users u ON u.id = l.user_id JOIN tenants t ON t.id = l.tenant_id"
            + " WHERE l.created_at >= ?1 AND l.created_at < ?2";

    /** The ledger stores times with four-digit years. */
    private static final int FIRST_YEAR = 0;
    private static final int LAST_YEAR = 9999;
    /** Times are stored to the microsecond. */
    private static final LocalTime LAST_STORABLE_TIME = LocalTime.of(23, 59, 59, 999_999_000);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** The caller's tenant; {@code group_by=tenant} (every tenant) is for super-admins only. */
    public Report tenant(String from, String to, String groupBy) {
        String group = groupBy == null || groupBy.isBlank() ? "user" : groupBy;
        if (!GROUPS.containsKey(group)) {
            throw ApiException.badRequest("group_by", "group_by: must be one of user, route, model, tenant");
        }
        boolean everyTenant = "tenant".equals(group);
        if (everyTenant && !caller.hasRole(Caller.SUPER_ADMIN)) {
            throw ApiException.forbidden("costs per tenant are for super-admins");
        }
        return report(from, to, group, everyTenant ? "" : " AND l.tenant_id = ?3", caller.tenantId());
    }

    /** The caller's own costs by route and model. */
    public Report own(String from, String to) {
        return report(from, to, "model", " AND l.user_id = ?3", caller.userId());
    }

    private Report report(String fromText, String toText, String group, String scope, String scopeId) {
        LocalDate to = day("to", toText, LocalDate.now(ZoneOffset.UTC));
        LocalDate from = day("from", fromText, to.withDayOfMonth(1));
        if (from.isAfter(to)) {
            throw ApiException.badRequest("from", "from: must not be after to");
        }
        String key = GROUPS.get(group);
        Query lines = em.createNativeQuery("SELECT " + key + SUMS + scope + " GROUP BY " + key + " ORDER BY 5 DESC, 1");
        Query total = em.createNativeQuery("SELECT 'total'" + SUMS + scope);
        for (Query q : List.of(lines, total)) {
            q.setParameter(1, Budgets.start(from)).setParameter(2, end(to));
            if (!scope.isEmpty()) {
                q.setParameter(3, scopeId);
            }
        }
        List<Line> rows = ((List<?>) lines.getResultList()).stream().map(r -> line((Object[]) r)).toList();
        return new Report(from, to, group, rows, line((Object[]) total.getSingleResult()));
    }

    private static Line line(Object[] r) {
        return new Line(String.valueOf(r[0]), n(r[1]).longValue(), n(r[2]).longValue(), n(r[3]).longValue(),
                n(r[4]).doubleValue());
    }

    private static Number n(Object value) {
        return value == null ? 0 : (Number) value;
    }

    /** The instant after the period's last day, or the last storable one when that day is 9999-12-31. */
    private static String end(LocalDate to) {
        return to.getYear() == LAST_YEAR && to.getDayOfYear() == to.lengthOfYear()
                ? InstantConverter.format(to.atTime(LAST_STORABLE_TIME).toInstant(ZoneOffset.UTC)) : Budgets.start(to.plusDays(1));
    }

    private static LocalDate day(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, field + ": must be a date like 2026-11-21");
        }
        // java.time reads years up to +999999999, which the ledger's times cannot be compared with.
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw ApiException.badRequest(field, field + ": must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return day;
    }
}
