// The ingest use case, the one road into the store for `kg ingest` and the ingestReport mutation: what it refuses it
// refuses before anything is stored, naming the input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadError } from '../src/errors.ts';
import { ingestReport } from '../src/ingest.ts';
import { emptyEmbeddedStore, type TempStore } from './api/support/seeded.ts';

let temp: TempStore;
beforeAll(async () => (temp = await emptyEmbeddedStore()), 60_000);
afterAll(async () => temp?.close());

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const REPORT = '滨江睢宁工业园位于睢宁县。华辰科技有限公司投资5亿元在滨江睢宁工业园建设新项目。';

async function refused(bytes: Uint8Array, reason: RegExp, limits = {}) {
  const error = await ingestReport(temp.store, { name: 'probe.html', bytes }, limits).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReadError);
  expect((error as ReadError).message).toMatch(reason);
  expect((await temp.store.stats()).reports).toBe(0);
  return error as ReadError;
}

describe('ingestReport refuses, storing nothing', () => {
  it('an HTML page with no text', async () => {
    await refused(utf8('<html><head><title></title></head><body><script>x()</script></body></html>'), /no text/);
  });

  it('text with NUL bytes', async () => {
    await refused(utf8(`${REPORT}\u0000\u0000${REPORT}`), /NUL bytes/);
  });

  it('a text that normalizes to nothing, which would share the empty text id with every other such text', async () => {
    await refused(utf8('\u200b\u200b'), /no text is left/);
    await refused(utf8('<p>\u00ad\u200d</p>'), /no text is left/);
  });

  it('a report over the size limit, naming the limit and the label the caller gave', async () => {
    const error = await refused(utf8(REPORT), /over the size limit of 10 bytes \(--max-bytes\)$/, {
      maxBytes: 10,
      label: 'text',
    });
    expect(error.input).toBe('text');
  });
});

it('ingests a report within the checks, once', async () => {
  const first = await ingestReport(temp.store, { name: 'ok.txt', bytes: utf8(REPORT) });
  expect(first.status).toBe('added');
  expect((await ingestReport(temp.store, { name: 'again.txt', bytes: utf8(REPORT) })).status).toBe('unchanged');
});
