// An ExtractedReport in the gold file format of ONTOLOGY.md, plus each relation's evidence: what `kg extract`
// prints and what `kg eval` scores. Entities are named by their canonical name instead of their id.
import {
  RELATION_PROPERTY_NAMES,
  type EntityKind,
  type ExtractedReport,
  type RelationProperties,
  type RelationType,
} from '../ontology/model.ts';

export interface GoldFormatEvidence {
  /** The sentence's normalized text. */
  sentence: string;
  /** Offsets of the sentence in the original text. */
  start: number;
  end: number;
}

export interface GoldFormatEntity {
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface GoldFormatRelation extends RelationProperties {
  type: RelationType;
  from: string;
  to: string;
  evidence: GoldFormatEvidence[];
}

/** The report's metadata, read from its front matter or page layout (absent fields are null). */
export interface GoldFormatMeta {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  authors: string[];
}

export interface GoldFormatReport {
  doc: string;
  report: GoldFormatMeta;
  entities: GoldFormatEntity[];
  relations: GoldFormatRelation[];
}

export function toGoldFormat(report: ExtractedReport): GoldFormatReport {
  const nameById = new Map(report.entities.map((e) => [e.id, e.name]));
  // An id the report does not list still carries its name after the kind: `Park:name`.
  const nameOf = (id: string) => nameById.get(id) ?? id.slice(id.indexOf(':') + 1);
  const sentenceByIndex = new Map(report.evidence.map((s) => [s.index, s]));
  const { title, publishedAt, source, authors } = report.doc;
  return {
    doc: report.doc.name,
    report: { title: title ?? null, publishedAt: publishedAt ?? null, source: source ?? null, authors: [...authors] },
    entities: report.entities.map((e) => ({ kind: e.kind, name: e.name, aliases: [...e.aliases] })),
    relations: report.relations.map((r) => {
      const properties = Object.fromEntries(
        RELATION_PROPERTY_NAMES.filter((p) => r[p] !== undefined).map((p) => [p, r[p]]),
      ) as RelationProperties;
      const evidence = r.evidence.flatMap((i) => {
        const s = sentenceByIndex.get(i);
        return s ? [{ sentence: s.text, start: s.start, end: s.end }] : [];
      });
      return { type: r.type, from: nameOf(r.from), to: nameOf(r.to), ...properties, evidence };
    }),
  };
}
