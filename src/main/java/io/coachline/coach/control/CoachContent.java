package io.coachline.coach.control;

import java.time.Instant;

import io.coachline.coach.entity.Coach;
import io.coachline.coach.entity.CoachCategory;
import io.coachline.coach.entity.CoachFields;
import io.coachline.platform.control.ApiException;

/** Writes validated content into a coach, counting the prompt's tokens against the limit of its kind. */
final class CoachContent {

    private CoachContent() {
    }

    static void apply(Coach coach, CoachFields fields, Instant now) {
        int tokens = fields.systemPrompt() == null ? coach.tokenCount()
                : PromptTokens.checked(fields.systemPrompt(), coach.isSystem());
        coach.change(fields.title(), fields.systemPrompt(), tokens, fields.description(),
                CoachCategory.normalize(fields.category()), fields.tags(), fields.samplePrompts(), now);
    }

    static final String FIELDS = "title, system_prompt, description, category, tags, sample_prompts";

    /** An update must change something: an empty body is almost certainly a client mistake. */
    static void requireChange(boolean nothingGiven, String fieldNames) {
        if (nothingGiven) {
            throw ApiException.badRequest("body", "body: give at least one field to change: " + fieldNames);
        }
    }
}
