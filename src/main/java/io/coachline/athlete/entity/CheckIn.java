package io.coachline.athlete.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A daily check-in: how the athlete slept and felt. One per user and local date. */
@Entity
@Table(name = "check_ins")
@IdClass(CheckIn.Key.class)
@NamedQuery(name = CheckIn.OF_USER, query = "SELECT c FROM CheckIn c WHERE c.userId = :userId ORDER BY c.date")
public class CheckIn {

    public static final String OF_USER = "CheckIn.ofUser";

    @Id
    @Column(name = "user_id")
    private String userId;
    @Id
    private String date;
    @Column(name = "sleep_hours")
    private Double sleepHours;
    private Double hrv;
    @Column(name = "resting_hr")
    private Double restingHr;
    private Double soreness;
    private Double stress;
    private Double rpe;
    private Double motivation;

    protected CheckIn() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public CheckIn(String userId, String date, Double sleepHours, Double hrv, Double restingHr, Double soreness,
                   Double stress, Double rpe, Double motivation) {
        this.userId = userId;
        this.date = date;
        this.sleepHours = sleepHours;
        this.hrv = hrv;
        this.restingHr = restingHr;
        this.soreness = soreness;
        this.stress = stress;
        this.rpe = rpe;
        this.motivation = motivation;
    }

    public String userId() { return userId; }
    public String date() { return date; }
    public Double sleepHours() { return sleepHours; }
    public Double hrv() { return hrv; }
    public Double restingHr() { return restingHr; }
    public Double soreness() { return soreness; }
    public Double stress() { return stress; }
    public Double rpe() { return rpe; }
    public Double motivation() { return motivation; }

    /** Composite key (user, date). */
    public static class Key implements Serializable {
        private String userId;
        private String date;

        public Key() {
        }

        public Key(String userId, String date) {
            this.userId = userId;
            this.date = date;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(date, k.date);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, date);
        }
    }
}
