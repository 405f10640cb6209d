// The ingest use case: a report's bytes (a file's, or the UTF-8 of a text sent to the API) are checked, extracted and
// upserted into a store, atomically and idempotently. `kg ingest`, `kg serve --seed` and the ingestReport mutation all
// come through here, so every road into the store takes the same checks (size, binary data, a page with no text) and
// the API never reaches into the extractor.
import { ReadError } from './errors.ts';
import { extractReport, reportId, type ReportInput } from './extract/index.ts';
import type { GraphStore, UpsertResult } from './graph/store.ts';
import { checkReportSize, DEFAULT_MAX_BYTES } from './report-size.ts';

export { DEFAULT_MAX_BYTES };

export interface IngestInput {
  /** The file's base name, or a caller-chosen name (it becomes the report's name); errors name it. */
  name: string;
  /** Raw bytes in any supported encoding (UTF-8, GB18030/GBK, Big5), text or HTML. */
  bytes: Uint8Array;
  /** Metadata the caller knows better than the page (the ingestReport mutation's arguments). */
  title?: string;
  source?: string;
  publishedAt?: string;
  /** Told of what was read despite a problem (a stray invalid byte). */
  onWarning?: (message: string) => void;
  /** The model deciding on the rules' candidates: the shipped one when absent, none when null. */
  model?: ReportInput['model'];
}

export interface IngestLimits {
  /** Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** How errors name the input (default: its name), e.g. the mutation's argument. */
  label?: string;
}

/** The id every report whose text normalizes to nothing would get: such a report is refused, never stored. */
const EMPTY_REPORT_ID = reportId('');

export async function ingestReport(
  store: GraphStore,
  input: IngestInput,
  limits: IngestLimits = {},
): Promise<UpsertResult> {
  const label = limits.label ?? input.name;
  checkReportSize(label, input.bytes.length, limits.maxBytes);
  let report;
  try {
    report = extractReport(input);
  } catch (error) {
    // The reader's errors name the report; the caller's label (an argument, a path) says where it came from.
    if (error instanceof ReadError && label !== input.name) throw new ReadError(label, error.reason);
    throw error;
  }
  if (report.doc.id === EMPTY_REPORT_ID) throw new ReadError(label, 'no text is left once markup and page chrome go');
  // The store resolves entities across reports (src/graph/resolve.ts) inside upsertReport.
  return store.upsertReport(report);
}
