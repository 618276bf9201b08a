package io.coachline.athlete.control.imports;

/**
 * The fastest continuous stretch of one standard distance within an activity.
 *
 * @param name "1K", "mile", "5K", "10K", "15K", "half", "30K" or "marathon"
 */
public record BestEffort(String name, double distanceMeters, double seconds) {
}
