// The suffix table that names end with (宿城|经济开发区, 箭鹿|集团), and what a head before a suffix is made of.
import type { EntityKind } from '../../ontology/model.ts';
import {
  PARK_SUFFIXES,
  REGISTERED_COMPANY_SUFFIXES,
  SUFFIXES_BY_KIND,
  WEAK_COMPANY_SUFFIXES,
} from '../lexicon/names.ts';
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { Trie } from '../lexicon/trie.ts';
import { RULES } from '../rules/index.ts';
import { regionTrie } from './regions.ts';

export interface Suffix {
  kind: EntityKind;
  suffix: string;
}

/** 项目 ends no name of its own, but after a company's short name it marks one: 华辰科技|项目. */
export const PROJECT_WORD: Suffix = { kind: 'Project', suffix: '项目' };
const SUFFIX_ENTRIES: readonly (readonly [string, Suffix])[] = [
  ...SUFFIXES_BY_KIND.flatMap(([kind, suffixes]) => suffixes.map((suffix) => [suffix, { kind, suffix }] as const)),
  ['项目', PROJECT_WORD],
];
export const SUFFIX_TRIE = new Trie<Suffix>(SUFFIX_ENTRIES);
/** Every name here ends with a suffix of the table: a sentence holding none needs no call. */
export const SUFFIX_NAME_TRIGGERS: readonly string[] = SUFFIX_ENTRIES.map(([suffix]) => suffix);
export const PARK_RANK = new Map(PARK_SUFFIXES);
/** The rank of zones (开发区, 高新区, 综合保税区), above the parks inside them. */
export const ZONE_RANK = 3;
export const REGISTERED = new Set(REGISTERED_COMPANY_SUFFIXES);
/** The rank of the park suffix that ends `name` (3 zones, 2 large parks, 1 parks; 3 when none does). */
export const parkRank = (name: string) =>
  PARK_RANK.get(SUFFIX_TRIE.longestEndingAt(name, name.length, 10)?.value.suffix ?? '') ?? 3;
export const WEAK_COMPANY = new Trie<true>(WEAK_COMPANY_SUFFIXES.map((s) => [s, true] as const));

/** What after a suffix makes it part of a longer word (集团化, 中心城市, 公司制). */
const WORD_CONTINUES = new Trie<true>(RULES.suffixes.wordContinues.entries.map((e) => [e.word, true] as const));
export const continuesWord = (text: string, end: number) => WORD_CONTINUES.longestAt(text, end) !== undefined;
/** The fewest characters a name's head needs before a suffix of each kind. */
export const MIN_HEAD = new Map(
  (['park', 'company', 'project', 'organization'] as const).map((t) => [
    RULES.suffixes[t].kind!,
    RULES.suffixes[t].minHead!,
  ]),
);

/** A plant's suffix (工厂, 分厂, 厂): a company's only after its registered name (某某股份有限公司滨海厂). */
export const PLANT = /厂$/;
/** A unit's suffix (事业部, 经营部, 分部, 货运中心): a company's only right after the company or its branch, which names
 *  whose unit it is; alone it is a kind (事业部) or another body's part. */
export const UNIT = /(?:事业部|经营部|分部|货运中心)$/;
/** What every registered company's form holds (…有限公司, …有限责任公司, …股份有限公司). */
export const REGISTERED_FORM = /有限(?:责任)?公司/;

/** The kind whose suffix ends `name`, if any (used to classify list items by their own grammar). */
export function kindBySuffix(name: string): Suffix | undefined {
  const m = SUFFIX_TRIE.longestEndingAt(name, name.length, 10);
  // A plant (…厂) names a company only after its registered name (某某股份有限公司滨海厂): 主粮工厂, 船厂 are kinds.
  if (m && m.value.kind === 'Company' && PLANT.test(m.value.suffix) && !REGISTERED_FORM.test(name)) return undefined;
  return m?.value === PROJECT_WORD ? undefined : m?.value;
}

/** True when `head` ends with a product word that makes it a company's short name (瑞丰新材料). */
export function endsWithCompanyWord(head: string): boolean {
  return head.length >= 3 && WEAK_COMPANY.longestEndingAt(head, head.length, 4) !== undefined;
}

/** A Latin brand (BYD, SAP, Bosch): two or more capitals, not an acronym of the genre (GDP, CEO, APP, 5G). */
const LATIN_BRAND = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&]{1,14}$/;
const ACRONYMS = new Set(
  'GDP CPI PPI CEO CFO CTO APP AI IT IP VR AR XR PPP EPC GMP ISO LED OLED PCB IC ICT ESG IPO QFLP EOD BIM CBD RCEP WTO APEC AAAA AAAAA MW GW KW'.split(
    ' ',
  ),
);
export const isLatinBrand = (name: string) => LATIN_BRAND.test(name) && !ACRONYMS.has(name.toUpperCase());
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'nt', 'j']);

/** True when a name's head is no common word: it holds a proper noun or characters jieba cannot join. */
export function looksProper(head: string): boolean {
  const words = segment(head);
  const loose = words.filter((word) => word.length === 1 && /\p{Script=Han}/u.test(word)).length;
  return loose >= 2 || words.some((word) => PROPER_TAGS.has(tagOf(word)));
}

/** Zones (开发区, 高新区) are named after places: their head holds a place or a proper name. */
export function namesAPlace(head: string): boolean {
  for (let i = 0; i < head.length; i++) if (regionTrie().longestAt(head, i)) return true;
  return segment(head).some((word) => PROPER_TAGS.has(tagOf(word)));
}
