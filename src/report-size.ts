// How large a report may be, for every road into the graph: `kg ingest` and `kg extract` check a file before reading
// it, the ingest use case (src/ingest.ts) checks the bytes it is given, so the ingestReport mutation takes the same
// limit. Its own module so that the CLI's options load it without the extractor.
import { ReadError } from './errors.ts';

/** Reports larger than this are refused (`--max-bytes`; memory stays flat below it). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** 5.0 MB; below a tenth of a megabyte, the bytes themselves (a limit of 4096 is not "0.0 MB"). */
const size = (bytes: number) => (bytes < 100 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Refuses a report of `size` bytes above the limit, naming it by `label` (a path, an argument). */
export function checkReportSize(label: string, bytes: number, maxBytes = DEFAULT_MAX_BYTES): void {
  if (bytes > maxBytes) {
    throw new ReadError(label, `${size(bytes)} is over the size limit of ${size(maxBytes)} (--max-bytes)`);
  }
}
