/**
 * The protocol without the transport: the JSON-RPC envelope, sessions, and the MCP methods, which reach
 * tools, prompts and resources only through the catalogue of io.coachline.tools.
 */
package io.coachline.mcp.control;
