/**
 * The MCP server: Streamable HTTP transport, JSON-RPC, sessions and the tool registry with schemas generated
 * from the tools' records.
 */
package io.coachline.mcp;
