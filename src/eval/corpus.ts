// An annotated corpus beside its gold files: which split each report is in, and where it came from
// (corpus/splits.json and corpus/sources.json, see corpus/README.md). Both are optional: a plain gold directory
// is a corpus with no splits and no sources.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.ts';

export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** What corpus/sources.json says of one report. */
export interface ReportSource {
  id: string;
  file: string;
  repo: string;
  path: string;
  commit: string | null;
  url: string | null;
  title: string;
  published: string | null;
  province: string;
  genre: string;
  script: string;
  encoding: string;
  format: string;
  cut: string | null;
  why: string;
}

export interface Corpus {
  /** Report file name → its split; empty without splits.json. */
  splitOf: Map<string, Split>;
  /** Report file name → its source; empty without sources.json. */
  sourceOf: Map<string, ReportSource>;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** `{"train": [file, ...], "dev": [...], "test": [...]}`: every report in at most one split. */
export function parseSplits(value: unknown, label: string): Map<string, Split> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UserError(`${label}: expected an object with "train", "dev" and "test" lists`);
  const splitOf = new Map<string, Split>();
  for (const [name, files] of Object.entries(value)) {
    if (!(SPLITS as readonly string[]).includes(name))
      throw new UserError(`${label}: unknown split "${name}" (expected ${SPLITS.join(', ')})`);
    if (!Array.isArray(files) || files.some((f) => typeof f !== 'string'))
      throw new UserError(`${label}: "${name}" must be a list of report file names`);
    for (const file of files as string[]) {
      const other = splitOf.get(file);
      if (other) throw new UserError(`${label}: ${file} is in both "${other}" and "${name}"`);
      splitOf.set(file, name as Split);
    }
  }
  return splitOf;
}

const REQUIRED_SOURCE_FIELDS = ['id', 'file', 'repo', 'path', 'province', 'genre'] as const;

/** A list of report sources, each naming at least its file, repository, path, province and genre. */
export function parseSources(value: unknown, label: string): Map<string, ReportSource> {
  if (!Array.isArray(value)) throw new UserError(`${label}: expected a list of report sources`);
  const sourceOf = new Map<string, ReportSource>();
  value.forEach((source: Partial<ReportSource> | null, i) => {
    const missing = REQUIRED_SOURCE_FIELDS.filter((f) => typeof source?.[f] !== 'string' || !source[f]);
    if (missing.length) throw new UserError(`${label}: entry ${i + 1} has no ${missing.join(', ')}`);
    if (sourceOf.has(source!.file!)) throw new UserError(`${label}: ${source!.file} is listed twice`);
    sourceOf.set(source!.file!, source as ReportSource);
  });
  return sourceOf;
}

/** Reads splits.json and sources.json from the folder above the gold directory, or from the files given. */
export function loadCorpus(goldDir: string, files: { splits?: string; sources?: string } = {}): Corpus {
  const root = dirname(goldDir.replace(/[/\\]+$/, ''));
  const splits = files.splits ?? join(root, 'splits.json');
  const sources = files.sources ?? join(root, 'sources.json');
  const need = (path: string, given: string | undefined) => {
    if (given && !existsSync(path)) throw new UserError(`${path}: no such file`);
    return existsSync(path);
  };
  return {
    splitOf: need(splits, files.splits) ? parseSplits(readJson(splits), splits) : new Map(),
    sourceOf: need(sources, files.sources) ? parseSources(readJson(sources), sources) : new Map(),
  };
}

/** The report files of one split, or a clear error when the corpus has no splits. */
export function filesOfSplit(corpus: Corpus, split: string, goldDir: string): Set<string> {
  if (!(SPLITS as readonly string[]).includes(split))
    throw new UserError(`--split ${split}: expected one of ${SPLITS.join(', ')}`);
  if (!corpus.splitOf.size) throw new UserError(`${goldDir}: no splits.json beside it, so no --split ${split}`);
  return new Set([...corpus.splitOf].filter(([, s]) => s === split).map(([file]) => file));
}
