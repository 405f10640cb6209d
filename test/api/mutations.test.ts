// ingestReport and deleteReport: only with the server's KG_API_KEY, sent as x-api-key or Authorization: Bearer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { extractReport } from '../../src/extract/index.ts';
import { emptyEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

const KEY = 'test-key-0123456789';
const REPORT = `宿迁市新设产业园区
2024-05-06 来源:宿迁日报
测试产业园位于宿城区。测试产业园党工委书记王测试表示,园区聚焦新能源产业。某某科技有限公司投资10亿元在测试产业园建设新项目。`;

const INGEST = `mutation($text: String!, $title: String, $publishedAt: String) {
  ingestReport(text: $text, title: $title, source: "test", publishedAt: $publishedAt) {
    status entitiesAdded relationsAdded report { id title publishedAt source entityCount } } }`;
const DELETE = 'mutation($id: ID!) { deleteReport(id: $id) }';

describe('with KG_API_KEY set', () => {
  let temp: TempStore;
  let api: RunningApi;
  beforeAll(async () => {
    temp = await emptyEmbeddedStore();
    api = await startApi({ store: temp.store, apiKey: KEY });
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    await temp?.close();
  });

  it('ingests a report with the key, idempotently, and deletes it', async () => {
    const added = await api.gql(
      INGEST,
      { text: REPORT, title: '测试报道', publishedAt: '2024-05-06' },
      { 'x-api-key': KEY },
    );
    expect(added.errors).toBeUndefined();
    const result = added.data.ingestReport;
    expect(result).toMatchObject({
      status: 'ADDED',
      report: { title: '测试报道', publishedAt: '2024-05-06', source: 'test' },
    });
    // Into an empty store, every entity the extractor finds in the report is new.
    const extracted = extractReport({ name: '测试报道', text: REPORT, title: '测试报道', publishedAt: '2024-05-06' });
    expect(result.entitiesAdded).toBe(extracted.entities.length);
    expect(result.report.entityCount).toBe(extracted.entities.length);
    expect(result.relationsAdded).toBe(extracted.relations.length);

    const { data: stats } = await api.gql('{ stats { reports entities } }');
    expect(stats.stats).toMatchObject({ reports: 1, entities: result.entitiesAdded });

    const again = await api.gql(INGEST, { text: REPORT, title: '测试报道' }, { authorization: `Bearer ${KEY}` });
    expect(again.data.ingestReport).toMatchObject({ status: 'UNCHANGED', entitiesAdded: 0, relationsAdded: 0 });

    const deleted = await api.gql(DELETE, { id: result.report.id }, { 'x-api-key': KEY });
    expect(deleted.data).toEqual({ deleteReport: true });
    const { data: after } = await api.gql('{ stats { reports entities } }');
    expect(after.stats).toEqual({ reports: 0, entities: 0 });
  });

  it('refuses without a key, and with a wrong key', async () => {
    const missing = await api.gql(INGEST, { text: REPORT });
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(missing.errors?.[0]?.message).toMatch(/x-api-key/);
    const wrong = await api.gql(DELETE, { id: 'x' }, { authorization: 'Bearer nope' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await api.gql('{ stats { reports } }');
    expect(data.stats.reports).toBe(0);
  });

  it('names the problem with bad input: empty text, a bad date, an unknown report', async () => {
    const empty = await api.gql(INGEST, { text: ' ' }, { 'x-api-key': KEY });
    expect(empty.errors?.[0]).toMatchObject({
      message: 'text must not be empty',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const date = await api.gql(INGEST, { text: REPORT, publishedAt: '2024-13-01' }, { 'x-api-key': KEY });
    expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.errors?.[0]?.message).toContain('publishedAt');
    const unknown = await api.gql(DELETE, { id: '0000000000000000' }, { 'x-api-key': KEY });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('ingestReport takes the road of `kg ingest`', () => {
  let temp: TempStore;
  let api: RunningApi;
  beforeAll(async () => {
    temp = await emptyEmbeddedStore();
    api = await startApi({ store: temp.store, apiKey: KEY, maxReportBytes: 4096 });
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    await temp?.close();
  });
  const ingest = (variables: Record<string, unknown>) =>
    api.gql(
      'mutation($text: String, $base64: String) { ingestReport(text: $text, base64: $base64) { status report { id name } } }',
      variables,
      { 'x-api-key': KEY },
    );

  it('refuses what `kg ingest` refuses, naming the argument, and stores nothing', async () => {
    for (const [text, reason] of [
      ['<html><body><script>track()</script></body></html>', /^text: the page has no text$/],
      [`${REPORT}\u0000${REPORT}`, /^text: binary data \(contains NUL bytes\)/],
      ['\u200b\u200b', /^text: no text is left/],
      ['<p>\u00ad</p>', /^text: no text is left/],
      [REPORT.repeat(20), /^text: \d+ bytes is over the size limit of 4096 bytes/],
    ] as const) {
      const { errors } = await ingest({ text });
      expect(errors?.[0]?.extensions?.code, text).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message, text).toMatch(reason);
    }
    const { data } = await api.gql('{ stats { reports } }');
    expect(data.stats.reports).toBe(0);
  });

  it('takes a file as base64 in any encoding kg ingest reads, with the id kg ingest gives it', async () => {
    const gbk = iconv.encode(REPORT, 'gbk');
    const { data, errors } = await ingest({ base64: gbk.toString('base64') });
    expect(errors).toBeUndefined();
    expect(data.ingestReport.status).toBe('ADDED');
    expect(data.ingestReport.report.id).toBe(extractReport({ name: 'x.txt', bytes: gbk }).doc.id);
    const both = await ingest({ text: REPORT, base64: gbk.toString('base64') });
    expect(both.errors?.[0]?.message).toBe('send the report as either text or base64');
    const neither = await ingest({});
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notBase64 = await ingest({ base64: '不是' });
    expect(notBase64.errors?.[0]?.message).toBe('base64 is not base64 data');
  });
});

describe('without KG_API_KEY', () => {
  it('refuses every mutation, whatever key the request carries', async () => {
    const temp = await emptyEmbeddedStore();
    const api = await startApi({ store: temp.store });
    try {
      const response = await api.gql(INGEST, { text: REPORT }, { 'x-api-key': 'anything' });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0]?.message).toMatch(/disabled.*KG_API_KEY/);
      expect((await api.gql('{ stats { reports } }')).data.stats.reports).toBe(0);
    } finally {
      await api.stop();
      await temp.close();
    }
  });
});
