/**
 * The coach operations (catalogue, preferences, system coaches, assignments), the visibility rule as one SQL
 * predicate, prompt token counting, the MCP listing cache.
 */
package io.coachline.coach.control;
