// Checks rule data (the JSON files in rules/) before any recognizer uses it, so a mistake in a table is a clear
// error at load time naming the file, the table and the entry, not a silent miss in some report.
import { ENTITY_KINDS, INDUSTRY_TIERS, type EntityKind, type IndustryTier } from '../../ontology/model.ts';
import { normalizeLine } from '../normalize.ts';

export class RuleError extends Error {
  constructor(
    readonly file: string,
    readonly table: string,
    readonly entry: string | undefined,
    problem: string,
  ) {
    super(`${file}: table ${table}${entry === undefined ? '' : `, entry «${entry}»`}: ${problem}`);
    this.name = 'RuleError';
  }
}

/** One word of a table with what the table says about it. */
export interface WordEntry {
  word: string;
  /** Park suffixes: 3 zones, 2 large parks, 1 parks. */
  rank?: number;
  /** Company suffixes: a registered form (…有限公司). */
  registered?: boolean;
  /** Tier words: the tier they give. */
  tier?: IndustryTier;
  /** Organization suffixes: a name with it is named after its place (滨江区人民政府). */
  placeNamed?: boolean;
  /** Organization suffixes: a body a report may name by its level word alone (区管委会, 省国资委). */
  levelNamed?: boolean;
  /** Company suffixes: a branch (…分行), whose name runs on from the registered company or bank before it. */
  branch?: boolean;
  /** Project suffixes that also end common phrases (自助餐厅, 研究服务平台): the head must hold a place or a proper
   *  name. */
  properHead?: boolean;
  /** Organization suffixes of a zone's or place's committee (党工委): before a post title (党工委书记) the post is the
   *  zone's, and the committee is no entity of its own there. */
  notBeforeTitle?: boolean;
  /** Organization suffixes of a working group (调研组, 领导小组): named only by the body or the level that forms it
   *  (省统计局调研组, 中央某某协调小组), and run on from a body written right before it. */
  group?: boolean;
  /** Park suffixes too common to end a name (园区): read only bare, as a reference to the report's park. */
  referenceOnly?: boolean;
}

export interface WordTable {
  name: string;
  about: string;
  kind?: EntityKind;
  /** How the table is read: the longest entry that matches (a trie), or the first in order that ends a name. */
  order: 'longest' | 'first-suffix';
  /** Suffix tables: the fewest characters a name's head needs before the suffix. */
  minHead?: number;
  entries: WordEntry[];
}

/** What the code reading a file expects of each table: the attributes every entry must carry, and the table's own. */
export type TableSpec = Record<string, { required?: ReadonlyArray<keyof Omit<WordEntry, 'word'>>; minHead?: boolean }>;

const ATTRIBUTES = [
  'rank',
  'registered',
  'tier',
  'placeNamed',
  'levelNamed',
  'branch',
  'properHead',
  'notBeforeTitle',
  'group',
  'referenceOnly',
] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkKind(file: string, table: string, kind: unknown, entry?: string): EntityKind {
  if (typeof kind !== 'string' || !(ENTITY_KINDS as readonly string[]).includes(kind)) {
    throw new RuleError(
      file,
      table,
      entry,
      `unknown entity kind ${JSON.stringify(kind)} (kinds: ${ENTITY_KINDS.join(', ')})`,
    );
  }
  return kind as EntityKind;
}

/** The text a word is matched against is normalized (simplified, full-width folded): a word that normalization
 *  would change can never be found in it. */
function checkMatchable(file: string, table: string, word: string): void {
  if (word.trim() === '') throw new RuleError(file, table, word, 'empty: it can never match');
  if (word !== word.trim()) throw new RuleError(file, table, word, 'has surrounding spaces: it can never match');
  const normalized = normalizeLine(word);
  if (normalized !== word) {
    throw new RuleError(file, table, word, `texts are normalized to «${normalized}», so it can never match as written`);
  }
}

function parseEntry(file: string, table: string, raw: unknown): WordEntry {
  if (typeof raw === 'string') return { word: raw };
  if (!isObject(raw) || typeof raw.word !== 'string') {
    throw new RuleError(file, table, undefined, `an entry must be a word or {"word": …}, got ${JSON.stringify(raw)}`);
  }
  const entry: WordEntry = { word: raw.word };
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'word') continue;
    if (key === 'rank' && Number.isInteger(value) && (value as number) > 0) entry.rank = value as number;
    else if (key === 'registered' && typeof value === 'boolean') entry.registered = value;
    else if (key === 'placeNamed' && typeof value === 'boolean') entry.placeNamed = value;
    else if (key === 'levelNamed' && typeof value === 'boolean') entry.levelNamed = value;
    else if (key === 'branch' && typeof value === 'boolean') entry.branch = value;
    else if (key === 'properHead' && typeof value === 'boolean') entry.properHead = value;
    else if (key === 'notBeforeTitle' && typeof value === 'boolean') entry.notBeforeTitle = value;
    else if (key === 'group' && typeof value === 'boolean') entry.group = value;
    else if (key === 'referenceOnly' && typeof value === 'boolean') entry.referenceOnly = value;
    else if (key === 'tier' && (INDUSTRY_TIERS as readonly unknown[]).includes(value))
      entry.tier = value as IndustryTier;
    else if (!(ATTRIBUTES as readonly string[]).includes(key)) {
      throw new RuleError(file, table, raw.word, `unknown attribute "${key}" (attributes: ${ATTRIBUTES.join(', ')})`);
    } else throw new RuleError(file, table, raw.word, `invalid ${key} ${JSON.stringify(value)}`);
  }
  return entry;
}

