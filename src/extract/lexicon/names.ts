// Name grammar: the suffixes that end proper names of each kind, and the words that bound them on the left.
// The words are data (rules/suffixes.json, rules/boundaries.json, checked when loaded); this is how code reads them.
import type { EntityKind } from '../../ontology/model.ts';
import { RULES, wordsOf } from '../rules/index.ts';

const { suffixes, boundaries } = RULES;

/** Park suffixes with their rank, larger zones first: a zone ranks above the parks inside it. */
export const PARK_SUFFIXES: ReadonlyArray<readonly [string, number]> = suffixes.park.entries.map((e) => [
  e.word,
  e.rank!,
]);

/** Registered company forms: the names before them run long (滨江新华辰控股集团有限公司). */
export const REGISTERED_COMPANY_SUFFIXES = suffixes.company.entries.filter((e) => e.registered).map((e) => e.word);
export const COMPANY_SUFFIXES = wordsOf(suffixes.company);
export const ORGANIZATION_SUFFIXES = wordsOf(suffixes.organization);
export const PROJECT_SUFFIXES = wordsOf(suffixes.project);
/** How a place's own government or Party committee is named (某省政府, 某县人民政府, 某市委): the body stands for the
 *  place, in posts (某县政府|副县长 → 某县) and as a place the report names (某省政府 → 某省). */
export const PLACE_ORGAN = /(?:人民政府|政府|党委|[省市县区州旗盟]委)$/;

/** Product and trade words that end a company's short name (华辰新材料) but also ordinary phrases: trusted only
 *  before a project word (…一期, …项目) or inside a list of companies. */
export const WEAK_COMPANY_SUFFIXES = wordsOf(suffixes.weakCompany);

/** Suffixes of each kind in one table, for classifying an item by its own grammar. */
export const SUFFIXES_BY_KIND: ReadonlyArray<readonly [EntityKind, readonly string[]]> = [
  suffixes.park,
  suffixes.company,
  suffixes.project,
  suffixes.organization,
].map((table) => [table.kind!, wordsOf(table)] as const);

/** Determiners and levels that precede a name without being part of it: 全市首个|青年人才驿站服务中心. */
export const LEADING_QUALIFIERS = wordsOf(boundaries.leadingQualifiers);

/** Words that describe a kind of thing without naming one: 省级|特色|园区. A head of nothing else is not a name. */
export const DESCRIPTIVE_WORDS = wordsOf(boundaries.descriptiveWords);

/** Words that end a name on its left: verbs and prepositions that introduce names in this genre. */
export const LEFT_STOP_WORDS = wordsOf(boundaries.leftStopWords);

/** Verbs that end even a registered company's name on its left (来到|某某有限公司). */
export const VISIT_VERBS = wordsOf(boundaries.visitVerbs);
