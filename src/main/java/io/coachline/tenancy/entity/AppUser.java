package io.coachline.tenancy.entity;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.coachline.platform.entity.StringListConverter;

/** A user of one tenant, known by the identity provider's subject. Same subject in two tenants = two users. */
@Entity
@Table(name = "users")
@NamedQuery(name = AppUser.BY_SUBJECT,
        query = "SELECT u FROM AppUser u WHERE u.tenantId = :tenantId AND u.subject = :subject")
@NamedQuery(name = AppUser.BY_TENANT,
        query = "SELECT u FROM AppUser u WHERE u.tenantId = :tenantId ORDER BY u.subject")
public class AppUser {

    public static final String BY_SUBJECT = "AppUser.bySubject";
    public static final String BY_TENANT = "AppUser.byTenant";

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Convert(converter = StringListConverter.class)
    private List<String> roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected AppUser() {
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public List<String> roles() {
        return roles;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