function parseTable(file: string, name: string, raw: unknown, spec: TableSpec[string]): WordTable {
  if (!isObject(raw) || !Array.isArray(raw.entries)) {
    throw new RuleError(file, name, undefined, 'a table is {"about": …, "entries": […]}');
  }
  if (typeof raw.about !== 'string' || !raw.about) {
    throw new RuleError(file, name, undefined, 'says nothing "about" what it is for');
  }
  const order = raw.order ?? 'longest';
  if (order !== 'longest' && order !== 'first-suffix') {
    throw new RuleError(file, name, undefined, `unknown order ${JSON.stringify(order)} (longest, first-suffix)`);
  }
  const kind = raw.kind === undefined ? undefined : checkKind(file, name, raw.kind);
  const minHead = raw.minHead;
  if (spec.minHead && !(Number.isInteger(minHead) && (minHead as number) > 0)) {
    throw new RuleError(
      file,
      name,
      undefined,
      `needs a minHead (a positive whole number), got ${JSON.stringify(minHead)}`,
    );
  }
  const entries: WordEntry[] = [];
  const seen = new Set<string>();
  for (const item of raw.entries) {
    const entry = parseEntry(file, name, item);
    checkMatchable(file, name, entry.word);
    if (seen.has(entry.word)) throw new RuleError(file, name, entry.word, 'listed twice');
    seen.add(entry.word);
    for (const attribute of spec.required ?? []) {
      if (entry[attribute] === undefined) throw new RuleError(file, name, entry.word, `needs a ${attribute}`);
    }
    if (order === 'first-suffix') {
      // Read in order, an earlier entry that ends this one ends every name this one ends: this one never wins.
      const earlier = entries.find((e) => entry.word.endsWith(e.word));
      if (earlier) {
        throw new RuleError(
          file,
          name,
          entry.word,
          `can never match: the earlier «${earlier.word}» ends every name it ends (list longer suffixes first)`,
        );
      }
    }
    entries.push(entry);
  }
  return { name, about: raw.about, kind, order, ...(spec.minHead && { minHead: minHead as number }), entries };
}

/** A file of word tables ({"about", "tables": {name: table}}), checked against what the code expects of it. */
export function validateWordTables(file: string, raw: unknown, spec: TableSpec): Record<string, WordTable> {
  if (!isObject(raw) || !isObject(raw.tables))
    throw new RuleError(file, '(file)', undefined, 'expected {"tables": {…}}');
  const tables: Record<string, WordTable> = {};
  for (const name of Object.keys(raw.tables)) {
    if (!(name in spec)) {
      throw new RuleError(file, name, undefined, `no recognizer reads it (tables: ${Object.keys(spec).join(', ')})`);
    }
  }
  for (const [name, tableSpec] of Object.entries(spec)) {
    if (!(name in raw.tables)) throw new RuleError(file, name, undefined, 'missing');
    tables[name] = parseTable(file, name, raw.tables[name], tableSpec);
  }
  // One word, one kind: a suffix under two kinds would make the kind of a name depend on table order.
  const kindOf = new Map<string, WordTable>();
  for (const table of Object.values(tables)) {
    if (!table.kind) continue;
    for (const { word } of table.entries) {
      const other = kindOf.get(word);
      if (other && other.kind !== table.kind) {
        throw new RuleError(
          file,
          table.name,
          word,
          `listed under two kinds: ${other.kind} (table ${other.name}) and ${table.kind}`,
        );
      }
      kindOf.set(word, table);
    }
  }
  return tables;
}

/** A pattern's source with its {FRAGMENT}s filled in, compiled; one that is empty or does not compile is an error. */
export function compilePattern(
  file: string,
  table: string,
  entry: string,
  source: unknown,
  fragments: Record<string, string>,
): RegExp {
  if (typeof source !== 'string' || source.trim() === '') {
    throw new RuleError(file, table, entry, 'empty pattern: it can never match');
  }
  const filled = source.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const fragment = fragments[name];
    if (fragment === undefined) throw new RuleError(file, table, entry, `unknown fragment {${name}}`);
    return fragment;
  });
  try {
    return new RegExp(filled);
  } catch (error) {
    throw new RuleError(file, table, entry, `pattern does not compile: ${(error as Error).message}`);
  }
}

/** A table of named numbers (priorities) holding exactly the names the code reads. */
export function validateNumbers<K extends string>(
  file: string,
  table: string,
  raw: unknown,
  names: readonly K[],
): Record<K, number> {
  if (!isObject(raw)) throw new RuleError(file, table, undefined, 'expected {name: number}');
  for (const key of Object.keys(raw)) {
    if (!(names as readonly string[]).includes(key)) {
      throw new RuleError(file, table, key, `no recognizer reads it (names: ${names.join(', ')})`);
    }
  }
  const out = {} as Record<K, number>;
  for (const name of names) {
    const value = raw[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new RuleError(file, table, name, 'needs a number');
    out[name] = value;
  }
  return out;
}
