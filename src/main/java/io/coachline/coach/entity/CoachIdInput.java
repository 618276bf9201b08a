package io.coachline.coach.entity;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The input of every operation that names just a coach (get, delete, favorite, activate, hide, show, usage). */
public record CoachIdInput(
        @Schema(description = CoachLimits.COACH_ID_DOC, required = true)
        @NotBlank(message = CoachLimits.UUID_MESSAGE)
        @Pattern(regexp = CoachLimits.UUID_PATTERN, message = CoachLimits.UUID_MESSAGE)
        String coachId) {

    // An explicit canonical constructor, not a compact one: a compact constructor's parameters inherit the
    // components' constraint annotations, and Payara's OpenAPI scan fails on constrained non-JAX-RS parameters.
    public CoachIdInput(String coachId) {
        this.coachId = lowerCase(coachId);
    }

    /** UUIDs are case-insensitive; the stored ids are lower case. */
    static String lowerCase(String coachId) {
        return coachId == null ? null : coachId.toLowerCase(Locale.ROOT);
    }
}
