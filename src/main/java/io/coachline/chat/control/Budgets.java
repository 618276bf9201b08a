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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.chat.entity.BudgetInput;
import io.coachline.chat.entity.CostViews.Budget;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.InstantConverter;
import io.coachline.platform.control.Inputs;
import io.coachline.tenancy.control.Caller;

/**
 * Daily and monthly chat budgets per user and per tenant (UTC periods): configured defaults, which a tenant
 * admin may lower for the tenant. {@link BudgetReservations} holds a turn's worst case against them before a model
 * is called; offline answers cost nothing.
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

    /** A tenant admin may lower the operator's limits for the tenant, never raise them: 400 naming the field above. */
    public Budget set(BudgetInput input) {
        Inputs.validate("budget", input);
        Budget ceilings = ceilings();
        ceiling("user_daily_usd", input.userDailyUsd(), ceilings.userDailyUsd());
        ceiling("user_monthly_usd", input.userMonthlyUsd(), ceilings.userMonthlyUsd());
        ceiling("tenant_daily_usd", input.tenantDailyUsd(), ceilings.tenantDailyUsd());
        ceiling("tenant_monthly_usd", input.tenantMonthlyUsd(), ceilings.tenantMonthlyUsd());
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

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public double spentByCaller(LocalDate since) {
        return spent(em.createNativeQuery("SELECT COALESCE(SUM(cost_usd), 0) FROM llm_calls WHERE user_id = ?1"
                + " AND created_at >= ?2").setParameter(1, caller.userId()).setParameter(2, start(since)).getSingleResult());
    }

    private static double spent(Object sum) {
        return ((Number) sum).doubleValue();
    }

    /** The operator's configured limits: the defaults, and the ceilings no tenant setting goes above. */
    Budget ceilings() {
        return new Budget(userDaily, userMonthly, tenantDaily, tenantMonthly);
    }

    private static void ceiling(String field, Double value, double ceiling) {
        if (value != null && value > ceiling) {
            throw ApiException.badRequest(field, String.format(Locale.ROOT,
                    "%s: must not be above the operator's limit of $%.4f", field, ceiling));
        }
    }

    /**
     * The tenant's limits (null where it has set none, or has no row) over the configured defaults, never above
     * them: a row written before the ceilings were enforced, or beside the server, cannot lift them either.
     */
    private Budget budget(Object[] limits) {
        return new Budget(at(limits[0], userDaily), at(limits[1], userMonthly), at(limits[2], tenantDaily),
                at(limits[3], tenantMonthly));
    }

    static String start(LocalDate day) {
        return InstantConverter.format(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static double at(Object value, double ceiling) {
        return value == null ? ceiling : Math.min(((Number) value).doubleValue(), ceiling);
    }
}
