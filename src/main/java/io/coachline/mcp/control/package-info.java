/**
 * JSON-RPC envelope, protocol methods, sessions, the tool registry and schema generation.
 */
package io.coachline.mcp.control;
