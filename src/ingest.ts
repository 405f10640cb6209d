// The ingest use case: a report (bytes of a file, or text with what the caller knows about it) is extracted and
// upserted into a store, atomically and idempotently. `kg ingest`, `kg serve --seed` and the ingestReport mutation all
// come through here, so the API never reaches into the extractor and the CLI never repeats this step.
import { extractReport, type ReportInput } from './extract/index.ts';
import type { GraphStore, UpsertResult } from './graph/store.ts';

export type { ReportInput };

export function ingestReport(store: GraphStore, input: ReportInput): Promise<UpsertResult> {
  // The store resolves entities across reports (src/graph/resolve.ts) inside upsertReport.
  return store.upsertReport(extractReport(input));
}
