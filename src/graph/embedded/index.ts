// The embedded store (LadybugDB): the default GraphStore, and its bulk path for large loads.
export { openEmbeddedStore, EmbeddedStore, DATABASE_FILE } from './store.ts';
export { bulkLoad } from './bulk.ts';
export type {
  BulkEntity,
  BulkGraph,
  BulkLoadOptions,
  BulkLoadResult,
  BulkMention,
  BulkRelation,
  BulkReport,
} from './bulk.ts';
