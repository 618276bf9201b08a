package io.coachline.athlete.control.imports;

/**
 * One kilometre of an activity (the last one may be partial).
 *
 * @param index               1-based kilometre number
 * @param seconds             elapsed seconds spent on it, pauses included
 * @param avgHr               time-weighted bpm, or null without heart-rate data
 */
public record Split(int index, double distanceMeters, double seconds, Double avgHr, double elevationGainMeters) {
}
