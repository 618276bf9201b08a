package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * Predicted race times from recent races by Daniels &amp; Gilbert VDOT, with Riegel alongside.
 *
 * @param vdot            recency-weighted VDOT
 * @param formAdjustmentPercent VDOT change applied for the goal race; null without a goal date
 * @param formAdjustmentReason  why the adjustment has that size; null without a goal date
 */
public record RacePredictions(boolean insufficientData, List<String> missing, Double vdot,
                              List<RaceUsed> races, List<Prediction> predictions,
                              Double formAdjustmentPercent, String formAdjustmentReason,
                              List<Evidence> evidence) {

    public record RaceUsed(String activityId, LocalDate date, double distanceMeters, double seconds,
                           double vdot, double weight) {
    }

    /**
     * @param adjustedSeconds VDOT time after the form adjustment; null without a goal race date
     * @param confidence      high, medium or low
     */
    public record Prediction(String distance, double distanceMeters, double vdotSeconds,
                             double riegelSeconds, Double adjustedSeconds, boolean goalDistance,
                             String confidence, String confidenceReason) {
    }

    public static RacePredictions insufficient(List<String> missing) {
        return new RacePredictions(true, missing, null, List.of(), List.of(), null, null, List.of());
    }
}
