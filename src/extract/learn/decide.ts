// The decide steps of the pipeline: after recognition, the model accepts, rejects or re-types every entity candidate
// (the rules' entities and the proposer's broader spans); after relation extraction, it accepts or rejects every
// relation candidate (the rules' relations and the pairs of entities named together). Pure: text and weights in,
// a recognized report out.
import type { EntityKind } from '../../ontology/model.ts';
import type { RecognizedEntity, RecognizedMention, RecognizedReport } from '../entities/index.ts';
import type { RecognizedRelation } from '../relations/index.ts';
import { proposeEntities, type EntityCandidate, type Span } from './entity-candidates.ts';
import { featuresByKind } from './entity-features.ts';
import { bestKind, EntityScorer, type KindScores } from './entity-scorer.ts';
import { decidesNothing, type DecisionModel, type Thresholds } from './model-file.ts';
import { scoreOf, type Weights } from './perceptron.ts';
import { proposeRelations, type RelationCandidate } from './relation-features.ts';
import { titleBefore } from './titles.ts';

export interface EntityHypotheses {
  candidate: EntityCandidate;
  /** Its features for each kind it may be given, before they are tied to the kind. */
  kinds: { kind: EntityKind; base: string[] }[];
}

/** Entity candidates with their features, computed once (training scores them under many weights). */
export function entityHypotheses(texts: readonly string[], report: RecognizedReport): EntityHypotheses[] {
  const naming = sentencesNaming(texts);
  return proposeEntities(texts, report).map((candidate) => {
    const recurs = naming(candidate.name);
    return { candidate, kinds: featuresByKind(candidate, texts, recurs) };
  });
}

/** Counting stops here: the features bucket above it. */
const MAX_RECURS = 6;

/** A pair of adjacent UTF-16 units as a small integer (a collision only adds sentences to check, never loses one). */
const pairKey = (text: string, i: number) => ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) & 0x3fffffff;

/**
 * How many sentences name a name (at most MAX_RECURS). Each pair of adjacent characters lists the sentences holding
 * it; a name is looked for only in the sentences of its rarest pair, not in every sentence of the report.
 */
export function sentencesNaming(texts: readonly string[]): (name: string) => number {
  const holding = new Map<number, number[]>();
  texts.forEach((text, sentence) => {
    for (let i = 0; i + 1 < text.length; i++) {
      const key = pairKey(text, i);
      const list = holding.get(key);
      if (!list) holding.set(key, [sentence]);
      else if (list[list.length - 1] !== sentence) list.push(sentence);
    }
  });
  const none: number[] = [];
  return (name) => {
    let sentences: readonly number[] | undefined;
    if (name.length < 2) sentences = texts.map((_, i) => i);
    else
      for (let i = 0; i + 1 < name.length; i++) {
        const list = holding.get(pairKey(name, i)) ?? none;
        if (!sentences || list.length < sentences.length) sentences = list;
        if (!list.length) break;
      }
    let n = 0;
    for (const i of sentences!) if (texts[i]!.includes(name) && ++n >= MAX_RECURS) break;
    return n;
  };
}

const overlapping = (a: Span, b: Span) => a.sentence === b.sentence && a.start < b.end && b.start < a.end;
const within = (inner: Span, outer: Span) =>
  inner.sentence === outer.sentence && inner.start >= outer.start && inner.end <= outer.end;

export interface ScoredEntity extends KindScores {
  candidate: EntityCandidate;
}

const byKindCache = new WeakMap<Weights, Map<string, Map<string, number>>>();

/** The weights split by the kind that prefixes them (`Park|e1=园` → Park: e1=园), so that scoring a candidate as a
 *  kind builds no strings. */
function weightsByKind(weights: Weights): Map<string, Map<string, number>> {
  let split = byKindCache.get(weights);
  if (!split) {
    split = new Map();
    for (const [feature, weight] of weights) {
      const bar = feature.indexOf('|');
      const kind = feature.slice(0, bar);
      let table = split.get(kind);
      if (!table) split.set(kind, (table = new Map()));
      table.set(feature.slice(bar + 1), weight);
    }
    byKindCache.set(weights, split);
  }
  return split;
}

/** Each candidate's best kind and its score under the weights. */
export function scoreEntities(hypotheses: readonly EntityHypotheses[], weights: Weights): ScoredEntity[] {
  const byKind = weightsByKind(weights);
  const none: Weights = new Map();
  return hypotheses.map(({ candidate, kinds }) => {
    const best = bestKind(
      kinds.map((h) => h.kind),
      (kind, k) => scoreOf(byKind.get(kind) ?? none, kinds[k]!.base),
    );
    return { candidate, ...best };
  });
}

