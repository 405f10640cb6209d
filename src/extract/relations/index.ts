// Stage 5: sentences + entities → relations.
import type { RelationProperties, RelationType, Sentence } from '../../graph/model.ts';
import type { RecognizedReport } from '../entities/index.ts';
import type { ReportMeta } from '../metadata.ts';

export interface RecognizedRelation extends RelationProperties {
  type: RelationType;
  from: number;
  to: number;
  /** Sentence indexes that state it. */
  evidence: number[];
}

export function extractRelations(_sentences: Sentence[], _report: RecognizedReport, _meta: ReportMeta): RecognizedRelation[] {
  return [];
}
