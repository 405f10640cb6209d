// A county's short form that opens a name only as a dictionary place word (东湖|高新区, 兴庆|校区, 东兴|证券) is no region
// the report names when the report's own local places lie in other provinces: it is a namesake there (a brand, a
// campus, a zone named after a lake), not that county of another province.
import { ancestries, regionByName, regionForms } from '../lexicon/regions.ts';
import type { Candidate } from './candidate.ts';
import { pickRegion } from './regions.ts';

/** The provinces a region lies in, one per division of its name (itself for a province). */
function provincesOf(name: string): string[] {
  if (regionByName(name)?.level === 'province') return [name];
  return ancestries(name).flatMap((chain) => chain.filter((up) => regionByName(up)?.level === 'province'));
}

/** Regions the report names as places of their own: outside an organization's name (measured: dropping those
 *  loses as many regions gold keeps as it removes), not a short form it would drop, not a namesake under test. */
function isSolid(c: Candidate, fullRegions: ReadonlySet<string>): boolean {
  return (
    c.kind === 'Region' &&
    c.openingOf !== 'Organization' &&
    !c.placeWordOnly &&
    !(c.needsFull && !fullRegions.has(c.name))
  );
}

/** The levels of a place that anchors a report somewhere: a city or a smaller division, not a province named in
 *  passing (a Fujian report names 台湾 as a partner). */
const LOCAL_LEVELS = new Set(['city', 'county', 'town']);

export function dropNamesakeRegions(kept: Candidate[], fullRegions: ReadonlySet<string>): Candidate[] {
  const solid = kept.filter((c) => isSolid(c, fullRegions));
  const provinces = new Set(solid.flatMap((c) => provincesOf(c.name)));
  const anchored = solid.some((c) => LOCAL_LEVELS.has(regionByName(c.name)?.level ?? '') && provincesOf(c.name).length);
  /** A county's namesake: the report's local places lie in other provinces, none in its own. */
  const namesake = (c: Candidate) =>
    c.placeWordOnly === true &&
    regionByName(c.name)?.level === 'county' &&
    anchored &&
    !provincesOf(c.name).some((p) => provinces.has(p));
  return kept.filter((c) => c.kind !== 'Region' || !namesake(c));
}

/** Whether `name` is written in `text` over the whole span start..end (贺|长春 inside 贺长春, 吴忠 itself). */
function writtenOver(text: string, start: number, end: number, name: string): boolean {
  for (let at = Math.max(0, end - name.length); at <= start; at++) if (text.startsWith(name, at)) return true;
  return false;
}

/** A place word inside a person's name the report names (长春 of 贺长春, 吴忠 for a district head of that name) is
 *  no place, also where that line names the person without a title the people recognizers need (关于贺长春等同志…). */
export function dropRegionsInPeopleNames(kept: Candidate[], texts: readonly string[]): Candidate[] {
  const people = [...new Set(kept.filter((c) => c.kind === 'Official' || c.kind === 'Person').map((c) => c.name))];
  const inName = (c: Candidate) =>
    c.kind === 'Region' && people.some((p) => writtenOver(texts[c.sentence]!, c.start, c.end, p));
  return people.length ? kept.filter((c) => !inName(c)) : kept;
}

/** Levels a short form may stand for among namesakes (朝阳: 朝阳市 or 朝阳区), and the levels that place one. */
const NAMESAKE_LEVELS = new Set(['city', 'county', 'town']);
const ANCHOR_LEVELS = new Set(['province', 'city']);

/**
 * A short form several divisions share (朝阳 is a city of 辽宁 and a district of 北京) stands for the one whose
 * province or city the report names, when the one it is read as (the larger division) has none there: 与昌平、朝阳、
 * 丰台等区 in a report that names 北京 is 北京's 朝阳区.
 */
export function namesakesInContext(kept: Candidate[], texts: readonly string[]): Candidate[] {
  const anchors = new Set(
    kept
      .filter((c) => c.kind === 'Region' && !c.needsFull && ANCHOR_LEVELS.has(regionByName(c.name)?.level ?? ''))
      .map((c) => c.name),
  );
  // (A reading is not anchored by the reading it replaces: 本溪 read as 本溪市 names no city that holds 本溪满族自治县.)
  const anchored = (name: string, instead?: string) =>
    ancestries(name).some((chain) => chain.some((up) => up !== instead && anchors.has(up)));
  return kept.map((c) => {
    if (c.kind !== 'Region') return c;
    const surface = texts[c.sentence]!.slice(c.start, c.end);
    const forms = (regionForms().get(surface) ?? []).filter((f) => NAMESAKE_LEVELS.has(f.region.level));
    const readings = new Set(forms.map((f) => f.region.name));
    if (readings.size < 2 || !(readings.has(c.name) || c.name === surface)) return c;
    const read = readings.has(c.name) ? c.name : pickRegion(forms).region.name;
    if (anchored(read)) return c;
    const placed = [...readings].filter((name) => name !== read && anchored(name, read));
    return placed.length === 1 ? { ...c, name: placed[0]! } : c;
  });
}
