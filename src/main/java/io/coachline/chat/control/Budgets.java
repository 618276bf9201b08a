package io.coachline.chat.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.chat.entity.BudgetInput;
import io.coachline.chat.entity.CostViews.Budget;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.InstantConverter;
import io.coachline.platform.control.Inputs;
import io.coachline.tenancy.control.Caller;

/**
 * Daily and monthly chat budgets per user and per tenant (UTC periods): configured defaults, which a tenant
 * admin may override for the tenant. Checked before a model is called; offline answers cost nothing.
 */
@Stateless
public class Budgets {

    private static final String LIMITS = "chat_budgets.user_daily_usd, chat_budgets.user_monthly_usd,"
            + " chat_budgets.tenant_daily_usd, chat_budgets.tenant_monthly_usd";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "coachline.chat.budget.user-daily-usd", defaultValue = "0.50")
    double userDaily;

    @Inject
    @ConfigProperty(name = "coachline.chat.budget.user-monthly-usd", defaultValue = "5.00")
    double userMonthly;

    @Inject
    @ConfigProperty(name = "coachline.chat.budget.tenant-daily-usd", defaultValue = "20.00")
    double tenantDaily;

    @Inject
    @ConfigProperty(name = "coachline.chat.budget.tenant-monthly-usd", defaultValue = "200.00")
    double tenantMonthly;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Budget current() {
        List<?> rows = em.createNativeQuery("SELECT " + LIMITS + " FROM chat_budgets WHERE tenant_id = ?1")
                .setParameter(1, caller.tenantId()).getResultList();
        return budget(rows.isEmpty() ? new Object[4] : (Object[]) rows.get(0));
    }

    public Budget set(BudgetInput input) {
        Inputs.validate("budget", input);
        em.createNativeQuery("INSERT INTO chat_budgets (tenant_id, user_daily_usd, user_monthly_usd, tenant_daily_usd,"
                        + " tenant_monthly_usd, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tenant_id) DO UPDATE SET"
                        + " user_daily_usd = excluded.user_daily_usd, user_monthly_usd = excluded.user_monthly_usd,"
                        + " tenant_daily_usd = excluded.tenant_daily_usd, tenant_monthly_usd = excluded.tenant_monthly_usd,"
                        + " updated_at = excluded.updated_at")
                .setParameter(1, caller.tenantId()).setParameter(2, input.userDailyUsd())
                .setParameter(3, input.userMonthlyUsd()).setParameter(4, input.tenantDailyUsd())
                .setParameter(5, input.tenantMonthlyUsd()).setParameter(6, InstantConverter.format(Instant.now()))
                .executeUpdate();
        return current();
    }

    /**
     * A 429 naming the budget that is used up, before anything is stored or any model is asked. One statement reads
     * the limits and all four sums: a chat turn pays for each statement, and the caller's rows are among the tenant's.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void check() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Object[] row = (Object[]) em.createNativeQuery("SELECT " + LIMITS + ", s.user_day, s.user_month, s.tenant_day,"
                        + " s.tenant_month FROM (SELECT"
                        + " COALESCE(SUM(CASE WHEN user_id = ?2 AND created_at >= ?3 THEN cost_usd END), 0) AS user_day,"
                        + " COALESCE(SUM(CASE WHEN user_id = ?2 THEN cost_usd END), 0) AS user_month,"
                        + " COALESCE(SUM(CASE WHEN created_at >= ?3 THEN cost_usd END), 0) AS tenant_day,"
                        + " COALESCE(SUM(cost_usd), 0) AS tenant_month"
                        + " FROM llm_calls WHERE tenant_id = ?1 AND created_at >= ?4) s"
                        + " LEFT JOIN chat_budgets ON chat_budgets.tenant_id = ?1")
                .setParameter(1, caller.tenantId()).setParameter(2, caller.userId())
                .setParameter(3, start(today)).setParameter(4, start(today.withDayOfMonth(1))).getSingleResult();
        Budget budget = budget(row);
        refuse("your daily", spent(row[4]), budget.userDailyUsd(), "tomorrow 00:00 UTC");
        refuse("your monthly", spent(row[5]), budget.userMonthlyUsd(), "on the 1st (UTC)");
        refuse("your organisation's daily", spent(row[6]), budget.tenantDailyUsd(), "tomorrow 00:00 UTC");
        refuse("your organisation's monthly", spent(row[7]), budget.tenantMonthlyUsd(), "on the 1st (UTC)");
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public double spentByCaller(LocalDate since) {
        return spent(em.createNativeQuery("SELECT COALESCE(SUM(cost_usd), 0) FROM llm_calls WHERE user_id = ?1"
                + " AND created_at >= ?2").setParameter(1, caller.userId()).setParameter(2, start(since)).getSingleResult());
    }

    private static double spent(Object sum) {
        return ((Number) sum).doubleValue();
    }

    /** The tenant's limits (null where it has set none, or has no row) over the configured defaults. */
    private Budget budget(Object[] limits) {
        return new Budget(or(limits[0], userDaily), or(limits[1], userMonthly), or(limits[2], tenantDaily),
                or(limits[3], tenantMonthly));
    }

    private static void refuse(String which, double spent, double budget, String resets) {
        if (spent >= budget) {
            String message = String.format(Locale.ROOT, "%s chat budget of $%.4f is used up ($%.4f spent); it resets %s",
                    which, budget, spent, resets);
            throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "budget_exceeded",
                    Character.toUpperCase(message.charAt(0)) + message.substring(1), null);
        }
    }

    static String start(LocalDate day) {
        return InstantConverter.format(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static double or(Object value, double fallback) {
        return value == null ? fallback : ((Number) value).doubleValue();
    }
}
