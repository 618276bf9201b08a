// Usage: node catalog.mjs <mcp-url> <bearer-token>
// The official SDK client over the server's prompts, resources and completion: lists every prompt and
// resource across pages, gets the first prompt with a question, reads the load resource and a template,
// completes a prompt argument and a template variable, and prints one JSON summary line.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [url, token] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: 'coachline-sdk-catalog', version: '1.0.0' });
await client.connect(transport);

async function all(list, key) {
  const items = [];
  let cursor;
  do {
    const page = await list(cursor ? { cursor } : {});
    items.push(...page[key]);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const prompts = await all((p) => client.listPrompts(p), 'prompts');
const resources = await all((p) => client.listResources(p), 'resources');
const templates = await all((p) => client.listResourceTemplates(p), 'resourceTemplates');
const first = prompts[0];
const got = await client.getPrompt({ name: first.name, arguments: { question: 'How is my form?' } });
const load = await client.readResource({ uri: 'coachline://athlete/training-load' });
const series = await client.readResource({ uri: 'coachline://training-load/28' });
const question = await client.complete({ ref: { type: 'ref/prompt', name: first.name },
  argument: { name: 'question', value: '' } });
const days = await client.complete({ ref: { type: 'ref/resource', uri: 'coachline://training-load/{days}' },
  argument: { name: 'days', value: '9' } });
await transport.terminateSession();
await client.close();
console.log(JSON.stringify({
  protocolVersion: transport.protocolVersion,
  capabilities: client.getServerCapabilities(),
  prompts: prompts.map((p) => ({ name: p.name, title: p.title })),
  resources: resources.map((r) => r.uri),
  templates: templates.map((t) => t.uriTemplate),
  got: got.messages.map((m) => m.content.type),
  load: JSON.parse(load.contents[0].text),
  seriesDays: JSON.parse(series.contents[0].text).recent_days.length,
  questionValues: question.completion.values,
  dayValues: days.completion.values,
}));
