package io.coachline.chat.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.chat.entity.CostViews.Budget;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.InstantConverter;
import io.coachline.tenancy.control.Caller;

/**
 * Money held against the budgets by chat turns in progress, so that parallel turns cannot overspend: before each
 * model call a turn reserves that call's worst case, and the answer's transaction replaces the reservation by the
 * ledger rows of what was really paid. Each reservation transaction first updates the tenant's lock row (on
 * PostgreSQL a row lock; on SQLite the IMMEDIATE transaction already holds the write lock), then checks
 * spent + held + this amount against every limit, then writes: atomic across connections and instances.
 */
@Stateless
public class BudgetReservations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Budgets budgets;

    /** Longer than one model call with its retries; a crashed turn's reservation stops counting after it. */
    @Inject
    @ConfigProperty(name = "coachline.chat.reservation-ttl-seconds", defaultValue = "600")
    long ttlSeconds;

    /**
     * A new reservation of {@code amountUsd} for the caller, in the caller's transaction (the one that stores the
     * question, so a refusal stores nothing): its id, or a 429 budget_exceeded naming the limit it does not fit.
     */
    public String reserve(double amountUsd) {
        Instant now = Instant.now();
        lock(now);
        String refusal = refusal(held(now, ""), amountUsd);
        if (refusal != null) {
            throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "budget_exceeded", refusal, null);
        }
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO chat_reservations (id, tenant_id, user_id, amount_usd, created_at, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id).setParameter(2, caller.tenantId()).setParameter(3, caller.userId())
                .setParameter(4, amountUsd).setParameter(5, InstantConverter.format(now))
                .setParameter(6, InstantConverter.format(now.plusSeconds(ttlSeconds))).executeUpdate();
        return id;
    }

    /**
     * Sets an open reservation to {@code totalUsd} (what the turn has paid so far plus its next call's worst case)
     * and renews its expiry; false, changing nothing, when the budgets cannot cover that.
     */
    public boolean resize(String id, double totalUsd) {
        Instant now = Instant.now();
        lock(now);
        if (refusal(held(now, id), totalUsd) != null) {
            return false;
        }
        return em.createNativeQuery("UPDATE chat_reservations SET amount_usd = ?1, expires_at = ?2 WHERE id = ?3")
                .setParameter(1, totalUsd).setParameter(2, InstantConverter.format(now.plusSeconds(ttlSeconds)))
                .setParameter(3, id).executeUpdate() == 1;
    }

    /** Ends a reservation: in the transaction that writes the ledger rows, or alone when a turn failed. */
    public void release(String id) {
        em.createNativeQuery("DELETE FROM chat_reservations WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Serialises the tenant's reservations (see the class comment) and drops its expired ones. */
    private void lock(Instant now) {
        em.createNativeQuery("INSERT INTO chat_budget_locks (tenant_id, version) VALUES (?1, 0) ON CONFLICT (tenant_id)"
                + " DO UPDATE SET version = chat_budget_locks.version + 1").setParameter(1, caller.tenantId()).executeUpdate();
        em.createNativeQuery("DELETE FROM chat_reservations WHERE tenant_id = ?1 AND expires_at <= ?2")
                .setParameter(1, caller.tenantId()).setParameter(2, InstantConverter.format(now)).executeUpdate();
    }

    /** Spent and held this UTC day and month, by the caller and by the tenant, without reservation {@code except}. */
    private double[] held(Instant now, String except) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " COALESCE(SUM(CASE WHEN user_id = ?2 AND created_at >= ?3 THEN cost_usd END), 0),"
                        + " COALESCE(SUM(CASE WHEN user_id = ?2 THEN cost_usd END), 0),"
                        + " COALESCE(SUM(CASE WHEN created_at >= ?3 THEN cost_usd END), 0),"
                        + " COALESCE(SUM(cost_usd), 0) FROM ("
                        + " SELECT user_id, created_at, cost_usd FROM llm_calls WHERE tenant_id = ?1 AND created_at >= ?4"
                        + " UNION ALL SELECT user_id, created_at, amount_usd FROM chat_reservations"
                        + " WHERE tenant_id = ?1 AND expires_at > ?5 AND id <> ?6) s")
                .setParameter(1, caller.tenantId()).setParameter(2, caller.userId())
                .setParameter(3, Budgets.start(today)).setParameter(4, Budgets.start(today.withDayOfMonth(1)))
                .setParameter(5, InstantConverter.format(now)).setParameter(6, except).getSingleResult();
        return new double[] {number(row[0]), number(row[1]), number(row[2]), number(row[3])};
    }

    /** The message of the first limit that {@code held} plus {@code amount} would pass, or null when all hold. */
    private String refusal(double[] held, double amount) {
        Budget limits = budgets.current();
        return first(refusal("your daily", held[0], amount, limits.userDailyUsd(), "tomorrow 00:00 UTC"),
                refusal("your monthly", held[1], amount, limits.userMonthlyUsd(), "on the 1st (UTC)"),
                refusal("your organisation's daily", held[2], amount, limits.tenantDailyUsd(), "tomorrow 00:00 UTC"),
                refusal("your organisation's monthly", held[3], amount, limits.tenantMonthlyUsd(), "on the 1st (UTC)"));
    }

    static String refusal(String which, double held, double amount, double limit, String resets) {
        if (held + amount <= limit) {
            return null;
        }
        String message = String.format(Locale.ROOT, "%s chat budget of $%.4f is used up ($%.4f spent or held by"
                + " questions in progress; this question may cost up to $%.4f); it resets %s", which, limit, held, amount, resets);
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static String first(String... messages) {
        for (String message : messages) {
            if (message != null) {
                return message;
            }
        }
        return null;
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
