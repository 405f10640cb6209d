// What the relation tests share: the relations the rules alone give for a text, and one rule run on one sentence
// whose names are given, as the recognizer would hand them over.
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';
import type { EntityKind } from '../../../src/ontology/model.ts';
import type { RecognizedReport } from '../../../src/extract/entities/report.ts';
import { RelationContext, RelationSet } from '../../../src/extract/relations/context.ts';

/** The relations the rules alone (model: null) give for a text, without their evidence. */
export function rulesAloneRelations(text: string) {
  return toGoldFormat(extractReport({ name: 't.txt', text, model: null })).relations.map(({ evidence: _e, ...r }) => r);
}

/** One rule on one sentence and the names in it, each a mention where it first occurs: its relations as "A → B". */
export function ruleOnSentence(
  text: string,
  names: [EntityKind, string][],
  rule: (ctx: RelationContext, out: RelationSet) => void,
): string[] {
  const report: RecognizedReport = {
    entities: names.map(([kind, name]) => ({ kind, name, aliases: new Set<string>() })),
    mentions: names
      .map(([, name], entity) => ({
        entity,
        sentence: 0,
        start: text.indexOf(name),
        end: text.indexOf(name) + name.length,
      }))
      .sort((a, b) => a.start - b.start),
  };
  const ctx = new RelationContext([{ index: 0, text, original: text, start: 0, end: text.length }], report);
  const out = new RelationSet(ctx);
  rule(ctx, out);
  return out.values().map((r) => `${ctx.name(r.from)} → ${ctx.name(r.to)}`);
}
