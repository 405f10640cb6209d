// YAML front matter (a Markdown report's leading `---` block, Hugo's `+++` block, or the bare `Key: value` lines
// Pelican and MultiMarkdown open a file with): metadata, never text to extract from.
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

/**
 * `---` on the first line (after an optional BOM), up to the next line that is `---` or `...`; or Hugo's TOML
 * block between `+++` lines.
 */
const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TOML_BLOCK = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

/** A line of a metadata block: `key: value` / `key = value`, a list item, a continuation, a comment. */
const FIELD_LINE = /^\s*(?:[\p{L}\p{N}_.-]+\s*[:=](?:\s|$)|-\s|#|\s+\S|\[|$)/u;
const FIELD = /^([\p{L}\p{N}_.-]+)\s*[:=]\s*(.*)$/u;

/**
 * The fields of a block that is not valid YAML (an unquoted `title: 甲: 乙`, TOML) but reads as one field per
 * line: undefined unless every line does. Values lose surrounding quotes; `[a, b]` becomes a list.
 */
function lenientFields(block: string): Record<string, unknown> | undefined {
  const lines = block.split(/\r?\n/);
  if (!lines.every((line) => FIELD_LINE.test(line))) return undefined;
  const fields: Record<string, unknown> = {};
  for (const line of lines) {
    const m = FIELD.exec(line);
    if (!m) continue;
    const value = m[2]!.trim();
    const unquote = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, '$2');
    fields[m[1]!] = /^\[.*\]$/.test(value) ? value.slice(1, -1).split(',').map(unquote) : unquote(value);
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** The block's fields: YAML when it parses as a mapping, else read line by line; undefined when it is neither. */
function blockFields(block: string, toml: boolean): Record<string, unknown> | undefined {
  if (!toml) {
    try {
      const data: unknown = parse(block);
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as Record<string, unknown>;
      if (data !== null && typeof data !== 'string') return undefined; // a list or a number: not metadata
    } catch {
      // not YAML after all: maybe fields a careless writer left unquoted
    }
  }
  return lenientFields(block);
}

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

/** Pelican's and MultiMarkdown's metadata: `Key: value` lines from the first line to the first blank one, with no
 *  fences; a block only when it names a title or a date (a report that opens 来源: 某某日报 is text). */
const BARE_FIELD = /^[A-Za-z][A-Za-z_-]{1,24}:(?:[ \t].*)?$/;
function bareBlock(original: string): Block | undefined {
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  let at = bom;
  for (;;) {
    const nl = original.indexOf('\n', at);
    const line = original.slice(at, nl < 0 ? original.length : nl).replace(/\r$/, '');
    if (line.trim() === '') break;
    if (!BARE_FIELD.test(line)) return undefined;
    if (nl < 0) {
      at = original.length;
      break;
    }
    at = nl + 1;
  }
  const body = original.slice(bom, at);
  const keys = [...body.matchAll(/^([A-Za-z_-]+):/gm)].map((m) => m[1]!.toLowerCase());
  const named: readonly string[] = [...KEYS.title, ...KEYS.date];
  return keys.some((k) => named.includes(k)) ? { length: at, body, toml: false } : undefined;
}

/** A metadata block: how much of the report it takes, its fields' lines, whether they are TOML. */
interface Block {
  length: number;
  body: string;
  toml: boolean;
}

function fencedBlock(original: string): Block | undefined {
  const yaml = BLOCK.exec(original);
  if (yaml) return { length: yaml[0].length, body: yaml[1]!, toml: false };
  const toml = TOML_BLOCK.exec(original);
  return toml ? { length: toml[0].length, body: toml[1]!, toml: true } : undefined;
}

/** Splits a report into its front matter (undefined when it has none, or the block is not YAML) and its text. */
export function splitFrontMatter(original: string): { frontMatter?: FrontMatter; text: string } {
  const block = fencedBlock(original) ?? bareBlock(original);
  if (!block) return { text: original };
  const fields = blockFields(block.body, block.toml);
  if (!fields) return { text: original }; // not metadata after all: the lines are text like any other
  const blanked = original.slice(0, block.length).replace(/[^\r\n]/g, ' ');
  return {
    frontMatter: {
      title: normalized(pick(fields, KEYS.title)),
      publishedAt: date(pick(fields, KEYS.date)),
      source: normalized(pick(fields, KEYS.source)),
      authors: authors(pick(fields, KEYS.authors)).map((a) => normalizeLine(a)),
    },
    text: blanked + original.slice(block.length),
  };
}
