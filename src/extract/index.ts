// The extraction pipeline of DESIGN.md: read → normalize → sentences → entities → relations. Pure: no I/O, no store.
import { createHash } from 'node:crypto';
import type { ExtractedReport } from '../graph/model.ts';
import { readReport } from './read.ts';
import { normalize } from './normalize.ts';
import { splitSentences } from './sentences.ts';
import { extractMetadata } from './metadata.ts';
import { recognizeEntities } from './entities/index.ts';
import { extractRelations } from './relations/index.ts';

export interface ReportInput {
  /** The file's base name, or a caller-chosen name (it becomes ReportDoc.name). */
  name: string;
  /** Raw bytes in any supported encoding (UTF-8, GB18030/GBK, Big5), text or HTML. */
  bytes?: Uint8Array;
  /** Already-decoded text; used when bytes are absent. */
  text?: string;
  /** Metadata the caller knows better than the page (e.g. the ingestReport mutation's arguments). */
  title?: string;
  source?: string;
  publishedAt?: string;
}

export function reportId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText).digest('hex').slice(0, 16);
}

export function extractReport(input: ReportInput): ExtractedReport {
  const original = input.bytes ? readReport(input.bytes, input.name) : (input.text ?? '');
  const normalized = normalize(original);
  const meta = extractMetadata(original, normalized);
  const sentences = splitSentences(normalized, original);
  const entities = recognizeEntities(sentences, meta);
  const relations = extractRelations(sentences, entities, meta);
  const cited = new Set([
    ...entities.flatMap((e) => e.mentions.map((m) => m.sentence)),
    ...relations.flatMap((r) => r.evidence),
  ]);
  return {
    doc: {
      id: reportId(normalized.text),
      name: input.name,
      title: input.title ?? meta.title,
      publishedAt: input.publishedAt ?? meta.publishedAt,
      source: input.source ?? meta.source,
      authors: meta.authors,
    },
    entities,
    relations,
    evidence: sentences.filter((s) => cited.has(s.index)),
  };
}
