/**
 * The MCP server, a pure protocol adapter: Streamable HTTP transport (boundary), JSON-RPC envelope and the
 * MCP methods (control) over the catalogue of io.coachline.tools. No feature imports this package.
 */
package io.coachline.mcp;
