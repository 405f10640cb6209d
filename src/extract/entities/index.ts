// Stage 4: sentences → entities (stub).
import type { ExtractedEntity, Sentence } from '../../graph/model.ts';
import type { ReportMeta } from '../metadata.ts';

export function recognizeEntities(_sentences: Sentence[], _meta: ReportMeta): ExtractedEntity[] {
  return [];
}
