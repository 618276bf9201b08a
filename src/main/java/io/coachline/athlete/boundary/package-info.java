/**
 * REST resources (profile, imports, analytics) and the analytics MCP tools.
 */
package io.coachline.athlete.boundary;
