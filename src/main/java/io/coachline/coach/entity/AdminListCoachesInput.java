package io.coachline.coach.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** admin_list_system_coaches: the system coaches the caller manages, by title. */
public record AdminListCoachesInput(
        @Schema(description = "Page size, 1-200.", defaultValue = "50")
        @Min(value = 1, message = "must be 1-200") @Max(value = 200, message = "must be 1-200")
        Integer limit,

        @Schema(description = CoachLimits.OFFSET_DOC, defaultValue = "0")
        @Min(value = 0, message = "must be 0 or more")
        Integer offset) {

    // Explicit canonical constructor: see CoachIdInput.
    public AdminListCoachesInput(Integer limit, Integer offset) {
        this.limit = limit == null ? 50 : limit;
        this.offset = offset == null ? 0 : offset;
    }

    // Declared, so @Schema is not copied onto it: Payara's OpenAPI scan takes any annotated method whose name
    // contains "set" for a setter and fails on this accessor.
    @Override
    public Integer offset() {
        return offset;
    }
}
