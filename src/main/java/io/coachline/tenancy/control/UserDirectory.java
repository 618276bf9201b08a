package io.coachline.tenancy.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.coachline.platform.control.InstantConverter;
import io.coachline.platform.entity.StringListConverter;
import io.coachline.tenancy.entity.AppUser;

/**
 * Tenants and users, provisioned on first sight of a valid token. Provisioning is an upsert, so two
 * first requests racing each other create one row each, never two.
 */
@Stateless
public class UserDirectory {

    // Seen callers, so an ordinary request costs no database write; last_seen_at is refreshed at most
    // this often, or at once when the token's name, email or roles change.
    private static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(5);
    private static final ConcurrentHashMap<String, Seen> SEEN = new ConcurrentHashMap<>();
    private static final StringListConverter LIST = new StringListConverter();

    private record Seen(Caller.Identity identity, Instant writtenAt) {
    }

    /** What a verified token says about its bearer. */
    public record TokenClaims(String tenantKey, String subject, String name, String email, Set<String> roles) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * The caller as already provisioned, or null when {@link #resolve} must write. Static, so that an ordinary
     * request does not pay for an EJB call and a transaction (~6 % of a small request's CPU in a profile).
     */
    public static Caller.Identity known(TokenClaims claims) {
        Seen seen = SEEN.get(key(claims));
        return seen != null && sameClaims(seen.identity(), claims)
                && seen.writtenAt().plus(LAST_SEEN_RESOLUTION).isAfter(Instant.now()) ? seen.identity() : null;
    }

    public Caller.Identity resolve(TokenClaims claims) {
        Caller.Identity known = known(claims);
        if (known != null) {
            return known;
        }
        Instant now = Instant.now();
        Caller.Identity identity = provision(claims, now);
        SEEN.put(key(claims), new Seen(identity, now));
        return identity;
    }

    private static String key(TokenClaims claims) {
        return claims.tenantKey() + '\u0000' + claims.subject();
    }

    private static boolean sameClaims(Caller.Identity identity, TokenClaims claims) {
        return java.util.Objects.equals(identity.name(), claims.name())
                && java.util.Objects.equals(identity.email(), claims.email())
                && identity.roles().equals(claims.roles());
    }

    private Caller.Identity provision(TokenClaims claims, Instant now) {
        String at = InstantConverter.format(now);
        em.createNativeQuery("INSERT INTO tenants (id, external_id, name, created_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (external_id) DO NOTHING")
                .setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, claims.tenantKey())
                .setParameter(3, claims.tenantKey())
                .setParameter(4, at)
                .executeUpdate();
        String tenantId = (String) em.createNativeQuery("SELECT id FROM tenants WHERE external_id = ?1")
                .setParameter(1, claims.tenantKey())
                .getSingleResult();
        String roles = LIST.convertToDatabaseColumn(List.copyOf(new TreeSet<>(claims.roles())));
        em.createNativeQuery("INSERT INTO users (id, tenant_id, subject, display_name, email, roles, created_at, last_seen_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
                        + "ON CONFLICT (tenant_id, subject) DO UPDATE SET display_name = excluded.display_name, "
                        + "email = excluded.email, roles = excluded.roles, last_seen_at = excluded.last_seen_at")
                .setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, tenantId)
                .setParameter(3, claims.subject())
                .setParameter(4, claims.name())
                .setParameter(5, claims.email())
                .setParameter(6, roles)
                .setParameter(7, at)
                .executeUpdate();
        String userId = (String) em.createNativeQuery("SELECT id FROM users WHERE tenant_id = ?1 AND subject = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, claims.subject())
                .getSingleResult();
        return new Caller.Identity(tenantId, claims.tenantKey(), userId, claims.subject(),
                claims.name(), claims.email(), Set.copyOf(claims.roles()));
    }

    /** The tenant's known users (everyone who has signed in at least once), by subject. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read takes no write lock
    public List<AppUser> usersOf(String tenantId) {
        return em.createNamedQuery(AppUser.BY_TENANT, AppUser.class)
                .setParameter("tenantId", tenantId)
                .getResultList();
    }

    /** A user of the given tenant by the identity provider's id, or null. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AppUser findBySubject(String tenantId, String subject) {
        return em.createNamedQuery(AppUser.BY_SUBJECT, AppUser.class)
                .setParameter("tenantId", tenantId)
                .setParameter("subject", subject)
                .getResultStream().findFirst().orElse(null);
    }
}
