// Opens the store the environment (or a command's --store) names: embedded by default, under KG_DATA_DIR (./data);
// neo4j with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and optionally NEO4J_DATABASE). The Neo4j adapter is loaded only
// when asked for, so the embedded default never loads the driver.
import { resolve } from 'node:path';
import { UserError } from '../errors.ts';
import type { GraphStore } from './store.ts';

export const STORE_KINDS = ['embedded', 'neo4j'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface OpenOptions {
  /** Overrides KG_STORE. */
  store?: string;
  /** Overrides KG_DATA_DIR (embedded). */
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
}

export function storeKind(options: OpenOptions = {}): StoreKind {
  const env = options.env ?? process.env;
  const kind = options.store ?? (env.KG_STORE || 'embedded');
  if (!(STORE_KINDS as readonly string[]).includes(kind)) {
    throw new UserError(`unknown store "${kind}" (KG_STORE or --store): use ${STORE_KINDS.join(' or ')}`);
  }
  return kind as StoreKind;
}

export function dataDir(options: OpenOptions = {}): string {
  const env = options.env ?? process.env;
  return resolve(options.dataDir ?? (env.KG_DATA_DIR || 'data'));
}

export async function openStore(options: OpenOptions = {}): Promise<GraphStore> {
  const env = options.env ?? process.env;
  if (storeKind(options) === 'neo4j') {
    const { openNeo4jStore } = await import('./neo4j/index.ts');
    return openNeo4jStore({
      uri: env.NEO4J_URI ?? '',
      user: env.NEO4J_USER ?? '',
      password: env.NEO4J_PASSWORD ?? '',
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    });
  }
  const { openEmbeddedStore } = await import('./embedded/index.ts');
  return openEmbeddedStore(dataDir(options));
}
