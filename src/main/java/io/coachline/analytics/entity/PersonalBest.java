package io.coachline.analytics.entity;

import java.time.LocalDate;

/** Best time over a standard distance, possibly a segment of a longer run. */
public record PersonalBest(String distanceName, double distanceMeters, double seconds,
                           String activityId, LocalDate date) {
}
