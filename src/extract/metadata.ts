// Report metadata (stub, to be replaced): headline, publication date, source, bylines.
import type { NormalizedText } from './normalize.ts';

export interface ReportMeta {
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  source?: string;
  /** Reporters named in bylines; they are not entities. */
  authors: string[];
}

export function extractMetadata(_original: string, _normalized: NormalizedText): ReportMeta {
  return { authors: [] };
}
