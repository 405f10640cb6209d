// `kg ingest`, `kg stats` and `kg export` while `kg serve` holds the embedded store: the same work, sent to the
// server (found by local-server.ts) over its API with its local key: each report file as the ingestReport mutation
// (its bytes as base64, so the server reads them exactly as `kg ingest` would), the counts from /health, the export
// from /export.
import { UserError } from '../errors.ts';
import type { GraphStats, UpsertResult } from '../graph/store.ts';
import type { LocalServer } from './local-server.ts';

const INGEST = `mutation Ingest($base64: String!, $name: String!) {
  ingestReport(base64: $base64, name: $name) { status entitiesAdded relationsAdded report { id } } }`;

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function call(server: LocalServer, path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(`${server.url}${path}`, {
      ...init,
      headers: { 'x-api-key': server.key, ...(init.headers as Record<string, string>) },
    });
  } catch (error) {
    throw new UserError(
      `the server at ${server.url} holds the store but cannot be reached: ${(error as Error).message}`,
    );
  }
}

/** Ingests one report's bytes through the server; a refused report throws a UserError with the server's reason. */
export async function ingestThroughServer(server: LocalServer, name: string, bytes: Uint8Array): Promise<UpsertResult> {
  const response = await call(server, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: INGEST, variables: { name, base64: Buffer.from(bytes).toString('base64') } }),
  });
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<{
    ingestReport: {
      status: 'ADDED' | 'UNCHANGED';
      entitiesAdded: number;
      relationsAdded: number;
      report: { id: string };
    };
  }>;
  const error = answer.errors?.[0];
  if (error || !answer.data) throw new UserError(error?.message ?? `the server answered ${response.status}`);
  const result = answer.data.ingestReport;
  return {
    reportId: result.report.id,
    status: result.status === 'ADDED' ? 'added' : 'unchanged',
    entitiesAdded: result.entitiesAdded,
    relationsAdded: result.relationsAdded,
  };
}

export async function statsThroughServer(server: LocalServer): Promise<GraphStats> {
  const response = await call(server, '/health');
  const health = (await response.json()) as {
    status: string;
    error?: string;
    store?: { reports: number; entitiesByKind: GraphStats['entities']; relationsByType: GraphStats['relations'] };
  };
  if (!response.ok || !health.store)
    throw new UserError(`the server at ${server.url}: ${health.error ?? health.status}`);
  return {
    reports: health.store.reports,
    entities: health.store.entitiesByKind,
    relations: health.store.relationsByType,
  };
}

/** The export's text, in chunks as the server streams it. */
export async function* exportThroughServer(server: LocalServer, format: string): AsyncGenerator<string> {
  const response = await call(server, `/export?format=${encodeURIComponent(format)}`);
  if (!response.ok || !response.body) {
    const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<unknown>;
    throw new UserError(`the server at ${server.url}: ${answer.errors?.[0]?.message ?? response.status}`);
  }
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    yield decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
