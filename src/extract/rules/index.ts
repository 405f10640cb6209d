// The extractor's rule data: the JSON files in rules/ (suffixes, boundary words, industries, list types,
// priorities), read once and checked (validate.ts) when extraction is first loaded. Recognizers read the
// tables from here; adding a word or a pattern is an edit of the data, not of the code (README: How to add a rule).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityKind } from '../../ontology/model.ts';
import {
  checkKind,
  compilePattern,
  RuleError,
  validateNumbers,
  validateWordTables,
  type TableSpec,
  type WordTable,
} from './validate.ts';

export { RuleError } from './validate.ts';

/** rules/ at the package root, reached alike from src/extract/rules/ and dist/extract/rules/. */
export const RULES_DIR = fileURLToPath(new URL('../../../rules/', import.meta.url));

export const LIST_TYPES = ['industry', 'project', 'enterprise', 'company', 'organization', 'platform', 'park'] as const;
export type ListType = (typeof LIST_TYPES)[number];

export const PRIORITY_NAMES = [
  'titledPerson',
  'quoted',
  'suffixName',
  'person',
  'industry',
  'region',
  'regionShort',
  'reference',
] as const;
export type PriorityName = (typeof PRIORITY_NAMES)[number];

export const SUFFIX_TABLES = {
  park: { required: ['rank'], minHead: true },
  company: { minHead: true },
  project: { minHead: true },
  organization: { minHead: true },
  weakCompany: {},
  wordContinues: {},
} as const satisfies TableSpec;
export const BOUNDARY_TABLES = {
  leadingQualifiers: {},
  descriptiveWords: {},
  leftStopWords: {},
  visitVerbs: {},
} as const satisfies TableSpec;
export const INDUSTRY_TABLES = {
  terms: {},
  headOnly: {},
  tiers: { required: ['tier'] },
  genericWords: {},
  activities: {},
} as const satisfies TableSpec;
export const PARTNERSHIP_TABLES = {
  schemeHeads: {},
  pairedDirections: {},
  cooperationVerbs: {},
  pairing: {},
  aidVerbs: {},
} as const satisfies TableSpec;

export interface ListTypeRule {
  type: ListType;
  kind: EntityKind;
  /** Matched against the text right after a list's last item. */
  tail: RegExp;
}

export interface RuleSet {
  suffixes: Record<keyof typeof SUFFIX_TABLES, WordTable>;
  boundaries: Record<keyof typeof BOUNDARY_TABLES, WordTable>;
  industries: Record<keyof typeof INDUSTRY_TABLES, WordTable>;
  partnerships: Record<keyof typeof PARTNERSHIP_TABLES, WordTable>;
  /** In order: the first whose tail matches gives the list's type. */
  listTypes: ListTypeRule[];
  /** The count the list tails write as {COUNT} (三大, 2个, 4户): lists.ts ends a list's last item at one too. */
  listCount: string;
  priorities: Record<PriorityName, number>;
}

/** The rule files' contents, by file name (suffixes.json, …), as parsed JSON. */
export type RawRules = Record<
  'suffixes' | 'boundaries' | 'industries' | 'partnerships' | 'lists' | 'priorities',
  unknown
>;

function validateLists(file: string, raw: unknown): ListTypeRule[] {
  const body = raw as { fragments?: unknown; listTypes?: unknown } | null;
  if (!body || !Array.isArray(body.listTypes)) throw new RuleError(file, 'listTypes', undefined, 'expected a list');
  const fragments = (body.fragments ?? {}) as Record<string, string>;
  const rules: ListTypeRule[] = [];
  for (const item of body.listTypes as Array<Record<string, unknown>>) {
    const type = item?.type;
    if (typeof type !== 'string' || !(LIST_TYPES as readonly string[]).includes(type)) {
      throw new RuleError(file, 'listTypes', String(type), `unknown list type (types: ${LIST_TYPES.join(', ')})`);
    }
    if (rules.some((r) => r.type === type)) throw new RuleError(file, 'listTypes', type, 'listed twice');
    rules.push({
      type: type as ListType,
      kind: checkKind(file, 'listTypes', item.kind, type),
      tail: compilePattern(file, 'listTypes', type, item.tail, fragments),
    });
  }
  for (const type of LIST_TYPES) {
    if (!rules.some((r) => r.type === type)) throw new RuleError(file, 'listTypes', type, 'missing');
  }
  return rules;
}

/** The {COUNT} fragment of the list rules, as a pattern source (a missing or broken one is a RuleError). */
function listCount(file: string, raw: unknown): string {
  const fragments = ((raw as { fragments?: unknown } | null)?.fragments ?? {}) as Record<string, string>;
  return compilePattern(file, 'fragments', 'COUNT', '{COUNT}', fragments).source;
}

/** Checks parsed rule files and gives the tables recognizers read; throws RuleError naming the first problem. */
export function validateRules(raw: RawRules): RuleSet {
  const priorities = (raw.priorities as { priorities?: unknown } | null)?.priorities;
  return {
    suffixes: validateWordTables('rules/suffixes.json', raw.suffixes, SUFFIX_TABLES),
    boundaries: validateWordTables('rules/boundaries.json', raw.boundaries, BOUNDARY_TABLES),
    industries: validateWordTables('rules/industries.json', raw.industries, INDUSTRY_TABLES),
    partnerships: validateWordTables('rules/partnerships.json', raw.partnerships, PARTNERSHIP_TABLES),
    listTypes: validateLists('rules/lists.json', raw.lists),
    listCount: listCount('rules/lists.json', raw.lists),
    priorities: validateNumbers('rules/priorities.json', 'priorities', priorities, PRIORITY_NAMES),
  };
}

/** Reads and parses the rule files in `dir`; a missing or malformed file is a RuleError naming it. */
export function readRules(dir = RULES_DIR): RawRules {
  const read = (name: keyof RawRules): unknown => {
    const file = `rules/${name}.json`;
    let text: string;
    try {
      text = readFileSync(`${dir}/${name}.json`, 'utf8');
    } catch (error) {
      throw new RuleError(file, '(file)', undefined, `cannot be read: ${(error as Error).message}`);
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new RuleError(file, '(file)', undefined, `is not valid JSON: ${(error as Error).message}`);
    }
  };
  return {
    suffixes: read('suffixes'),
    boundaries: read('boundaries'),
    industries: read('industries'),
    partnerships: read('partnerships'),
    lists: read('lists'),
    priorities: read('priorities'),
  };
}

/** The shipped rules, checked once when extraction is loaded. */
export const RULES: RuleSet = validateRules(readRules());

/** The words of a table, in order. */
export const wordsOf = (table: WordTable): string[] => table.entries.map((e) => e.word);