/** Keeps the candidates that pass the thresholds: the kept, re-typed and added entities with their mentions. */
export function keepEntities(
  report: RecognizedReport,
  decided: readonly ScoredEntity[],
  threshold: Thresholds,
): RecognizedReport {
  const entities: RecognizedEntity[] = [];
  const index = new Map<string, number>();
  const remap = new Map<number, number>();
  const add = (kind: EntityKind, name: string, aliases: Iterable<string>) => {
    const key = `${kind}:${name}`;
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = entities.push({ kind, name, aliases: new Set() }) - 1));
    for (const alias of aliases) if (alias !== name) entities[at]!.aliases.add(alias);
    return at;
  };
  // The rules' entities first, in their order, so that the report reads as before where the model agrees.
  for (const d of decided) {
    const i = d.candidate.ruleIndex;
    if (i === undefined) continue;
    // It keeps its own kind where the model accepts it as that (so the rules-alone thresholds keep the rules' output
    // as it is), else it takes the best kind the model accepts it as, else it is dropped.
    const kind = d.ownScore > threshold.rule ? d.candidate.kinds[0]! : d.score > threshold.rule ? d.kind : undefined;
    if (kind === undefined) continue;
    const e = report.entities[i]!;
    remap.set(i, add(kind, e.name, e.aliases));
  }
  const mentions: RecognizedMention[] = report.mentions.flatMap((m) => {
    const entity = remap.get(m.entity);
    return entity === undefined ? [] : [{ ...m, entity }];
  });
  // New names, surest first; a span may not overlap a taken one unless it holds it whole and is of another kind (a
  // place inside a body): a longer name of the same kind is the shorter one with a qualifier (全国首家|X基地).
  const taken = new Map<number, (Span & { kind: EntityKind })[]>();
  const take = (s: Span & { kind: EntityKind }) => {
    const list = taken.get(s.sentence);
    if (list) list.push(s);
    else taken.set(s.sentence, [s]);
  };
  for (const m of mentions) take({ ...m, kind: entities[m.entity]!.kind });
  const added = decided
    .filter((d) => d.candidate.ruleIndex === undefined && d.score > threshold.proposed)
    .sort((a, b) => b.score - a.score || (a.candidate.name < b.candidate.name ? -1 : 1));
  for (const d of added) {
    const spans = d.candidate.spans.filter(
      (s) => !(taken.get(s.sentence) ?? []).some((t) => overlapping(s, t) && !(within(t, s) && t.kind !== d.kind)),
    );
    if (!spans.length) continue;
    const entity = add(d.kind, d.candidate.name, d.candidate.aliases);
    for (const s of spans) {
      take({ ...s, kind: d.kind });
      mentions.push({ entity, sentence: s.sentence, start: s.start, end: s.end });
    }
  }
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const keep = (i: number | undefined, kind: EntityKind) => {
    const at = i === undefined ? undefined : remap.get(i);
    return at !== undefined && entities[at]!.kind === kind ? at : undefined;
  };
  return {
    entities,
    mentions,
    subjectPark: keep(report.subjectPark, 'Park'),
    subjectRegion: keep(report.subjectRegion, 'Region'),
    homeCity: keep(report.homeCity, 'Region'),
  };
}

/** The model's decision on the report's candidates: scored as `scoreEntities` scores them, without keeping their
 *  features (training keeps them to score under many weights; deciding scores once), and proposed candidates that
 *  cannot pass the threshold not scored in full. */
export function decideEntities(texts: readonly string[], report: RecognizedReport, model: DecisionModel) {
  // A model that keeps the rules' entities as they are need not propose or score any (a sixth of a report's work).
  if (decidesNothing(model.entity.threshold)) return report;
  const naming = sentencesNaming(texts);
  const scorer = new EntityScorer(model.entity.weights, model.entity.threshold);
  const scored = proposeEntities(texts, report).map((candidate): ScoredEntity => ({
    candidate,
    ...scorer.best(candidate, texts, () => naming(candidate.name)),
  }));
  return keepEntities(report, scored, model.entity.threshold);
}

/** Keeps the relation candidates whose scores pass the thresholds, the rules' with their properties and evidence. */
export function keepRelations(
  texts: readonly string[],
  report: RecognizedReport,
  candidates: readonly RelationCandidate[],
  scores: readonly number[],
  threshold: Thresholds,
): RecognizedRelation[] {
  const out: RecognizedRelation[] = [];
  for (const [i, c] of candidates.entries()) {
    if (scores[i]! <= (c.rule ? threshold.rule : threshold.proposed)) continue;
    if (c.rule) {
      out.push(c.rule);
      continue;
    }
    const relation: RecognizedRelation = { type: c.type, from: c.from, to: c.to, evidence: c.evidence.slice(0, 1) };
    // A member the rules did not place holds the ordinary role; only a numbered scheme's report park leads it.
    if (c.type === 'MEMBER_OF') relation.role = 'member';
    if (c.type === 'HOLDS_POSITION') {
      const title = titleBefore(texts, report, c.from, c.evidence);
      if (title) relation.title = title;
    }
    out.push(relation);
  }
  return out;
}

export function decideRelations(
  texts: readonly string[],
  report: RecognizedReport,
  relations: readonly RecognizedRelation[],
  model: DecisionModel,
): RecognizedRelation[] {
  const candidates = proposeRelations(texts, report, relations);
  const scores = candidates.map((c) => scoreOf(model.relation.weights, c.features));
  return keepRelations(texts, report, candidates, scores, model.relation.threshold);
}
