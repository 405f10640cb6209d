// YAML front matter (a Markdown report's leading `---` block): metadata, never text to extract from.
//
// The block is blanked in place (every character but line breaks becomes a space), so offsets into the report stay
// those of the original file, and its title, date, source and authors are read with the `yaml` package.
import { parse } from 'yaml';
import { findDate } from './metadata.ts';
import { normalizeLine } from './normalize.ts';

export interface FrontMatter {
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  source?: string;
  authors: string[];
}

/** `---` on the first line (after an optional BOM), up to the next line that is `---` or `...`. */
const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const KEYS = {
  title: ['title', 'headline', '标题'],
  date: ['date', 'published', 'publishedAt', 'published_at', 'pubdate', 'created', '日期', '发布时间', '发布日期'],
  source: ['source', 'publisher', 'site', 'media', '来源'],
  authors: ['author', 'authors', 'byline', 'reporter', 'reporters', '作者', '记者'],
} as const;

function pick(data: Record<string, unknown>, keys: readonly string[]): unknown {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    const value = lower.get(key.toLowerCase());
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
};

/** Names in the graph are Simplified: metadata is normalized like the page's own. */
const normalized = (value: unknown) => {
  const s = text(value);
  return s === undefined ? undefined : normalizeLine(s);
};

function date(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const s = text(value);
  return s ? findDate(s)?.iso : undefined;
}

function authors(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .flatMap((v) => (typeof v === 'string' ? v.split(/[,，、;；]\s*|\s{2,}/) : []))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Splits a report into its front matter (undefined when it has none, or the block is not YAML) and its text. */
export function splitFrontMatter(original: string): { frontMatter?: FrontMatter; text: string } {
  const block = BLOCK.exec(original);
  if (!block) return { text: original };
  let data: unknown;
  try {
    data = parse(block[1]!);
  } catch {
    return { text: original }; // not YAML after all: the lines are text like any other
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { text: original };
  const fields = data as Record<string, unknown>;
  const blanked = original.slice(0, block[0].length).replace(/[^\r\n]/g, ' ');
  return {
    frontMatter: {
      title: normalized(pick(fields, KEYS.title)),
      publishedAt: date(pick(fields, KEYS.date)),
      source: normalized(pick(fields, KEYS.source)),
      authors: authors(pick(fields, KEYS.authors)).map((a) => normalizeLine(a)),
    },
    text: blanked + original.slice(block[0].length),
  };
}
