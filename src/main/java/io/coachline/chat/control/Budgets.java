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
        List<?> rows = em.createNativeQuery("SELECT user_daily_usd, user_monthly_usd, tenant_daily_usd, tenant_monthly_usd"
                + " FROM chat_budgets WHERE tenant_id = ?1").setParameter(1, caller.tenantId()).getResultList();
        Object[] row = rows.isEmpty() ? new Object[4] : (Object[]) rows.get(0);
        return new Budget(or(row[0], userDaily), or(row[1], userMonthly), or(row[2], tenantDaily), or(row[3], tenantMonthly));
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

    /** A 429 naming the budget that is used up, before anything is stored or any model is asked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void check() {
        Budget budget = current();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String day = start(today);
        String month = start(today.withDayOfMonth(1));
        refuse("your daily", spent("user_id", caller.userId(), day), budget.userDailyUsd(), "tomorrow 00:00 UTC");
        refuse("your monthly", spent("user_id", caller.userId(), month), budget.userMonthlyUsd(), "on the 1st (UTC)");
        refuse("your organisation's daily", spent("tenant_id", caller.tenantId(), day), budget.tenantDailyUsd(),
                "tomorrow 00:00 UTC");
        refuse("your organisation's monthly", spent("tenant_id", caller.tenantId(), month), budget.tenantMonthlyUsd(),
                "on the 1st (UTC)");
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public double spentByCaller(LocalDate since) {
        return spent("user_id", caller.userId(), start(since));
    }

    private double spent(String column, String id, String since) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(cost_usd), 0) FROM llm_calls WHERE " + column
                + " = ?1 AND created_at >= ?2").setParameter(1, id).setParameter(2, since).getSingleResult();
        return ((Number) sum).doubleValue();
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
