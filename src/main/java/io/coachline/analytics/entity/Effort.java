package io.coachline.analytics.entity;

/** The fastest continuous segment of an activity's record stream over a distance, found at import. */
public record Effort(double distanceMeters, double seconds) {
}
