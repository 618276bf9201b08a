/**
 * The coach entity, the input records whose constraints are the single statement of the limits, and the views
 * returned to callers.
 */
package io.coachline.coach.entity;
