// A possible entity mention found by one recognizer, before overlaps are resolved.
import type { EntityKind } from '../../ontology/model.ts';
import { RULES, type ListType } from '../rules/index.ts';

export interface Candidate {
  kind: EntityKind;
  /** The canonical name it stands for (qualifiers stripped; regions: the full official name). The surface
   *  form is the span's text. */
  name: string;
  /** Index of the sentence (position in the report's sentence list). */
  sentence: number;
  /** Span in the sentence's normalized text. */
  start: number;
  end: number;
  /** Higher wins where candidates overlap. */
  priority: number;
  /** A short region form trusted only when the report also uses the full name. */
  needsFull?: boolean;
  /** A bare or anaphoric reference (园区, 该科创飞地) to a park named elsewhere; the value is the suffix. */
  reference?: string;
  /** Officials and persons: the post title chain found before the name, if any; `listed` where only a list said to be
   *  of officials names them (an Official unless a post elsewhere makes them a Person). */
  titled?: 'government' | 'other' | 'listed';
  /** Other forms this mention shows the name in (《求是》杂志 → 求是, 全国首家茶叶直播基地). */
  aliases?: string[];
  /** A place word inside another name (江苏|滨海经济开发区): an entity, but not a name of its own in the sentence. */
  nested?: boolean;
  /** A place word opening another name: the kind of that name (福州市|科技局 → Organization). */
  openingOf?: EntityKind;
  /** A place word opening a body's name that is not the place's own government or Party committee (某省|政协,
   *  某市|科技局): no Region of the report unless it is written elsewhere or a relation needs it. */
  insideBody?: boolean;
  /** A county's short form trusted only as a dictionary place word opening a name (东湖|高新区): one of several
   *  namesakes, checked against the other places the report names. */
  placeWordOnly?: boolean;
  /** List items: what the list was said to be (…等项目, …等企业). */
  listType?: ListType;
}

/** Where candidates overlap, the higher priority wins (rules/priorities.json). */
export const PRIORITY = RULES.priorities;

/** A candidate named by the text it spans (most recognizers': the name is what the report writes there). */
export function candidateAt(
  kind: EntityKind,
  text: string,
  sentence: number,
  start: number,
  end: number,
  priority: number,
): Candidate {
  return { kind, name: text.slice(start, end), sentence, start, end, priority };
}

/** Candidates grouped by the sentence they are in, each group in the order given. */
export function bySentence(candidates: Iterable<Candidate>): Map<number, Candidate[]> {
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const group = groups.get(c.sentence);
    if (group) group.push(c);
    else groups.set(c.sentence, [c]);
  }
  return groups;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
