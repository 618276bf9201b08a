package io.coachline.analytics.entity;

import java.time.LocalDate;

/**
 * What a number rests on: an activity (id and its local day) or a day of check-ins (id null).
 */
public record Evidence(LocalDate date, String activityId) {
}
