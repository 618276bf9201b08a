package io.coachline.athlete.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A training plan; at most one per user is active (enforced by a partial unique index). */
@Entity
@Table(name = "training_plans")
@NamedQuery(name = TrainingPlan.ACTIVE_OF_USER,
        query = "SELECT p FROM TrainingPlan p WHERE p.userId = :userId AND p.active = true")
public class TrainingPlan {

    public static final String ACTIVE_OF_USER = "TrainingPlan.activeOfUser";

    @Id
    private String id;
    @Column(name = "user_id")
    private String userId;
    private String name;
    @Column(name = "goal_race_date")
    private String goalRaceDate;
    @Column(name = "goal_distance_m")
    private Double goalDistanceMeters;
    @Column(name = "is_active")
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;

    protected TrainingPlan() {
    }

    public TrainingPlan(String id, String userId, String name, String goalRaceDate, Double goalDistanceMeters) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.goalRaceDate = goalRaceDate;
        this.goalDistanceMeters = goalDistanceMeters;
        this.active = true;
        this.createdAt = Instant.now();
    }

    public String id() { return id; }
    public String userId() { return userId; }
    public String name() { return name; }
    public String goalRaceDate() { return goalRaceDate; }
    public Double goalDistanceMeters() { return goalDistanceMeters; }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }
}
