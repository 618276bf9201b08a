package io.coachline.coach.entity;

import java.time.Instant;
import java.util.List;

/**
 * A coach as one user sees it, with that user's own state. {@code systemPrompt} is only filled where a
 * single coach is asked for; {@code ownerId} (the owner's sub) only for a user's own coach.
 */
public record CoachView(String id, String title, String description, String systemPrompt, String category,
                        List<String> tags, List<String> samplePrompts, int tokenCount, boolean isSystem,
                        String visibility, String ownerId, boolean isFavorite, boolean isActive, boolean isHidden,
                        long usageCount, Instant lastUsedAt, Instant createdAt, Instant updatedAt) {
}
