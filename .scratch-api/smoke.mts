import { readFileSync, readdirSync } from 'node:fs';
import { extractReport } from '/work/main/src/extract/index.ts';
import { MemoryStore } from '/work/main/test/api/support/memory-store.ts';
import { createApiServer } from '/work/main/src/api/server.ts';
import { loadExamples } from '/work/main/src/api/examples.ts';

const store = new MemoryStore();
for (const f of readdirSync('/work/main/seeds')) {
  const r = extractReport({ name: f, bytes: readFileSync(`/work/main/seeds/${f}`) });
  console.log(f, r.entities.length, r.relations.length, await store.upsertReport(r));
}
const server = await createApiServer({ store, apiKey: 'k' });
const url = await server.listen(0);
for (const ex of loadExamples()) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ex.query }) });
  console.log(ex.file, res.status, (await res.text()).slice(0, 600));
}
await server.stop();
