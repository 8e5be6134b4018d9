// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints one JSON array: every audit with its id, name, status (ok | warn | error) and reason.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
const rows = await Promise.all(results.map(async (result) => ({
  id: result.id,
  name: result.name,
  status: result.status,
  reason: result.status === 'ok' ? null : result.reason,
  response: result.status === 'ok' ? null : await describe(result.response),
})));
process.stdout.write(JSON.stringify(rows));

async function describe(response) {
  try {
    return `${response.status} ${response.headers.get('content-type')} ${(await response.text()).slice(0, 300)}`;
  } catch {
    return null;
  }
}
