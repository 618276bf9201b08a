package io.coachline.coach.entity;

/** admin_assign_coach / admin_unassign_coach: the state after the call and whether the call changed it. */
public record AssignResult(String coachId, String userId, boolean assigned, boolean changed, String message) {
}
