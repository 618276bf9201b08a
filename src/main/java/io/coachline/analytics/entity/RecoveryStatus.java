package io.coachline.analytics.entity;

import java.util.List;

/**
 * Recovery half-life, durability and two warning signals; {@code definitions} states each one.
 *
 * @param halfLifeDays         null when no decay could be fitted
 * @param day1ExcessHr         bpm above the speed-matched baseline one day after a hard session
 * @param durabilityIndex      0..100; null with fewer than four weeks of history
 * @param falseFitnessReason   the numbers behind the signal; null when it did not fire
 * @param maskedFatigueReason  the markers behind the signal; null when it did not fire
 */
public record RecoveryStatus(boolean insufficientData, List<String> missing, Double halfLifeDays,
                             Double day1ExcessHr, int hardSessions, Double durabilityIndex,
                             Double weeklyVolumeCv, boolean falseFitness, String falseFitnessReason,
                             boolean maskedFatigue, String maskedFatigueReason, List<String> definitions,
                             List<Evidence> evidence) {

    public static RecoveryStatus insufficient(List<String> missing, List<String> definitions) {
        return new RecoveryStatus(true, missing, null, null, 0, null, null, false, null, false, null,
                definitions, List.of());
    }
}
