// What entity recognition gives the relation rules: one entity per name, its mentions in reading order, and what
// the report is about.
import type { EntityKind } from '../../ontology/model.ts';
import type { Candidate } from './candidate.ts';

export interface RecognizedEntity {
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
}

export interface RecognizedMention {
  entity: number;
  /** Index into the sentence list. */
  sentence: number;
  /** Span in the sentence's normalized text. */
  start: number;
  end: number;
  listType?: Candidate['listType'];
  /** True for 园区-style references to a park named elsewhere. */
  reference?: boolean;
  /** Inside another mention's name (a place word opening it): relation rules read the outer name. */
  nested?: boolean;
  /** A place word opening a body's name other than the place's own organs (Candidate.insideBody). */
  insideBody?: boolean;
}

export interface RecognizedReport {
  entities: RecognizedEntity[];
  /** In reading order. */
  mentions: RecognizedMention[];
  /** The park the report is about, if it is about one. */
  subjectPark?: number;
  /** The most specific region the report is about. */
  subjectRegion?: number;
  /** The city the report's unnamed 市 (市委书记, 全市) refers to. */
  homeCity?: number;
  /** The place a news agency's dateline files the report from (ReportMeta.filedFrom). */
  filedFrom?: string;
}
