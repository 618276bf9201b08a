package io.coachline.chat.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A chat of one user; only its owner ever reads it (queries are always scoped by user). */
@Entity
@Table(name = "conversations")
@NamedQuery(name = Conversation.OF_USER,
        query = "SELECT c FROM Conversation c WHERE c.userId = :userId ORDER BY c.updatedAt DESC, c.id")
@NamedQuery(name = Conversation.OWNED,
        query = "SELECT c FROM Conversation c WHERE c.id = :id AND c.userId = :userId")
public class Conversation {

    public static final String OF_USER = "Conversation.ofUser";
    public static final String OWNED = "Conversation.owned";

    @Id
    private String id;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(name = "user_id", nullable = false)
    private String userId;
    private String title;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Conversation() {
    }

    public Conversation(String id, String tenantId, String userId, String title, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.userId = userId;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String userId() {
        return userId;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
