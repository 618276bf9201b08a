package io.coachline.athlete.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The analytics tools' inputs, with their bounds as Bean Validation constraints: REST validates them
 * here and the MCP registry generates the tools' JSON schemas from the same records. Null = default.
 * Each record declares its canonical constructor so the constraints stay off constructor parameters:
 * Payara's OpenAPI scanner fails on a constrained parameter that is not a {@code @PathParam}.
 */
public final class AnalyticsInputs {

    private AnalyticsInputs() {
    }

    /** Runs of the last {@code days} days (default 7). */
    public record RecentRuns(
            @Schema(description = "How many days back to look, counting today", defaultValue = "7") @Min(1) @Max(365) Integer days) {
        public RecentRuns(Integer days) {
            this.days = days;
        }
    }

    /** CTL/ATL/TSB with the daily series of the last {@code days} days (default 42). */
    public record TrainingLoad(
            @Schema(description = "Days of the daily series (load, CTL, ATL, TSB) to return, ending today", defaultValue = "42")
            @Min(7) @Max(365) Integer days) {
        public TrainingLoad(Integer days) {
            this.days = days;
        }
    }

    /** Efficiency factor trend over the last {@code days} days (default 30). */
    public record EfficiencyTrend(
            @Schema(description = "Window in days", defaultValue = "30") @Min(7) @Max(365) Integer days) {
        public EfficiencyTrend(Integer days) {
            this.days = days;
        }
    }

    /** Efficiency within one effort zone (default threshold) over {@code days} days (default 90). */
    public record EfficiencyByZone(
            @Schema(description = "Effort zone by average HR as % of max HR: easy < 80, threshold 80-90, race >= 90",
                    defaultValue = "threshold", enumeration = {"easy", "threshold", "race"})
            @Pattern(regexp = "easy|threshold|race", message = "must be one of easy, threshold, race") String effortZone,
            @Schema(description = "Window in days", defaultValue = "90") @Min(30) @Max(365) Integer days) {
        public EfficiencyByZone(String effortZone, Integer days) {
            this.effortZone = effortZone;
            this.days = days;
        }
    }

    /** Correlations over the last {@code days} days (default 90). */
    public record Correlations(
            @Schema(description = "Window in days", defaultValue = "90") @Min(14) @Max(365) Integer days) {
        public Correlations(Integer days) {
            this.days = days;
        }
    }

    /** At most {@code limit} insights (default 5). */
    public record ActiveInsights(
            @Schema(description = "Most insights to return, most urgent first", defaultValue = "5") @Min(1) @Max(10) Integer limit) {
        public ActiveInsights(Integer limit) {
            this.limit = limit;
        }
    }
}
