// Which names denote one real entity (issue #10, item 11): the rules resolve.ts keys and merges entities by.
// Across reports, an entity is keyed by the form every spelling of its name shares (identityName), so two reports
// meet on one node without reading each other. Within a report, a short form is merged into the one fuller name it
// shortens (shortForms). Both are general rules of Chinese naming, with no name of any real entity.
import { namedInReportOnly, officialBodyName, placesFolded } from '../names.ts';
import { canonicalName, entityId, type EntityId, type EntityKind } from '../ontology/model.ts';

/** Abbreviated park endings and the official endings they stand for (滨江高新区 = 滨江高新技术产业开发区). */
const ABBREVIATED_PARK_ENDINGS: readonly [short: string, full: string][] = [
  ['高新区', '高新技术产业开发区'],
  ['经开区', '经济技术开发区'],
  ['自贸试验区', '自由贸易试验区'],
  ['自贸区', '自由贸易试验区'],
  ['综保区', '综合保税区'],
  // X产业园 and X产业园区 are one park: the longer ending is the key.
  ['工业园', '工业园区'],
  ['产业园', '产业园区'],
  ['科技园', '科技园区'],
];

/** 中国(江南)自由贸易试验区 → 江南自由贸易试验区: the country before a bracketed place adds nothing. */
const COUNTRY_BRACKETED_PLACE = /^中国[(（]([^()（）]{2,})[)）](.+)$/;

/** What names a sector as such after the sector's own words (旅游|业, 纺织|产业, 软件|行业): 旅游, 旅游业 and
 *  旅游产业 are one industry. Not after one character, nor 业 closing a sector's word (农业, 工业, 特色农业). */
const SECTOR_ENDING = /(?<=\p{Script=Han}{2})(?:产业|行业|(?<![农工林渔牧商矿])业)$/u;

/** A group's registered legal form after 集团 (X集团有限公司, X集团股份有限公司): the group is X集团 either way. */
const GROUP_REGISTERED_ENDING = /(?<=集团)(?:股份)?有限(?:责任)?公司$/;

/** An expressway written in full (甲乙高速公路): 甲乙高速 is the same road. */
const EXPRESSWAY_IN_FULL = /(?<=高速)公路$/;

/**
 * The name an entity's node is keyed by: the canonical name; for a body its official name (党中央 → 中共中央,
 * 滨江县发改委 → 滨江县发展和改革委员会: officialBodyName); for an industry its words without the ending that names a
 * sector (旅游业 → 旅游); for a group its name without its legal form (华辰集团有限公司 → 华辰集团); for a park its
 * official ending (滨江高新区 → 滨江高新技术产业开发区); for an expressway its short ending (甲乙高速公路 → 甲乙高速). A
 * body's or a park's places are written one way (placesFolded: the Party's opening before a place and a place above the
 * one that names it left out, a park's place written short).
 * A park's leading province is kept: what is left may be a kind of park rather than one park (X省创业园), so only a
 * report that ties both forms merges them (shortForms). Idempotent.
 */
export function identityName(kind: EntityKind, name: string): string {
  let key = canonicalName(name);
  if (kind === 'Organization') return placesFolded(officialBodyName(key));
  if (kind === 'Industry') return key.replace(SECTOR_ENDING, '');
  if (kind === 'Company') return key.replace(GROUP_REGISTERED_ENDING, '');
  if (kind === 'Project') return key.replace(EXPRESSWAY_IN_FULL, '');
  if (kind !== 'Park') return key;
  key = placesFolded(key.replace(COUNTRY_BRACKETED_PLACE, '$1$2'), true);
  const abbreviation = ABBREVIATED_PARK_ENDINGS.find(([short]) => key.endsWith(short));
  return abbreviation ? key.slice(0, -abbreviation[0].length) + abbreviation[1] : key;
}

/** The id of the node an entity named `name` is: every spelling with one identity name shares it. */
export function nodeId(kind: EntityKind, name: string): EntityId {
  return entityId(kind, identityName(kind, name));
}

/** The id of the node an entity of report `reportId` is: nodeId, except that a body a report names by its level
 *  word alone or a park by its kind alone (省政府, 经济技术开发区), and by no fuller name (shortForms), is that report's own
 *  node, as only its report knows which it is. */
export function reportNodeId(kind: EntityKind, name: string, reportId: string): EntityId {
  const id = nodeId(kind, name);
  return namedInReportOnly(kind, canonicalName(name)) ? `${id}@${reportId}` : id;
}

/** Is `id` a node id of an entity named `name`, of some report? */
export function isNodeIdOf(id: string, kind: EntityKind, name: string): boolean {
  const key = nodeId(kind, name);
  return id === key || (namedInReportOnly(kind, canonicalName(name)) && id.startsWith(`${key}@`));
}

/** Kinds whose short forms drop the front of the name (滨江综合实验区经济发展局 → 区经济发展局 → 经济发展局). */
const FRONT_SHORTENED: ReadonlySet<EntityKind> = new Set(['Park', 'Company', 'Organization', 'Project']);

/** What a region's full name adds to its short form (南京 → 南京市). */
const REGION_LEVELS = ['省', '市', '县', '区', '州', '盟', '旗', '镇', '乡', '地区', '自治区', '自治州', '自治县'];

/** Whether `short` is a short form of `full`, an entity of the same kind and report. */
function shortens(kind: EntityKind, short: string, full: string): boolean {
  if (short.length < 2 || short.length >= full.length) return false;
  if (kind === 'Region') return full.startsWith(short) && REGION_LEVELS.includes(full.slice(short.length));
  return FRONT_SHORTENED.has(kind) && full.endsWith(short);
}

/**
 * Within one report: for each entity that is a short form of exactly one fuller entity of the same kind (after
 * those are merged in turn), the index of the entity it merges into. A short form two names could stand for
 * (市商务局 beside 甲市商务局 and 乙市商务局, 吉林 beside 吉林省 and 吉林市) stays on its own; two names that share
 * only a front (苏州市甲科技有限公司, 苏州市乙电器有限公司) never shorten each other.
 */
export function shortForms(entities: readonly { kind: EntityKind; name: string }[]): Map<number, number> {
  const into = new Map<number, number>();
  const root = (i: number): number => (into.has(i) ? root(into.get(i)!) : i);
  const order = entities.map((_, i) => i).sort((a, b) => entities[b]!.name.length - entities[a]!.name.length);
  order.forEach((b, position) => {
    const { kind, name } = entities[b]!;
    const fuller = new Set(
      order
        .slice(0, position)
        .filter((a) => entities[a]!.kind === kind && shortens(kind, name, entities[a]!.name))
        .map(root),
    );
    if (fuller.size === 1) into.set(b, [...fuller][0]!);
  });
  return new Map([...into.keys()].map((i) => [i, root(i)]));
}
