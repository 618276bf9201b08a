package io.coachline.coach.entity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** create_coach: a new private coach owned by the caller. */
public record CreateCoachInput(
        @Schema(description = CoachLimits.TITLE_DOC, required = true)
        @NotBlank(message = CoachLimits.TITLE_MESSAGE)
        @Size(max = CoachLimits.TITLE_MAX, message = CoachLimits.TITLE_MESSAGE)
        String title,

        @Schema(description = CoachLimits.PROMPT_DOC, required = true)
        @NotBlank(message = CoachLimits.PROMPT_MESSAGE)
        @Size(max = CoachLimits.PROMPT_CHARS_MAX, message = CoachLimits.PROMPT_CHARS_MESSAGE)
        String systemPrompt,

        @Schema(description = CoachLimits.DESCRIPTION_DOC, defaultValue = "")
        @Size(max = CoachLimits.DESCRIPTION_MAX, message = CoachLimits.DESCRIPTION_MESSAGE)
        String description,

        @Schema(description = CoachLimits.CATEGORY_DOC, defaultValue = "custom")
        @Pattern(regexp = CoachCategory.PATTERN, message = CoachCategory.MESSAGE)
        String category,

        @Schema(description = CoachLimits.TAGS_DOC)
        @Size(max = CoachLimits.TAGS_MAX, message = CoachLimits.TAGS_MESSAGE)
        List<@NotBlank(message = CoachLimits.TAG_MESSAGE)
             @Size(max = CoachLimits.TAG_MAX, message = CoachLimits.TAG_MESSAGE) String> tags,

        @Schema(description = CoachLimits.SAMPLE_PROMPTS_DOC)
        @Size(max = CoachLimits.SAMPLE_PROMPTS_MAX, message = CoachLimits.SAMPLE_PROMPTS_MESSAGE)
        List<@NotBlank(message = CoachLimits.SAMPLE_PROMPT_MESSAGE)
             @Size(max = CoachLimits.SAMPLE_PROMPT_MAX, message = CoachLimits.SAMPLE_PROMPT_MESSAGE) String> samplePrompts) {

    // Explicit canonical constructor: see CoachIdInput.
    public CreateCoachInput(String title, String systemPrompt, String description, String category, List<String> tags,
                            List<String> samplePrompts) {
        this.title = title;
        this.systemPrompt = systemPrompt;
        this.description = description == null ? "" : description;
        this.category = category == null ? CoachCategory.CUSTOM.text() : category;
        this.tags = tags == null ? List.of() : tags;
        this.samplePrompts = samplePrompts == null ? List.of() : samplePrompts;
    }

    public CoachFields fields() {
        return new CoachFields(title, systemPrompt, description, category, tags, samplePrompts);
    }
}
