package io.coachline.coach.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** list_coaches: the coaches the caller sees, favorites first, then by the caller's usage, then title. */
public record ListCoachesInput(
        @Schema(description = "Only coaches of this category. " + CoachLimits.CATEGORY_DOC)
        @Pattern(regexp = CoachCategory.PATTERN, message = CoachCategory.MESSAGE)
        String category,

        @Schema(description = "Only the caller's favorites.", defaultValue = "false")
        Boolean favoritesOnly,

        @Schema(description = "Also coaches the caller has hidden.", defaultValue = "false")
        Boolean includeHidden,

        @Schema(description = CoachLimits.LIMIT_DOC, defaultValue = "50")
        @Min(value = 1, message = "must be 1-100") @Max(value = 100, message = "must be 1-100")
        Integer limit,

        @Schema(description = CoachLimits.OFFSET_DOC, defaultValue = "0")
        @Min(value = 0, message = "must be 0 or more")
        Integer offset) {

    /** The input with every default, for a call without arguments. */
    public static ListCoachesInput orDefaults(ListCoachesInput input) {
        return input != null ? input : new ListCoachesInput(null, null, null, null, null);
    }

    // Explicit canonical constructor: see CoachIdInput.
    public ListCoachesInput(String category, Boolean favoritesOnly, Boolean includeHidden, Integer limit,
                            Integer offset) {
        this.category = category;
        this.favoritesOnly = favoritesOnly != null && favoritesOnly;
        this.includeHidden = includeHidden != null && includeHidden;
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
