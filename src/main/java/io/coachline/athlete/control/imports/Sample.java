package io.coachline.athlete.control.imports;

/**
 * One timed point of an activity stream, relative to the activity start.
 *
 * @param elapsedSeconds seconds since the first sample (pauses included)
 * @param distanceMeters cumulative distance, never decreasing
 * @param heartRate      bpm, or null when not recorded (or implausible and dropped)
 * @param altitudeMeters metres above sea level as recorded, or null
 */
public record Sample(double elapsedSeconds, double distanceMeters, Double heartRate, Double altitudeMeters) {
}
