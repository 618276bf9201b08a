package io.coachline.tenancy.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "tenants")
@NamedQuery(name = Tenant.BY_EXTERNAL_ID, query = "SELECT t FROM Tenant t WHERE t.externalId = :externalId")
public class Tenant {

    public static final String BY_EXTERNAL_ID = "Tenant.byExternalId";

    @Id
    private String id;

    @Column(name = "external_id", nullable = false, unique = true)
    private String externalId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Tenant() {
    }

    public String id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
