/**
 * The /mcp endpoint and the OAuth protected-resource metadata.
 */
package io.coachline.mcp.boundary;
