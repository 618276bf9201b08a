package io.coachline.athlete.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the athlete told us about themselves; every value may be unknown. One row per user. */
@Entity
@Table(name = "athlete_profiles")
public class AthleteProfile {

    @Id
    @Column(name = "user_id")
    private String userId;
    private String sex;
    @Column(name = "birth_date")
    private String birthDate;
    @Column(name = "max_hr")
    private Integer maxHr;
    @Column(name = "resting_hr")
    private Integer restingHr;
    @Column(name = "threshold_hr")
    private Integer thresholdHr;
    @Column(name = "threshold_pace_s_per_km")
    private Double thresholdPaceSecPerKm;
    @Column(name = "weight_kg")
    private Double weightKg;
    @Column(name = "preferred_units")
    private String preferredUnits = "metric";
    @Column(name = "time_zone")
    private String timeZone = "UTC";
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AthleteProfile() {
    }

    public AthleteProfile(String userId) {
        this.userId = userId;
        this.updatedAt = Instant.now();
    }

    public void update(String sex, String birthDate, Integer maxHr, Integer restingHr, Integer thresholdHr,
                       Double thresholdPaceSecPerKm, Double weightKg, String preferredUnits, String timeZone) {
        this.sex = sex;
        this.birthDate = birthDate;
        this.maxHr = maxHr;
        this.restingHr = restingHr;
        this.thresholdHr = thresholdHr;
        this.thresholdPaceSecPerKm = thresholdPaceSecPerKm;
        this.weightKg = weightKg;
        this.preferredUnits = preferredUnits;
        this.timeZone = timeZone;
        this.updatedAt = Instant.now();
    }

    public String userId() { return userId; }
    public String sex() { return sex; }
    public String birthDate() { return birthDate; }
    public Integer maxHr() { return maxHr; }
    public Integer restingHr() { return restingHr; }
    public Integer thresholdHr() { return thresholdHr; }
    public Double thresholdPaceSecPerKm() { return thresholdPaceSecPerKm; }
    public Double weightKg() { return weightKg; }
    public String preferredUnits() { return preferredUnits; }
    public String timeZone() { return timeZone; }
    public Instant updatedAt() { return updatedAt; }
}
