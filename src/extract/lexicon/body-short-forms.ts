// The short forms local government bodies go by (发展和改革委员会 → 发改委): general knowledge of the genre, like the
// gazetteer. A report names a body in full once and by its short form after (湖州市发展和改革委员会 … 市发改委).
import { LEVEL_WORD, regionForms } from './regions.ts';
import { STATE_BODIES } from './state-bodies.ts';

/** Each department's full name, then the short forms that stand for it. */
const DEPARTMENTS: readonly (readonly string[])[] = [
  ['发展和改革委员会', '发展改革委', '发改委'],
  ['发展和改革局', '发展改革局', '发改局'],
  ['工业和信息化局', '工信局'],
  ['工业和信息化厅', '工信厅'],
  ['经济和信息化局', '经信局'],
  ['经济和信息化厅', '经信厅'],
  ['人力资源和社会保障局', '人力资源社会保障局', '人社局'],
  ['人力资源和社会保障厅', '人力资源社会保障厅', '人社厅'],
  ['住房和城乡建设局', '住房城乡建设局', '住建局'],
  ['住房和城乡建设厅', '住房城乡建设厅', '住建厅'],
  ['科学技术局', '科技局'],
  ['科学技术厅', '科技厅'],
  ['市场监督管理局', '市场监管局'],
  ['卫生健康委员会', '卫生健康委', '卫健委'],
  ['文化和旅游局', '文化旅游局', '文旅局'],
  ['文化和旅游厅', '文化旅游厅', '文旅厅'],
  ['文化广电和旅游局', '文广旅局'],
  ['投资促进局', '投促局'],
  ['国有资产监督管理委员会', '国资委'],
  ['人民政府', '政府'],
  ['人民代表大会常务委员会', '人大常委会'],
  ['人民检察院', '检察院'],
  ['人民法院', '法院'],
  ['人民武装部', '人武部'],
  ['人民政府办公室', '政府办公室', '政府办'],
  ['医疗保障局', '医保局'],
  ['生态环境局', '环保局'],
  ['自然资源和规划局', '自然资源规划局'],
];

/** Each short form's full names (a short form may stand for one department only; listed once). */
export const FULL_NAMES_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [full, ...shorts] of DEPARTMENTS)
    for (const short of shorts) map.set(short, [...(map.get(short) ?? []), full!]);
  return map;
})();

/** A short ending and the one official ending it stands for, longest first; a zone's committee (管委会) too. */
const OFFICIAL_ENDINGS: readonly (readonly [short: string, full: string])[] = [
  ...[...FULL_NAMES_OF].flatMap(([short, fulls]) => (fulls.length === 1 ? [[short, fulls[0]!] as const] : [])),
  ['管委会', '管理委员会'] as const,
].sort((a, b) => b[0].length - a[0].length);

/** The country's name before a central body's (中国商务部, 中华人民共和国商务部): the body is 商务部 either way. */
const COUNTRY_OPENING = /^(?:中华人民共和国|中国)/;

/**
 * One name for every official spelling of a body: a central body by the lexicon's name (党中央 → 中共中央, 国家发改委
 * → 国家发展改革委, 中国商务部 → 商务部), a place's department by its official ending (滨江县发改委 → 滨江县发展和改革委员会,
 * 滨江高新区管委会 → 滨江高新区管理委员会), also one named by its level word alone (省发改委 → 省发展和改革委员会).
 * Idempotent.
 */
export function officialBodyName(name: string): string {
  const central = (STATE_BODIES.get(name) ?? STATE_BODIES.get(name.replace(COUNTRY_OPENING, '')))?.name;
  if (central) return central;
  const ending = OFFICIAL_ENDINGS.find(([short, full]) => name.endsWith(short) && !name.endsWith(full));
  if (!ending) return name;
  const head = name.slice(0, -ending[0].length);
  return head === '' ? name : head + ending[1];
}

/** A level word opening a name (省委, 自治区党委宣传部, 县城投公司). */
const LEVEL_OPENING = new RegExp(`^(?:${LEVEL_WORD.source}|地区|[盟乡镇])`);
/** Words that open with a level's character and name no level: 市场监管局, 市政工程处 (but 市|政府, 市|政协), 区域…,
 *  乡村…, 县级…. */
const WORD_OPENING =
  /^(?:[省市县区乡镇州]级|市场|市政(?![府协])|市县|省市|省部|区域|县域|县乡|乡村|乡镇|镇村|州际|旗舰|旗下)/;

/**
 * Is this a body named by its level word alone (省政府, 市委宣传部, 县人民法院, 县城投公司)? The same words name a different
 * body in every report's place. Not a name that opens with a place whose own name starts with a level's character
 * (镇江市政府, 市中区人民法院), nor with a word that does (市场监督管理局).
 */
export function namedByLevelAlone(name: string): boolean {
  const level = LEVEL_OPENING.exec(name)?.[0];
  if (!level || name.length === level.length || WORD_OPENING.test(name)) return false;
  const forms = regionForms();
  for (let end = 2; end <= Math.min(name.length - 1, 8); end++) if (forms.has(name.slice(0, end))) return false;
  return true;
}
