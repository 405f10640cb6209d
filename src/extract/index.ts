// The extraction pipeline of DESIGN.md: read → normalize → sentences → entities → relations. Pure: no I/O, no store.
import { createHash } from 'node:crypto';
import {
  entityId,
  type ExtractedEntity,
  type ExtractedRelation,
  type ExtractedReport,
  type Sentence,
} from '../ontology/model.ts';
import { pageHeadings } from './html.ts';
import { readPage } from './read.ts';
import { markupOf, normalize, type NormalizedText } from './normalize.ts';
import { splitSentences } from './sentences.ts';
import { extractMetadata } from './metadata.ts';
import { splitFrontMatter } from './front-matter.ts';
import { recognizeEntities, type RecognizedReport } from './entities/index.ts';
import { extractRelations, type RecognizedRelation } from './relations/index.ts';
import { dropPlacesOnlyInBodies } from './relations/places-in-bodies.ts';
import { peopleOutsideTheState } from './relations/posts-outside-state.ts';
import { decideEntities, decideRelations } from './learn/decide.ts';
import { shippedModel, type DecisionModel } from './learn/model-file.ts';

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
  /** Told of what was read despite a problem (a stray invalid byte), with the input named by the caller. */
  onWarning?: (message: string) => void;
  /** The model that decides on the rules' candidates: the shipped one when absent, none (the rules alone) when null. */
  model?: DecisionModel | null;
}

export function reportId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText).digest('hex').slice(0, 16);
}

/** Where each sentence's normalized text starts in the normalized report (sentences are in order). */
function sentenceStarts(sentences: Sentence[], normalized: NormalizedText): number[] {
  let cursor = 0;
  return sentences.map((s) => {
    const at = normalized.text.indexOf(s.text, cursor);
    if (at < 0) return -1;
    cursor = at + s.text.length;
    return at;
  });
}

function toExtracted(
  sentences: Sentence[],
  normalized: NormalizedText,
  recognized: RecognizedReport,
  relations: RecognizedRelation[],
): { entities: ExtractedEntity[]; relations: ExtractedRelation[] } {
  const starts = sentenceStarts(sentences, normalized);
  const ids = recognized.entities.map((e) => entityId(e.kind, e.name));
  const entities: ExtractedEntity[] = recognized.entities.map((e, i) => ({
    id: ids[i]!,
    kind: e.kind,
    name: e.name,
    aliases: [...e.aliases],
    mentions: [],
  }));
  for (const m of recognized.mentions) {
    const sentence = sentences[m.sentence]!;
    const base = starts[m.sentence]!;
    // Map the span back to the original text; fall back to the whole sentence if the sentence was not found.
    const start = base < 0 ? sentence.start : normalized.offsets[base + m.start]!;
    const end = base < 0 ? sentence.end : normalized.offsets[base + m.end - 1]! + 1;
    entities[m.entity]!.mentions.push({
      surface: sentence.text.slice(m.start, m.end),
      start: Math.max(sentence.start, Math.min(start, sentence.end)),
      end: Math.max(sentence.start, Math.min(end, sentence.end)),
      sentence: sentence.index,
    });
  }
  return {
    entities,
    relations: relations.map(({ from, to, evidence, ...rest }) => ({
      ...rest,
      from: ids[from]!,
      to: ids[to]!,
      evidence: evidence.map((i) => sentences[i]!.index),
    })),
  };
}

/** The report read, normalized and cut into sentences, with its metadata: what recognition starts from. */
export function prepareReport(input: ReportInput) {
  const { text: decoded, headings } = input.bytes
    ? readPage(input.bytes, input.name, input.onWarning)
    : { text: input.text ?? '', headings: undefined };
  // Front matter is metadata: blanked in the text (offsets kept), its fields preferred to what the page shows.
  const { frontMatter, text: original } = splitFrontMatter(decoded);
  const markup = markupOf(original, frontMatter ? true : undefined);
  const normalized = normalize(original, markup);
  const pageMeta = extractMetadata(
    original,
    normalized,
    markup,
    // Markup left in a text report (a template, a CMS dump) can hold the headings too.
    headings ?? (markup.html ? pageHeadings(original) : undefined),
  );
  const meta = {
    title: frontMatter?.title ?? pageMeta.title,
    publishedAt: frontMatter?.publishedAt ?? pageMeta.publishedAt,
    source: frontMatter?.source ?? pageMeta.source,
    authors: frontMatter?.authors.length ? frontMatter.authors : pageMeta.authors,
    filedFrom: pageMeta.filedFrom,
  };
  return { normalized, meta, sentences: splitSentences(normalized, original) };
}

export function extractReport(input: ReportInput): ExtractedReport {
  const { normalized, meta, sentences } = prepareReport(input);
  const model = input.model === undefined ? shippedModel() : input.model;
  const texts = sentences.map((s) => s.text);
  // Rules propose, the model decides: once on the entities, once on the relations read from the decided entities.
  let recognized = recognizeEntities(sentences, meta);
  if (model) recognized = decideEntities(texts, recognized, model);
  let relations = extractRelations(sentences, recognized);
  if (model) relations = decideRelations(texts, recognized, relations, model);
  ({ report: recognized, relations } = dropPlacesOnlyInBodies(recognized, relations));
  recognized = peopleOutsideTheState(recognized, relations);
  const { entities, relations: extractedRelations } = toExtracted(sentences, normalized, recognized, relations);
  const cited = new Set([
    ...entities.flatMap((e) => e.mentions.map((m) => m.sentence)),
    ...extractedRelations.flatMap((r) => r.evidence),
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
    relations: extractedRelations,
    evidence: sentences.filter((s) => cited.has(s.index)),
  };
}
