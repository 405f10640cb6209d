// Stage 5: sentences + entities → relations, one rule module per relation type.
import type { Sentence } from '../../ontology/model.ts';
import type { RecognizedReport } from '../entities/index.ts';
import { RelationContext, RelationSet, type RecognizedRelation } from './context.ts';
import { focusesOn } from './focuses-on.ts';
import { holdsPosition } from './holds-position.ts';
import { investsIn } from './invests-in.ts';
import { locatedIn } from './located-in.ts';
import { memberOf } from './member-of.ts';
import { partOf } from './part-of.ts';

export type { RecognizedRelation } from './context.ts';

export function extractRelations(sentences: Sentence[], report: RecognizedReport): RecognizedRelation[] {
  const ctx = new RelationContext(sentences, report);
  const out = new RelationSet(ctx);
  memberOf(ctx, out);
  const members = new Set(
    out
      .values()
      .filter((r) => r.type === 'MEMBER_OF')
      .map((r) => r.from),
  );
  locatedIn(ctx, out);
  holdsPosition(ctx, out);
  investsIn(ctx, out);
  focusesOn(ctx, out);
  partOf(ctx, out, members);
  return out.values();
}
