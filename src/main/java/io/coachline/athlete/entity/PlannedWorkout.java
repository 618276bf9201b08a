package io.coachline.athlete.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "planned_workouts")
@NamedQuery(name = PlannedWorkout.OF_PLAN,
        query = "SELECT w FROM PlannedWorkout w WHERE w.planId = :planId ORDER BY w.date")
public class PlannedWorkout {

    public static final String OF_PLAN = "PlannedWorkout.ofPlan";

    @Id
    private String id;
    @Column(name = "plan_id")
    private String planId;
    private String date;
    private String type;
    private String title;
    @Column(name = "target_distance_m")
    private Double targetDistanceMeters;
    @Column(name = "target_duration_s")
    private Double targetDurationSeconds;
    @Column(name = "target_pace_s_per_km")
    private Double targetPaceSecPerKm;

    protected PlannedWorkout() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public PlannedWorkout(String id, String planId, String date, String type, String title,
                          Double targetDistanceMeters, Double targetDurationSeconds, Double targetPaceSecPerKm) {
        this.id = id;
        this.planId = planId;
        this.date = date;
        this.type = type;
        this.title = title;
        this.targetDistanceMeters = targetDistanceMeters;
        this.targetDurationSeconds = targetDurationSeconds;
        this.targetPaceSecPerKm = targetPaceSecPerKm;
    }

    public String id() { return id; }
    public String planId() { return planId; }
    public String date() { return date; }
    public String type() { return type; }
    public String title() { return title; }
    public Double targetDistanceMeters() { return targetDistanceMeters; }
    public Double targetDurationSeconds() { return targetDurationSeconds; }
    public Double targetPaceSecPerKm() { return targetPaceSecPerKm; }
}
