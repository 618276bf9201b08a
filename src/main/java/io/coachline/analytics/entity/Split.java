package io.coachline.analytics.entity;

/**
 * One lap of an activity, normally one kilometre; the last split may be shorter.
 *
 * @param index           0-based position in the activity
 * @param avgHr           nullable: many watches drop HR for single laps
 * @param elevationMeters net elevation change over the split (positive = uphill)
 */
public record Split(int index, double distanceMeters, double seconds, Double avgHr, double elevationMeters) {
}
