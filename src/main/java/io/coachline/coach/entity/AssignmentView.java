package io.coachline.coach.entity;

import java.time.Instant;

/** A user a system coach is assigned to: ids are the identity provider's (sub), name and email from their token. */
public record AssignmentView(String userId, String name, String email, String assignedBy, Instant assignedAt) {
}
