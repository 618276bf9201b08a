package io.coachline.coach.entity;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** update_coach: changes the fields given (at least one) of a coach the caller owns. */
public record UpdateCoachInput(
        @Schema(description = CoachLimits.COACH_ID_DOC, required = true)
        @NotBlank(message = CoachLimits.UUID_MESSAGE)
        @Pattern(regexp = CoachLimits.UUID_PATTERN, message = CoachLimits.UUID_MESSAGE)
        String coachId,

        @Schema(description = CoachLimits.TITLE_DOC)
        @Size(min = 1, max = CoachLimits.TITLE_MAX, message = CoachLimits.TITLE_MESSAGE)
        @Pattern(regexp = CoachLimits.NOT_BLANK_PATTERN, message = CoachLimits.TITLE_MESSAGE)
        String title,

        @Schema(description = CoachLimits.PROMPT_DOC)
        @Size(max = CoachLimits.PROMPT_CHARS_MAX, message = CoachLimits.PROMPT_CHARS_MESSAGE)
        @Pattern(regexp = CoachLimits.NOT_BLANK_PATTERN, message = CoachLimits.PROMPT_MESSAGE)
        String systemPrompt,

        @Schema(description = CoachLimits.DESCRIPTION_DOC)
        @Size(max = CoachLimits.DESCRIPTION_MAX, message = CoachLimits.DESCRIPTION_MESSAGE)
        String description,

        @Schema(description = CoachLimits.CATEGORY_DOC)
        @Pattern(regexp = CoachCategory.PATTERN, message = CoachCategory.MESSAGE)
        String category,

        @Schema(description = CoachLimits.TAGS_DOC + " Replaces the current tags.")
        @Size(max = CoachLimits.TAGS_MAX, message = CoachLimits.TAGS_MESSAGE)
        List<@NotBlank(message = CoachLimits.TAG_MESSAGE)
             @Size(max = CoachLimits.TAG_MAX, message = CoachLimits.TAG_MESSAGE) String> tags,

        @Schema(description = CoachLimits.SAMPLE_PROMPTS_DOC + " Replaces the current ones.")
        @Size(max = CoachLimits.SAMPLE_PROMPTS_MAX, message = CoachLimits.SAMPLE_PROMPTS_MESSAGE)
        List<@NotBlank(message = CoachLimits.SAMPLE_PROMPT_MESSAGE)
             @Size(max = CoachLimits.SAMPLE_PROMPT_MAX, message = CoachLimits.SAMPLE_PROMPT_MESSAGE) String> samplePrompts) {

    // Explicit canonical constructor: see CoachIdInput.
    public UpdateCoachInput(String coachId, String title, String systemPrompt, String description, String category,
                            List<String> tags, List<String> samplePrompts) {
        this.coachId = CoachIdInput.lowerCase(coachId);
        this.title = title;
        this.systemPrompt = systemPrompt;
        this.description = description;
        this.category = category;
        this.tags = tags;
        this.samplePrompts = samplePrompts;
    }

    /** The same changes for the coach a REST path names. */
    public UpdateCoachInput withCoachId(String id) {
        return new UpdateCoachInput(id, title, systemPrompt, description, category, tags, samplePrompts);
    }

    public CoachFields fields() {
        return new CoachFields(title, systemPrompt, description, category, tags, samplePrompts);
    }
}
