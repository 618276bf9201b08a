/**
 * The athlete's JPA entities: profile, activities, import jobs, plans, planned workouts, check-ins.
 */
package io.coachline.athlete.entity;
