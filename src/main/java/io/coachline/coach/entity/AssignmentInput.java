package io.coachline.coach.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** admin_assign_coach / admin_unassign_coach: a system coach and a user of the caller's tenant. */
public record AssignmentInput(
        @Schema(description = CoachLimits.COACH_ID_DOC, required = true)
        @NotBlank(message = CoachLimits.UUID_MESSAGE)
        @Pattern(regexp = CoachLimits.UUID_PATTERN, message = CoachLimits.UUID_MESSAGE)
        String coachId,

        @Schema(description = "The user's id as the identity provider gives it (the token's sub); the user must "
                + "have signed in to the tenant at least once.", required = true)
        @NotBlank(message = "must be a user id (1-200 characters)")
        @Size(max = 200, message = "must be a user id (1-200 characters)")
        String userId) {

    // Explicit canonical constructor: see CoachIdInput.
    public AssignmentInput(String coachId, String userId) {
        this.coachId = CoachIdInput.lowerCase(coachId);
        this.userId = userId;
    }

    /** The same user for the coach a REST path names. */
    public AssignmentInput withCoachId(String id) {
        return new AssignmentInput(id, userId);
    }
}
