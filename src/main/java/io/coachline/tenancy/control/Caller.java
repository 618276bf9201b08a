package io.coachline.tenancy.control;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.platform.control.ApiException;

/**
 * Who is asking: established once per request from the verified token by the authentication filter,
 * and the only way code learns the tenant and user. Never filled from a request parameter.
 */
@RequestScoped
public class Caller {

    public static final String USER = "user";
    public static final String ADMIN = "admin";
    public static final String SUPER_ADMIN = "super-admin";
    /** The tenant whose tokens may carry {@link #SUPER_ADMIN}; unset: none may. */
    public static final String PLATFORM_TENANT_KEY = "coachline.platform-tenant";

    @Inject
    @ConfigProperty(name = PLATFORM_TENANT_KEY)
    Optional<String> platformTenant;

    private Identity identity;

    /** The resolved caller: internal ids plus what the token said. */
    public record Identity(String tenantId, String tenantKey, String userId, String subject,
                           String name, String email, Set<String> roles) {
    }

    /**
     * The roles a token's groups grant in its tenant. A tenant's identity provider may grant what that tenant
     * owns, so outside the operator's platform tenant {@code super-admin} counts as {@code admin} of the
     * caller's own tenant and nothing platform-wide (global coaches, other tenants' spend).
     */
    public Set<String> grantedRoles(String tenantKey, Set<String> groups) {
        return granted(tenantKey, groups, platformTenant.orElse(null));
    }

    static Set<String> granted(String tenantKey, Set<String> groups, String platformTenant) {
        if (!groups.contains(SUPER_ADMIN) || (platformTenant != null && !platformTenant.isBlank()
                && platformTenant.equals(tenantKey))) {
            return groups;
        }
        Set<String> granted = new HashSet<>(groups);
        granted.remove(SUPER_ADMIN);
        granted.add(ADMIN);
        return Set.copyOf(granted);
    }

    /** Called by the authentication filter only, once the token is verified and its roles granted. */
    public void establish(Identity identity) {
        this.identity = identity;
    }

    public boolean isKnown() {
        return identity != null;
    }

    private Identity identity() {
        if (identity == null) {
            throw ApiException.unauthorized("a valid bearer token is required");
        }
        return identity;
    }

    /** Internal tenant id (row id). */
    public String tenantId() {
        return identity().tenantId();
    }

    /** The tenant as the token names it (the tenant claim). */
    public String tenantKey() {
        return identity().tenantKey();
    }

    /** Internal user id (row id). */
    public String userId() {
        return identity().userId();
    }

    /** The token's sub: the user id the identity provider knows. */
    public String subject() {
        return identity().subject();
    }

    public String name() {
        return identity().name();
    }

    public String email() {
        return identity().email();
    }

    public Set<String> roles() {
        return identity().roles();
    }

    /**
     * Admins and super-admins are users too; a super-admin is also an admin of their own tenant. The roles are
     * those {@link #grantedRoles} left, so a super-admin here is one of the platform tenant.
     */
    public boolean hasRole(String role) {
        Set<String> roles = roles();
        return switch (role) {
            case USER -> roles.contains(USER) || roles.contains(ADMIN) || roles.contains(SUPER_ADMIN);
            case ADMIN -> roles.contains(ADMIN) || roles.contains(SUPER_ADMIN);
            default -> roles.contains(role);
        };
    }
}
