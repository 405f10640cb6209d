// Stage 5: sentences + entities → relations, one rule module per relation type. Each rule declares what it needs
// and produces; the runner (../steps.ts) orders them once, when this stage loads.
import type { Sentence } from '../../ontology/model.ts';
import type { RecognizedReport } from '../entities/index.ts';
import { StepRunner, type Step } from '../steps.ts';
import { RelationContext, RelationSet, type RecognizedRelation } from './context.ts';
import { focusesOn } from './focuses-on.ts';
import { holdsPosition } from './holds-position.ts';
import { investsIn } from './invests-in.ts';
import { locatedIn, partsLieInWholes } from './located-in.ts';
import { memberOf } from './member-of.ts';
import { partOf } from './part-of.ts';

export type { RecognizedRelation } from './context.ts';

interface RelationState {
  ctx: RelationContext;
  out: RelationSet;
  /** The entities MEMBER_OF made members of a partnership: peers of a park, not its parts. */
  members?: Set<number>;
}

/** In the order relations are listed when no need says otherwise (the output keeps it). */
export const RELATION_RULES: readonly Step<RelationState>[] = [
  {
    name: 'MEMBER_OF',
    needs: ['entities'],
    produces: ['MEMBER_OF', 'CO_BUILT_BY', 'members'],
    run: (s) => {
      memberOf(s.ctx, s.out);
      s.members = new Set(
        s.out
          .values()
          .filter((r) => r.type === 'MEMBER_OF')
          .map((r) => r.from),
      );
    },
  },
  { name: 'LOCATED_IN', needs: ['entities'], produces: ['LOCATED_IN'], run: (s) => locatedIn(s.ctx, s.out) },
  {
    name: 'HOLDS_POSITION',
    needs: ['entities'],
    produces: ['HOLDS_POSITION'],
    run: (s) => holdsPosition(s.ctx, s.out),
  },
  { name: 'INVESTS_IN', needs: ['entities'], produces: ['INVESTS_IN'], run: (s) => investsIn(s.ctx, s.out) },
  { name: 'FOCUSES_ON', needs: ['entities'], produces: ['FOCUSES_ON'], run: (s) => focusesOn(s.ctx, s.out) },
  {
    name: 'PART_OF',
    needs: ['entities', 'members'],
    produces: ['PART_OF'],
    run: (s) => partOf(s.ctx, s.out, s.members!),
  },
  {
    name: 'LOCATED_IN of parts',
    needs: ['PART_OF', 'LOCATED_IN'],
    produces: ['LOCATED_IN of parts'],
    run: (s) => partsLieInWholes(s.ctx, s.out),
  },
];

const RUNNER = new StepRunner('relation rules', RELATION_RULES, ['entities']);

export function extractRelations(sentences: Sentence[], report: RecognizedReport): RecognizedRelation[] {
  const ctx = new RelationContext(sentences, report);
  return RUNNER.run({ ctx, out: new RelationSet(ctx) }).out.values();
}
