// 该公司, 该企业, 这家企业: a company named in a sentence before, spoken of again by reference, so that the investment
// the next sentence states (该公司计划投资6亿元建设…) is that company's; and 该项目, 此项目: the project named before, so
// that the investor the next sentence names (该项目由某公司投资建设) invests in it. Read for INVESTS_IN only: the
// reference is no name, and the entity stage keeps no mention of it.
import type { EntityKind } from '../../ontology/model.ts';
import type { RecognizedMention } from '../entities/index.ts';
import { RelationContext } from './context.ts';

/** The reference words and the kind of entity each points at. */
const REFERENCES: readonly [RegExp, EntityKind][] = [
  [/(?:该|这家|此|这个)(?:公司|企业|集团)/g, 'Company'],
  [/(?:该|此|这个|这一)项目/g, 'Project'],
];
/** How many sentences back the entity a reference points at may be named. */
const WINDOW = 3;

/** The entity of `kind` a reference at sentence `s`, position `at` points at: the one named last before it, in its
 *  sentence or a few before. Two named together leave it open. */
function referent(ctx: RelationContext, s: number, at: number, kind: EntityKind): number | undefined {
  for (let i = s; i >= Math.max(0, s - WINDOW); i--) {
    const named = new Set(
      ctx
        .mentionsIn(i)
        .filter((m) => ctx.kind(m.entity) === kind && !m.reference && (i < s || m.end <= at))
        .map((m) => m.entity),
    );
    if (named.size === 1) return [...named][0];
    if (named.size > 1) return undefined;
  }
  return undefined;
}

/** The context with each company or project reference read as a mention of what it points at; the same context when
 *  the report holds none. */
export function withCompanyReferences(ctx: RelationContext): RelationContext {
  const added: RecognizedMention[] = [];
  ctx.sentences.forEach((_, s) => {
    const text = ctx.text(s);
    for (const [pattern, kind] of REFERENCES)
      for (const m of text.matchAll(pattern)) {
        // Inside a name (某某该公司…) it is no reference.
        if (ctx.mentionsIn(s).some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
        const entity = referent(ctx, s, m.index, kind);
        if (entity !== undefined)
          added.push({ entity, sentence: s, start: m.index, end: m.index + m[0].length, reference: true });
      }
  });
  if (!added.length) return ctx;
  const mentions = [...ctx.report.mentions, ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  return new RelationContext(ctx.sentences, { ...ctx.report, mentions });
}
