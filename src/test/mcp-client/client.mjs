// Usage: node client.mjs <mcp-url> <bearer-token>
// Connects with the official SDK client (strict: it validates structuredContent against each tool's
// outputSchema), lists every tool across pages, calls tools and prints one JSON summary line.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [url, token] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: 'coachline-sdk-test', version: '1.0.0' });
await client.connect(transport);

const tools = [];
let cursor;
do {
  const page = await client.listTools(cursor ? { cursor } : {});
  tools.push(...page.tools);
  cursor = page.nextCursor;
} while (cursor);

const summary = { protocolVersion: transport.protocolVersion, tools: tools.map((t) => t.name), calls: {} };
const calls = JSON.parse(process.env.MCP_CALLS ?? '[]');
for (const { name, arguments: args } of calls) {
  const result = await client.callTool({ name, arguments: args ?? {} });
  summary.calls[name] = { isError: result.isError ?? false, structuredContent: result.structuredContent,
    text: result.content?.[0]?.text };
}
await transport.terminateSession();
await client.close();
console.log(JSON.stringify(summary));
