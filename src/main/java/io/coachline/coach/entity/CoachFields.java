package io.coachline.coach.entity;

import java.util.List;

/** A coach's content as the inputs give it; on an update a null field means "keep". */
public record CoachFields(String title, String systemPrompt, String description, String category,
                          List<String> tags, List<String> samplePrompts) {

    public boolean isEmpty() {
        return title == null && systemPrompt == null && description == null && category == null
                && tags == null && samplePrompts == null;
    }
}
