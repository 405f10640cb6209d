// Relation candidates and their features: every relation the rules found, plus every pair of entities named in one
// sentence whose kinds fit a relation type's endpoints (src/ontology/model.ts). Features are general: the kinds, the
// distance and order of the mentions, what lies between them (trigger words, other entities, a clause break), the
// report's subject, the gazetteer's containment, and whether a rule proposed the pair.
import {
  ENTITY_KINDS,
  RELATION_SCHEMA,
  SCORED_RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from '../../ontology/model.ts';
import type { RecognizedMention, RecognizedReport } from '../entities/index.ts';
import { regionWithin } from '../lexicon/regions.ts';
import type { RecognizedRelation } from '../relations/index.ts';

export interface RelationCandidate {
  type: RelationType;
  from: number;
  to: number;
  /** The rules' relation (with its properties and evidence), when a rule proposed it. */
  rule?: RecognizedRelation;
  /** Sentences naming both, first ones first. */
  evidence: number[];
  features: string[];
}

/** Words that state or hint at a relation when they stand between or around two names. */
const TRIGGERS = [
  '位于',
  '坐落',
  '地处',
  '落户',
  '入驻',
  '设在',
  '设立',
  '投资',
  '签约',
  '开工',
  '投产',
  '竣工',
  '建设',
  '打造',
  '亿元',
  '万元',
  '主导',
  '重点',
  '发展',
  '培育',
  '聚焦',
  '产业',
  '书记',
  '主任',
  '市长',
  '区长',
  '县长',
  '局长',
  '董事长',
  '总经理',
  '创始人',
  '负责人',
  '常委',
  '合作',
  '共建',
  '联动',
  '成员',
  '加入',
  '隶属',
  '下属',
  '旗下',
  '所属',
  '片区',
  '托管',
  '之一',
  '调研',
  '考察',
  '走进',
  '来到',
  '举办',
  '成立',
  '企业',
  '项目',
  '任',
  '由',
  '在',
  '与',
  '和',
  '、',
  '的',
];

const TYPES = SCORED_RELATION_TYPES;
const CONTEXT_SENTENCES = 3;

function bucket(n: number): string {
  if (n <= 1) return String(n);
  if (n <= 3) return '2-3';
  if (n <= 8) return '4-8';
  if (n <= 20) return '9-20';
  return '21+';
}

const KIND_INDEX = new Map(ENTITY_KINDS.map((kind, i) => [kind, i]));
/** By from-kind index × kinds + to-kind index: the scored relation types whose endpoints fit (read for every pair of
 *  mentions in a sentence, so a table, not a key string per pair). */
const ALLOWED: readonly (readonly RelationType[])[] = ENTITY_KINDS.flatMap((from) =>
  ENTITY_KINDS.map((to) => TYPES.filter((t) => RELATION_SCHEMA[t].endpoints.some(([f, k]) => f === from && k === to))),
);

interface PairFeatures {
  f: string[];
  inside: RecognizedMention[];
}

/** Features of one sentence in which `a` and `b` are both named. */
function pairFeatures(
  text: string,
  a: RecognizedMention,
  b: RecognizedMention,
  inSentence: RecognizedMention[],
): PairFeatures {
  const forward = a.start < b.start;
  const [first, second] = forward ? [a, b] : [b, a];
  const gapStart = Math.min(first.end, second.start);
  const between = text.slice(gapStart, second.start);
  const f = [`order=${forward ? 'fwd' : 'back'}`, `gap=${bucket(between.length)}`];
  if (between.length <= 2) f.push(`between=${between || '∅'}`);
  if (!/[，,；;。]/.test(between)) f.push('one-clause');
  const inside = inSentence.filter(
    (m) => m.start >= first.end && m.end <= second.start && m.entity !== a.entity && m.entity !== b.entity,
  );
  f.push(`others=${bucket(inside.length)}`);
  for (const word of TRIGGERS) if (between.includes(word)) f.push(`trig=${word}`);
  const around = text.slice(Math.max(0, first.start - 6), first.start) + text.slice(second.end, second.end + 6);
  for (const word of TRIGGERS) if (word.length > 1 && around.includes(word)) f.push(`near=${word}`);
  if (a.reference || b.reference) f.push('via-reference');
  if (first.end > second.start) f.push('overlapping');
  return { f, inside };
}

/**
 * A sentence's pair features read in one direction, reused for the other: all but the first (`order=`) are the same
 * either way round, as the pair is read from whichever mention starts first. Mentions starting together are read in
 * both directions (each then takes the other as the first).
 */
class ReversedPairs {
  private readonly read = new Map<number, PairFeatures>();

  constructor(private readonly count: number) {}

  /** The features of (a, b), the mentions at i and j, when (b, a) has been read. */
  features(i: number, j: number, a: RecognizedMention, b: RecognizedMention): PairFeatures | undefined {
    if (a.start === b.start) return undefined;
    const other = this.read.get(j * this.count + i);
    if (!other) return undefined;
    return { f: [a.start < b.start ? 'order=fwd' : 'order=back', ...other.f.slice(1)], inside: other.inside };
  }

  keep(i: number, j: number, a: RecognizedMention, b: RecognizedMention, pair: PairFeatures): PairFeatures {
    if (a.start !== b.start) this.read.set(i * this.count + j, pair);
    return pair;
  }
}

/** `other=Kind`, made once per kind. */
const OTHER_FEATURES = new Map(ENTITY_KINDS.map((kind) => [kind, `other=${kind}`]));
const otherFeature = (kind: EntityKind) => OTHER_FEATURES.get(kind)!;

/** Every candidate relation of a report with its features (unconjoined: each feature is prefixed with the type). */
export function proposeRelations(
  texts: readonly string[],
  report: RecognizedReport,
  ruleRelations: readonly RecognizedRelation[],
): RelationCandidate[] {
  const kinds = report.entities.map((e) => e.kind);
  const kindIndexes = kinds.map((kind) => KIND_INDEX.get(kind)!);
  const byKey = new Map<string, RelationCandidate>();
  const sentenceFeatures = new Map<RelationCandidate, Set<string>>();
  const keyOf = (type: RelationType, from: number, to: number) => `${type}|${from}|${to}`;
  const get = (type: RelationType, from: number, to: number) => {
    const key = keyOf(type, from, to);
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { type, from, to, evidence: [], features: [] }));
    return c;
  };
  for (const r of ruleRelations) if (TYPES.includes(r.type)) get(r.type, r.from, r.to).rule = r;

  const bySentence = new Map<number, RecognizedMention[]>();
  for (const m of report.mentions) {
    if (m.nested) continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const [sentence, mentions] of bySentence) {
    const text = texts[sentence]!;
    const reversed = new ReversedPairs(mentions.length);
    mentions.forEach((a, i) =>
      mentions.forEach((b, j) => {
        if (a.entity === b.entity) return;
        // The pair's features do not depend on the type: read once, for the first type that takes them.
        let pair: PairFeatures | undefined;
        for (const type of ALLOWED[kindIndexes[a.entity]! * ENTITY_KINDS.length + kindIndexes[b.entity]!]!) {
          const c = get(type, a.entity, b.entity);
          if (c.evidence.length >= CONTEXT_SENTENCES && c.evidence.at(-1) !== sentence) continue;
          if (!c.evidence.includes(sentence)) c.evidence.push(sentence);
          let set = sentenceFeatures.get(c);
          if (!set) sentenceFeatures.set(c, (set = new Set()));
          pair ??= reversed.features(i, j, a, b) ?? reversed.keep(i, j, a, b, pairFeatures(text, a, b, mentions));
          for (const x of pair.f) set.add(x);
          for (const m of pair.inside) set.add(otherFeature(kinds[m.entity]!));
        }
      }),
    );
  }

  const names = report.entities.map((e) => e.name);
  // What the rules already say of an entity: a new pair is less likely where a rule gave the same type already.
  const ruled = new Set(ruleRelations.flatMap((r) => [`${r.type}>${r.from}`, `${r.type}<${r.to}`]));
  for (const c of byKey.values()) {
    const from = report.entities[c.from]!;
    const to = report.entities[c.to]!;
    const f = new Set<string>(['bias', `kinds=${from.kind}>${to.kind}`, `cooc=${bucket(c.evidence.length)}`]);
    if (c.rule) {
      f.add('rule');
      f.add(`rule&kinds=${from.kind}>${to.kind}`);
      if (!c.evidence.length) f.add('rule-apart');
    }
    if (!c.rule && ruled.has(`${c.type}>${c.from}`)) f.add('from-has-rule-relation');
    if (!c.rule && ruled.has(`${c.type}<${c.to}`)) f.add('to-has-rule-relation');
    if (c.from === report.subjectPark || c.from === report.subjectRegion) f.add('from-subject');
    if (c.to === report.subjectPark || c.to === report.subjectRegion) f.add('to-subject');
    if (c.to === report.homeCity) f.add('to-home-city');
    if (names[c.from]!.includes(names[c.to]!) || [...from.aliases].some((a) => a.includes(names[c.to]!)))
      f.add('from-names-to');
    if (names[c.to]!.includes(names[c.from]!)) f.add('to-names-from');
    if (from.kind === 'Region' && to.kind === 'Region') {
      if (regionWithin(from.name, to.name)) f.add('gazetteer-within');
      else if (regionWithin(to.name, from.name)) f.add('gazetteer-contains');
      else f.add('gazetteer-apart');
    }
    for (const x of sentenceFeatures.get(c) ?? []) f.add(x);
    c.features = [...f].map((x) => `${c.type}|${x}`);
  }
  return [...byKey.values()];
}
