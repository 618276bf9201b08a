/**
 * The athlete's own data: profile, activities and their imports, plans, check-ins, and the analytics tools over
 * REST and MCP, always on the caller's data.
 */
package io.coachline.athlete;
