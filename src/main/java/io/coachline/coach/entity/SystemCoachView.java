package io.coachline.coach.entity;

import java.time.Instant;
import java.util.List;

/**
 * A system coach as its admins see it: the whole coach with usage totals. {@code tenantId} is the tenant
 * as tokens name it (it matters for global coaches, which a super-admin of any tenant manages).
 */
public record SystemCoachView(String id, String tenantId, String title, String description, String systemPrompt,
                              String category, List<String> tags, List<String> samplePrompts, int tokenCount,
                              String visibility, long usageCount, long userCount, long assignmentCount,
                              String createdBy, Instant createdAt, Instant updatedAt) {
}
