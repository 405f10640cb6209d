// Names, the one place the API and the extractor agree on them: a query is folded exactly as the names in the graph
// were (the extractor's normalization: Traditional → Simplified, full-width folded, whitespace collapsed), and a
// Chinese short form ("XY园区" for "XY工业园区") is recognized by the generic ending it keeps. The API reaches names
// through here, never into the extractor.
import { namedByLevelAlone } from './extract/lexicon/body-short-forms.ts';

export { normalizeName } from './extract/normalize.ts';
/** A body's one official name for all its spellings (党中央 = 中共中央, 某县发改委 = 某县发展和改革委员会): what the graph
 *  keys a body's node by, and what the identity measure joins gold spellings by. */
export { officialBodyName } from './extract/lexicon/body-short-forms.ts';
/** A name with the places that open it written one way (中共河南省周口市委 → 周口市委): for identity keys. */
export { placesFolded } from './extract/lexicon/regions.ts';

/** Kinds whose names may open with a level word alone (省政府, 县城投公司). */
const LEVEL_NAMED_KINDS: ReadonlySet<string> = new Set(['Organization', 'Company']);
/** Generic endings of park names, each before any ending it holds (经济开发区 before 开发区). */
const PARK_ENDINGS = [
  '高新技术产业开发区',
  '经济技术开发区',
  '经济开发区',
  '高新区',
  '开发区',
  '工业园区',
  '产业园区',
  '工业园',
  '产业园',
  '园区',
  '新区',
];
/** Kinds of zone that name no park's place either (经开区, 综合保税区, 自贸区). */
const ZONE_KINDS = ['经开区', '综合保税区', '保税区', '自由贸易试验区', '自贸试验区', '自贸区'];
/** A park named by its kind alone (经济技术开发区, 高新区, 园区): the report's own park, whichever it is. */
const PARK_KIND_ALONE = new RegExp(
  `^(?:国家级|省级|市级|县级|区级)?(?:${[...PARK_ENDINGS, ...ZONE_KINDS].join('|')})$`,
);

/** Is an entity named only as its report's place or park gives it meaning: a body by its level word alone (省政府,
 *  市委宣传部, 县城投公司), a park by its kind alone (经济技术开发区)? The same words name another one in each report:
 *  only its report knows which. `name` is canonical. */
export function namedInReportOnly(kind: string, name: string): boolean {
  if (kind === 'Park') return PARK_KIND_ALONE.test(name);
  return LEVEL_NAMED_KINDS.has(kind) && namedByLevelAlone(name);
}

/** Generic endings of park and company names, each before any ending it holds. */
const GENERIC_ENDINGS = [...PARK_ENDINGS, '集团', '有限公司', '公司'];

/** The head of a short form: the query without its generic ending, when that leaves at least two characters. */
export function shortFormHead(query: string): string | undefined {
  const ending = GENERIC_ENDINGS.find((end) => query.endsWith(end) && query.length - end.length >= 2);
  return ending ? query.slice(0, -ending.length) : undefined;
}

/** Whether every character of `query` occurs in `name`, in order (a short form drops characters, never reorders). */
export function containsInOrder(name: string, query: string): boolean {
  let at = 0;
  for (const char of query) {
    at = name.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}
