package io.coachline.coach.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.coachline.platform.entity.StringListConverter;

/**
 * A coach: a persona with a system prompt. A user coach has an owner and is private to them; a system
 * coach has no owner and is seen per its visibility. What a user sees of a coach, with their own state,
 * and what an admin sees with usage totals, is read by native SQL in the control layer.
 */
@Entity
@Table(name = "coaches")
@NamedQuery(name = Coach.OWNED,
        query = "SELECT c FROM Coach c WHERE c.id = :id AND c.ownerId = :ownerId AND c.tenantId = :tenantId AND c.system = FALSE")
public class Coach {

    public static final String OWNED = "Coach.owned";

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "owner_id")
    private String ownerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description = "";

    @Column(name = "system_prompt", nullable = false)
    private String systemPrompt;

    @Column(nullable = false)
    private String category = CoachCategory.CUSTOM.text();

    @Convert(converter = StringListConverter.class)
    private List<String> tags = new ArrayList<>();

    @Column(name = "sample_prompts")
    @Convert(converter = StringListConverter.class)
    private List<String> samplePrompts = new ArrayList<>();

    @Column(name = "token_count", nullable = false)
    private int tokenCount;

    @Column(name = "is_system", nullable = false)
    private boolean system;

    @Column(nullable = false)
    private String visibility;

    // Incremented only by single-statement SQL (record_usage), so JPA never writes a stale value back.
    @Column(name = "usage_count", insertable = false, updatable = false)
    private long usageCount;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Coach() {
    }

    private Coach(String id, String tenantId, String ownerId, boolean system, String visibility, String createdBy,
                  Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.ownerId = ownerId;
        this.system = system;
        this.visibility = visibility;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A user's own coach: private to its owner. Content is set by the caller before persisting. */
    public static Coach userCoach(String id, String tenantId, String ownerId, Instant now) {
        return new Coach(id, tenantId, ownerId, false, Visibility.PRIVATE.text(), ownerId, now);
    }

    public static Coach systemCoach(String id, String tenantId, Visibility visibility, String createdBy, Instant now) {
        return new Coach(id, tenantId, null, true, visibility.text(), createdBy, now);
    }

    /** Sets the content fields; a null argument keeps the current value. */
    public void change(String title, String systemPrompt, int tokenCount, String description, String category,
                       List<String> tags, List<String> samplePrompts, Instant now) {
        if (title != null) {
            this.title = title;
        }
        if (systemPrompt != null) {
            this.systemPrompt = systemPrompt;
            this.tokenCount = tokenCount;
        }
        if (description != null) {
            this.description = description;
        }
        if (category != null) {
            this.category = category;
        }
        if (tags != null) {
            this.tags = new ArrayList<>(tags);
        }
        if (samplePrompts != null) {
            this.samplePrompts = new ArrayList<>(samplePrompts);
        }
        this.updatedAt = now;
    }

    public void changeVisibility(Visibility visibility, Instant now) {
        this.visibility = visibility.text();
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String ownerId() {
        return ownerId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String systemPrompt() {
        return systemPrompt;
    }

    public String category() {
        return category;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public List<String> samplePrompts() {
        return List.copyOf(samplePrompts);
    }

    public int tokenCount() {
        return tokenCount;
    }

    public boolean isSystem() {
        return system;
    }

    public Visibility visibility() {
        return Visibility.parse(visibility);
    }

    public long usageCount() {
        return usageCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
