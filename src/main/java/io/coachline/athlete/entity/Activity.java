package io.coachline.athlete.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One recorded activity with its per-km splits and best efforts (JSON text, derived from the record
 * stream at import; the stream itself is not kept).
 */
@Entity
@Table(name = "activities")
@NamedQuery(name = Activity.OF_USER,
        query = "SELECT a FROM Activity a WHERE a.userId = :userId ORDER BY a.startTime")
@NamedQuery(name = Activity.OF_USER_SINCE,
        query = "SELECT a FROM Activity a WHERE a.userId = :userId AND a.startTime >= :since ORDER BY a.startTime DESC")
public class Activity {

    public static final String OF_USER = "Activity.ofUser";
    public static final String OF_USER_SINCE = "Activity.ofUserSince";

    @Id
    private String id;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "start_time")
    private Instant startTime;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "local_date")
    private String localDate;
    private String sport;
    private String name;
    @Column(name = "distance_m")
    private double distanceMeters;
    @Column(name = "moving_s")
    private double movingSeconds;
    @Column(name = "elapsed_s")
    private double elapsedSeconds;
    @Column(name = "elevation_gain_m")
    private double elevationGainMeters;
    @Column(name = "avg_hr")
    private Double avgHr;
    @Column(name = "max_hr")
    private Double maxHr;
    @Column(name = "avg_speed_mps")
    private double avgSpeed;
    @Column(name = "workout_type")
    private String workoutType;
    @Column(name = "is_race")
    private boolean race;
    private String splits;
    @Column(name = "best_efforts")
    private String bestEfforts;
    @Column(name = "source_format")
    private String sourceFormat;
    @Column(name = "source_hash")
    private String sourceHash;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Activity() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Activity(String id, String userId, Instant startTime, String timeZone, String localDate, String sport,
                    String name, double distanceMeters, double movingSeconds, double elapsedSeconds,
                    double elevationGainMeters, Double avgHr, Double maxHr, String workoutType, boolean race,
                    String splits, String bestEfforts, String sourceFormat, String sourceHash) {
        this.id = id;
        this.userId = userId;
        this.startTime = startTime;
        this.timeZone = timeZone;
        this.localDate = localDate;
        this.sport = sport;
        this.name = name;
        this.distanceMeters = distanceMeters;
        this.movingSeconds = movingSeconds;
        this.elapsedSeconds = elapsedSeconds;
        this.elevationGainMeters = elevationGainMeters;
        this.avgHr = avgHr;
        this.maxHr = maxHr;
        this.avgSpeed = movingSeconds > 0 ? distanceMeters / movingSeconds : 0;
        this.workoutType = workoutType;
        this.race = race;
        this.splits = splits;
        this.bestEfforts = bestEfforts;
        this.sourceFormat = sourceFormat;
        this.sourceHash = sourceHash;
        this.createdAt = Instant.now();
    }

    public String id() { return id; }
    public String userId() { return userId; }
    public Instant startTime() { return startTime; }
    public String timeZone() { return timeZone; }
    public String localDate() { return localDate; }
    public String sport() { return sport; }
    public String name() { return name; }
    public double distanceMeters() { return distanceMeters; }
    public double movingSeconds() { return movingSeconds; }
    public double elapsedSeconds() { return elapsedSeconds; }
    public double elevationGainMeters() { return elevationGainMeters; }
    public Double avgHr() { return avgHr; }
    public Double maxHr() { return maxHr; }
    public double avgSpeed() { return avgSpeed; }
    public String workoutType() { return workoutType; }
    public boolean race() { return race; }
    public String splits() { return splits; }
    public String bestEfforts() { return bestEfforts; }
    public String sourceFormat() { return sourceFormat; }
    public String sourceHash() { return sourceHash; }
    public Instant createdAt() { return createdAt; }
}
