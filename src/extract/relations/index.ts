// Stage 5: sentences + entities → relations (stub).
import type { ExtractedEntity, ExtractedRelation, Sentence } from '../../graph/model.ts';
import type { ReportMeta } from '../metadata.ts';

export function extractRelations(
  _sentences: Sentence[],
  _entities: ExtractedEntity[],
  _meta: ReportMeta,
): ExtractedRelation[] {
  return [];
}
