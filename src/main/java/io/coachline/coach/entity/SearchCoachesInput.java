package io.coachline.coach.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** search_coaches: visible, non-hidden coaches whose title, tags or description contain the query. */
public record SearchCoachesInput(
        @Schema(description = "Text to find, 1-100 characters; matched case-insensitively (ASCII letters) "
                + "anywhere in title, tags and description; % and _ are literal.", required = true)
        @NotBlank(message = "must be 1-100 characters and not blank")
        @Size(max = CoachLimits.QUERY_MAX, message = "must be 1-100 characters and not blank")
        String query,

        @Schema(description = "Only coaches of this category. " + CoachLimits.CATEGORY_DOC)
        @Pattern(regexp = CoachCategory.PATTERN, message = CoachCategory.MESSAGE)
        String category,

        @Schema(description = CoachLimits.LIMIT_DOC, defaultValue = "20")
        @Min(value = 1, message = "must be 1-100") @Max(value = 100, message = "must be 1-100")
        Integer limit,

        @Schema(description = CoachLimits.OFFSET_DOC, defaultValue = "0")
        @Min(value = 0, message = "must be 0 or more")
        Integer offset) {

    // Explicit canonical constructor: see CoachIdInput.
    public SearchCoachesInput(String query, String category, Integer limit, Integer offset) {
        this.query = query;
        this.category = category;
        this.limit = limit == null ? 20 : limit;
        this.offset = offset == null ? 0 : offset;
    }

    // Declared, so @Schema is not copied onto it: Payara's OpenAPI scan takes any annotated method whose name
    // contains "set" for a setter and fails on this accessor.
    @Override
    public Integer offset() {
        return offset;
    }
}
