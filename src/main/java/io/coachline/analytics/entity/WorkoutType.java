package io.coachline.analytics.entity;

/** Intent of a session as the athlete or the plan labelled it. */
public enum WorkoutType {
    EASY, LONG, TEMPO, INTERVAL, RACE, RECOVERY, OTHER
}
