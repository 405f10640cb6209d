// One entity per real name within a report: short forms merge into the long name they stand for.
import { FULL_NAMES_OF } from '../lexicon/body-short-forms.ts';
import { regionByName } from '../lexicon/regions.ts';
import { regionTrie } from './regions.ts';
import { PARK_RANK } from './suffix-table.ts';
import type { RecognizedEntity, RecognizedReport } from './report.ts';

/** Merges entities whose names are short forms of another's: 滨海经济开发区 in 江苏滨海经济开发区,
 *  梁溪区人民政府 in 无锡市梁溪区人民政府, “1+3”联动发展 in “1+3”共建园区联动发展, 华瑞达年 beside 华瑞达新能源. */
export function mergeShortForms(report: RecognizedReport): RecognizedReport {
  const { entities } = report;
  const target = entities.map((_, i) => i);
  const find = (i: number): number => (target[i] === i ? i : (target[i] = find(target[i]!)));
  // Candidate short forms of each entity, looked up instead of compared pairwise (reports can be long):
  // its name's tails, and for partnerships and companies a shared opening.
  const byKey = new Map<string, number[]>();
  const keysOf = (e: RecognizedEntity): string[] => {
    const core = numberedCore(e.name);
    return [
      `${e.kind}:${e.name}`,
      ...(core ? [`core:${core}`] : []),
      `brand:${e.kind}:${e.name.slice(0, 3)}`,
      ...(e.kind === 'Company' && placePrefixLength(e.name)
        ? [`place:${e.name.slice(0, placePrefixLength(e.name))}`]
        : []),
      ...(e.kind === 'Organization' ? departmentKeys(e.name) : []),
      ...(e.kind === 'Park' ? parkKeys(e.name).map((key) => `zone:${key}`) : []),
      ...(e.kind === 'Company' ? [`stem:${brandStem(e.name)}`] : []),
      ...(placePrefixLength(e.name) ? [`rest:${e.kind}:${e.name.slice(placePrefixLength(e.name))}`] : []),
    ];
  };
  entities.forEach((e, i) => {
    for (const key of keysOf(e)) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const longForms: number[][] = [];
  entities.forEach((long, j) => {
    const candidates = new Set<number>(byKey.get(`brand:${long.kind}:${long.name.slice(0, 3)}`) ?? []);
    if (long.kind === 'Company' && placePrefixLength(long.name))
      for (const i of byKey.get(`place:${long.name.slice(0, placePrefixLength(long.name))}`) ?? []) candidates.add(i);
    if (long.kind === 'Company') for (const i of byKey.get(`stem:${brandStem(long.name)}`) ?? []) candidates.add(i);
    const place = placePrefixLength(long.name);
    if (place) for (const i of byKey.get(`rest:${long.kind}:${long.name.slice(place)}`) ?? []) candidates.add(i);
    const core = numberedCore(long.name);
    for (const i of core ? (byKey.get(`core:${core}`) ?? []) : []) candidates.add(i);
    if (long.kind === 'Park') for (const i of byKey.get(`zone:${zoneKey(long.name)}`) ?? []) candidates.add(i);
    if (long.kind === 'Partnership')
      for (const i of byKey.get(`Partnership:${withoutPairing(long.name)}`) ?? []) candidates.add(i);
    if (long.kind === 'Project' || long.kind === 'Industry')
      for (const alias of long.aliases) for (const i of byKey.get(`${long.kind}:${alias}`) ?? []) candidates.add(i);
    if (long.kind === 'Industry' && long.name.endsWith('产业'))
      for (const i of byKey.get(`Industry:${sectorBy业(long.name)}`) ?? []) candidates.add(i);
    for (let cut = 1; cut < long.name.length; cut++) {
      for (const i of byKey.get(`${long.kind}:${long.name.slice(cut)}`) ?? []) candidates.add(i);
      // …and the department it names, by the owner's name or its level word (市发改委 for 湖州市发展和改革委员会).
      const owner = long.name.slice(0, cut);
      for (const key of [`dept:${owner}|${long.name.slice(cut)}`, `dept:${owner.at(-1)}|${long.name.slice(cut)}`])
        if (long.kind === 'Organization') for (const i of byKey.get(key) ?? []) candidates.add(i);
    }
    for (const i of candidates) {
      const short = entities[i]!;
      if (i !== j && short.kind === long.kind && short.name.length < long.name.length && isShortFormOf(short, long)) {
        longForms[i] = [...(longForms[i] ?? []), j];
      }
    }
  });
  // A short form joins its long form only when it stands for one name: the long forms it fits must be forms of one
  // another (华辰 in 华辰集团 and 滨江华辰集团), not two names that share its words (滨江县甲…公司, 滨江县乙…公司).
  longForms.forEach((longs, i) => {
    const widest = longs.filter((j) => !longs.some((k) => k !== j && isLongerForm(entities[j]!, entities[k]!)));
    if (widest.length !== 1) return;
    // …and all of them join the widest, which keeps the name.
    const root = find(widest[0]!);
    for (const j of [i, ...longs]) if (find(j) !== root) target[find(j)] = root;
  });
  // A company's or park's name another of its kind shows as a form of its own (华辰科技有限公司（以下简称华辰科技）)
  // is that entity. (An organization's aliases may hold its parent's name: 某科学院|某研究所.)
  const byName = new Map(entities.map((e, i) => [`${e.kind}:${e.name}`, i]));
  entities.forEach((long, j) => {
    if (long.kind !== 'Company' && long.kind !== 'Park') return;
    for (const alias of long.aliases) {
      const i = byName.get(`${long.kind}:${alias}`);
      if (i !== undefined && i !== j && find(i) !== find(j)) target[find(i)] = find(j);
    }
  });
  const kept = new Map<number, number>();
  const merged: RecognizedEntity[] = [];
  entities.forEach((e, i) => {
    const root = find(i);
    if (!kept.has(root))
      kept.set(root, merged.push({ ...entities[root]!, aliases: new Set(entities[root]!.aliases) }) - 1);
  });
  entities.forEach((e, i) => {
    const into = merged[kept.get(find(i))!]!;
    if (into.name !== e.name) into.aliases.add(e.name);
    for (const alias of e.aliases) if (alias !== into.name) into.aliases.add(alias);
  });
  return {
    ...report,
    entities: merged,
    mentions: report.mentions.map((m) => ({ ...m, entity: kept.get(find(m.entity))! })),
  };
}

/** The sector a name with 产业 is also named by with 业 (旅游产业 → 旅游业). */
const sectorBy业 = (name: string) => name.replace(/产业$/, '业');

/** A scheme's name without the 对口 of a pairing and its aid verb (甲乙对口合作 → 甲乙合作, 甲乙对口支援协作 →
 *  甲乙协作), the short form reports write it by. */
const withoutPairing = (name: string) => name.replace(/对口(?:支援|帮扶)?/, '');

/** The “1+5” that opens a numbered scheme's name: its short forms share it. */
function numberedCore(name: string): string | undefined {
  return /^[“"]\d+\+\d+[”"]/.exec(name)?.[0];
}

/** What a body's formal name opens with before the name it is also called by. */
const FORMAL_OPENERS = new Set(['中共', '国家']);

function isShortFormOf(short: RecognizedEntity, long: RecognizedEntity): boolean {
  if (short.kind === 'Partnership') {
    const core = numberedCore(short.name);
    if (core) return long.name.startsWith(core);
    // A signed agreement by its bare title: 合作备忘录 for 甲乙合作备忘录; a pairing without its 对口: 甲乙合作 for
    // 甲乙对口合作.
    if (withoutPairing(long.name) === short.name) return true;
    return /(?:备忘录|协议)$/.test(short.name) && long.name.endsWith(short.name);
  }
  // A project without the company its full name opens with (某某有限公司|年产…项目), an industry without the quality
  // written in it (黄花产业 of 黄花特色产业): a form the long one was read with.
  if ((short.kind === 'Project' || short.kind === 'Industry') && long.aliases.has(short.name)) return true;
  // A sector named by 业 is the one named by 产业 (旅游业 for 旅游产业).
  if (short.kind === 'Industry' && short.name === sectorBy业(long.name)) return true;
  if (short.kind === 'Region' || short.kind === 'Official' || short.kind === 'Person' || short.kind === 'Industry')
    return false;
  // The same name with its place written short (辽宁|岚湾改革示范区 for 辽宁省|岚湾改革示范区).
  if (samePlaceWritten(short.name, long.name)) return true;
  if (long.name.endsWith(short.name)) {
    // What the long form adds must be places: 江苏|滨海经济开发区, 无锡市|梁溪区人民政府; or the level word a
    // report puts before its own bodies: 区|文旅集团; or the Party's or the state's name a body's formal name opens
    // with: 中共|某市委, 国家|商务部电子商务司.
    const prefix = long.name.slice(0, long.name.length - short.name.length);
    if (isPlacePrefix(prefix) || LEVEL_WORDS.has(prefix) || FORMAL_OPENERS.has(prefix)) return true;
  }
  if (short.kind === 'Park' && parkShortForm(short.name, long.name)) return true;
  // A zone's body named without the zone (某某片区管理局 for 某某实验区|某某片区管理局): what the long form adds is a zone.
  if (short.kind === 'Organization' && short.name.length >= 4 && long.name.endsWith(short.name)) {
    const zone = long.name.slice(0, long.name.length - short.name.length);
    if (ZONE_SUFFIXES.some((suffix) => zone.length - suffix.length >= 2 && zone.endsWith(suffix))) return true;
  }
  // A department by its usual short form: 湖州市发改委 or 市发改委 for 湖州市发展和改革委员会.
  if (short.kind === 'Organization' && long.kind === 'Organization' && departmentShortForm(short.name, long.name))
    return true;
  // A body named by its level word for the place or zone the long form names: 区经济发展局 for 滨江新区经济发展局.
  const level = short.name[0]!;
  const core = short.name.slice(1);
  if (LEVEL_WORDS.has(level) && core.length >= 2 && long.name.endsWith(core)) {
    const owner = long.name.slice(0, long.name.length - core.length);
    if (owner.length >= 3 && owner.endsWith(level)) return true;
  }
  // A company named by a shortened brand in the same report: 华瑞达年 beside 华瑞达新能源. The brand is what follows
  // the places a name opens with (滨江县|华辰农业开发有限公司), and a registered name is no one's short form.
  if (short.kind !== 'Company' || REGISTERED.test(short.name)) return false;
  // A group is no short form of its local company named after it (某某集团 for 某某集团|滨江制药有限公司), nor of a
  // unit company written after it (某某集团|运营公司; 某某集团|股份有限公司 is the group's registered name).
  if (
    /集团$/.test(short.name) &&
    long.name.startsWith(short.name) &&
    (regionTrie().longestAt(long.name, short.name.length) || UNIT_COMPANY.test(long.name.slice(short.name.length)))
  )
    return false;
  const brand = short.name.slice(placePrefixLength(short.name));
  // A company a report names by its place alone (滨江公司 for 滨江华辰科技有限公司).
  if (brand === '公司' || brand === '集团') return long.name.startsWith(short.name.slice(0, -brand.length));
  // …or by its brand and 公司 or 集团 (华辰公司 for 江苏华辰新能源科技有限公司, 睿达集团 for 睿达精工集团股份有限公司):
  // a 集团 only for a group.
  const kindWord = /(?:公司|集团)$/.exec(brand)?.[0];
  const longBrand = long.name.slice(placePrefixLength(long.name));
  if (kindWord && brand.length - kindWord.length >= 2)
    return longBrand.startsWith(brand.slice(0, -kindWord.length)) && long.name.includes(kindWord);
  return (
    brand.length >= 2 &&
    short.name.length >= 4 &&
    long.name.slice(placePrefixLength(long.name)).startsWith(brand.slice(0, 3))
  );
}

/** The first two characters of a company's brand, after the places its name opens with: the key its short forms
 *  share (华辰 for 江苏华辰新能源科技有限公司 and for 华辰新能源). */
function brandStem(name: string): string {
  return name.slice(placePrefixLength(name)).slice(0, 2);
}

/** A unit company's name after its group's: what it does and 公司 (运营公司), no legal form (股份有限公司). */
const UNIT_COMPANY = /^(?!.*(?:有限|股份))\p{Script=Han}{2,4}公司$/u;

/** A registered company's name: a name of its own, never the short form of another. */
const REGISTERED = /(?:有限公司|有限责任公司|股份公司)$/;

/** True when `a` is a longer form of `b` (a short form chain: 华辰集团 in 滨江华辰集团). */
function isLongerForm(b: RecognizedEntity, a: RecognizedEntity): boolean {
  return a.name.length > b.name.length && isShortFormOf(b, a);
}

/** placePrefixLength's answers by name: asked several times per entity and pair, each a search over the gazetteer.
 *  Bounded (emptied when full), so memory stays flat in corpus size. */
const placePrefixLengths = new Map<string, number>();
const REMEMBERED_NAMES = 20_000;

/** The length of the run of places a name opens with (滨江县|华辰…), 0 when none. */
export function placePrefixLength(name: string): number {
  let known = placePrefixLengths.get(name);
  if (known !== undefined) return known;
  known = 0;
  for (let len = Math.min(name.length - 1, 12); len >= 2; len--)
    if (isPlacePrefix(name.slice(0, len))) {
      known = len;
      break;
    }
  if (placePrefixLengths.size >= REMEMBERED_NAMES) placePrefixLengths.clear();
  placePrefixLengths.set(name, known);
  return known;
}

/** Whether two names differ only in how they write the one place they open with (辽宁 / 辽宁省). */
function samePlaceWritten(short: string, long: string): boolean {
  const s = placePrefixLength(short);
  const l = placePrefixLength(long);
  if (!s || !l || s >= l || short.slice(s) !== long.slice(l)) return false;
  const a = placeNamed(short.slice(0, s));
  return !!a && a === placeNamed(long.slice(0, l));
}

function placeNamed(prefix: string): string | undefined {
  return (regionByName(prefix) ?? regionByName(prefix + '省') ?? regionByName(prefix + '市'))?.name;
}

/** Words that stand for the report's own place before a body's name (区文旅集团, 县人民法院). */
const LEVEL_WORDS = new Set(['省', '市', '区', '县', '镇']);

function isPlacePrefix(prefix: string): boolean {
  if (!prefix) return false;
  for (let len = Math.min(prefix.length, 8); len >= 2; len--) {
    const region =
      regionByName(prefix.slice(0, len)) ??
      regionByName(prefix.slice(0, len) + '省') ??
      regionByName(prefix.slice(0, len) + '市');
    if (region) return len === prefix.length || isPlacePrefix(prefix.slice(len));
  }
  return false;
}

/** The keys a department's short form is looked up by: its place and the full name it stands for. */
function departmentKeys(name: string): string[] {
  const keys: string[] = [];
  for (let cut = 1; cut < name.length; cut++)
    for (const full of FULL_NAMES_OF.get(name.slice(cut)) ?? []) keys.push(`dept:${name.slice(0, cut)}|${full}`);
  return keys;
}

/** True when `short` is `long` with its department written by the usual short form, after the same place or the
 *  level word of the place `long` names (湖州市发改委, 市发改委 for 湖州市发展和改革委员会). */
function departmentShortForm(short: string, long: string): boolean {
  for (let cut = 1; cut < short.length; cut++) {
    const fulls = FULL_NAMES_OF.get(short.slice(cut));
    if (!fulls) continue;
    const place = short.slice(0, cut);
    for (const full of fulls) {
      if (!long.endsWith(full)) continue;
      const owner = long.slice(0, long.length - full.length);
      if (owner === place || (LEVEL_WORDS.has(place) && owner.length >= 2 && owner.endsWith(place))) return true;
    }
  }
  return false;
}

/** A zone's kind written in full and short (高新技术产业开发区 and 高新区, 产业园区 and 产业园): the full forms, longest
 *  first, and the short form each stands for. An economic zone of either rank is written 经开区 or 开发区 alike
 *  (某县经济开发区 is 某县经开区 in the next paragraph). */
const ZONE_FORMS: readonly (readonly [string, string])[] = [
  ['高新技术产业开发区', '高新区'],
  ['高新技术开发区', '高新区'],
  ['经济技术开发区', '开发区'],
  ['经济开发区', '开发区'],
  ['经开区', '开发区'],
  ['综合保税区', '综保区'],
  ['自由贸易试验区', '自贸区'],
  ['自贸试验区', '自贸区'],
  ['产业园区', '产业园'],
  ['工业园区', '工业园'],
  ['科技园区', '科技园'],
  ['物流园区', '物流园'],
  ['电商园区', '电商园'],
];
const ZONE_FULL = new RegExp(ZONE_FORMS.map(([full]) => full).join('|'), 'g');
const ZONE_SHORT = new Map(ZONE_FORMS);

/** A zone's rank written before its kind, which its short forms leave out (佛山国家高新区 is 佛山高新区). */
const ZONE_RANK_WORD = /(?:国家级?|省级)(?=高新|经济|经开|开发区|综合保税|综保|自由贸易|自贸)/g;

/** A park's name with every zone kind in it written short and no rank word: the key its forms share
 *  (滨江高新区南部园区 for 滨江高新技术产业开发区南部园区, 佛山高新区 for 佛山国家高新技术产业开发区). */
function zoneKey(name: string): string {
  return name.replace(ZONE_FULL, (full) => ZONE_SHORT.get(full)!).replace(ZONE_RANK_WORD, '');
}

/** A park's zone key, and the same without each leading place that is followed by another (广东|佛山高新区 is 佛山高新区
 *  with its province written first). */
function parkKeys(name: string): string[] {
  const keys = [zoneKey(name)];
  const places = placePrefixLength(name);
  for (let cut = 2; cut < places; cut++)
    if (isPlacePrefix(name.slice(0, cut)) && isPlacePrefix(name.slice(cut, places)))
      keys.push(zoneKey(name.slice(cut)));
  return keys;
}

/** True when `short` names the park `long` names with its zone kind written short (滨江高新区 for 滨江高新技术产业开发区,
 *  滨江产业园 for 滨江产业园区), its rank left out or its province written first. (By the end of its name alone it may
 *  be another park: 新材料产业园 beside 南湖新材料产业园.) */
function parkShortForm(short: string, long: string): boolean {
  return parkKeys(short).includes(zoneKey(long));
}

/** The suffixes of zones (rank 3: 开发区, 综合实验区), whose bodies a report may name without the zone. */
const ZONE_SUFFIXES = [...PARK_RANK].filter(([, rank]) => rank >= 3).map(([suffix]) => suffix);
