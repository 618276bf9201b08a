/**
 * Coaches: personas with a system prompt, their per-user state (favorite, hidden, usage, the one active coach),
 * system coaches and their assignments.
 */
package io.coachline.coach;
