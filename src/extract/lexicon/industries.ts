// Industry and sector terms used in Chinese industrial policy (general vocabulary), and tier words. The words are
// data (rules/industries.json, checked when loaded); this is how code reads them.
import type { IndustryTier } from '../../ontology/model.ts';
import { RULES, wordsOf } from '../rules/index.ts';
import { Trie } from './trie.ts';

const { industries } = RULES;

/** Terms that name a product or a technology as often as a sector (芯片, 无人机): an industry only where 产业 or 行业
 *  closes them or another sector stands beside them in a list (entities/industries.ts). */
export const HEAD_ONLY_INDUSTRIES: ReadonlySet<string> = new Set(wordsOf(industries.headOnly));
export const INDUSTRY_TERMS: readonly string[] = [...wordsOf(industries.terms), ...HEAD_ONLY_INDUSTRIES];
/** The terms as a set, for the checks whether a word is one. */
export const INDUSTRY_SET: ReadonlySet<string> = new Set(INDUSTRY_TERMS);
/** The terms as a trie, built once for the recognizer and the name walks that look for them in a text. */
export const INDUSTRY_TRIE = new Trie<true>(INDUSTRY_TERMS.map((term) => [term, true] as const));

/** Tier words (ONTOLOGY: 主导, 先导, 新兴) as they qualify 产业 in policy prose. */
export const TIER_WORDS: ReadonlyArray<readonly [string, IndustryTier]> = industries.tiers.entries.map((e) => [
  e.word,
  e.tier!,
]);

/** Words that qualify 产业 without naming one (传统产业, 特色产业): never an industry's name. */
export const GENERIC_INDUSTRY_WORDS: ReadonlySet<string> = new Set(wordsOf(industries.genericWords));

/** The activities of any trade (生产, 加工, 服务): no industry named bare, though one may be named with them. */
export const ACTIVITY_WORDS: ReadonlySet<string> = new Set(wordsOf(industries.activities));
