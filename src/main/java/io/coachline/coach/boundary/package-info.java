/**
 * REST resources and MCP tools of the coach operations: they map requests onto the control operations and
 * nothing more.
 */
package io.coachline.coach.boundary;
