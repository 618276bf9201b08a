package io.coachline.coach.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft system prompt whose tokens the coach editor shows as the user types. */
public record PromptTokensInput(
        @Schema(description = "The draft prompt, at most 100,000 characters.", required = true)
        @NotNull(message = CoachLimits.PROMPT_MESSAGE)
        @Size(max = CoachLimits.PROMPT_CHARS_MAX, message = CoachLimits.PROMPT_CHARS_MESSAGE)
        String systemPrompt) {

    // Explicit canonical constructor: Payara's OpenAPI scan fails on constrained non-JAX-RS parameters.
    public PromptTokensInput(String systemPrompt) {
        this.systemPrompt = systemPrompt;
    }

    /** The count with both limits, so one call serves the user's and the admin's editor. */
    public record Count(int tokenCount, int limit, int systemLimit) {
    }
}
