// A county's report lists its towns by their short forms (新港、临江两镇; 在新港、临江、青石): towns of a county the
// report names, written without 镇, 乡 or 街道, in a list of them, are those towns. The gazetteer keeps only towns' full names, since a town's
// short form alone (前进, 新城) is often a common word or a place of another county. A short form opening a project's,
// park's or company's name (青石|大道整治工程) is the town too, as a place word inside that name.
import { regionByName, regionForms, townsOf } from '../lexicon/regions.ts';
import { tagOf } from '../lexicon/segmenter.ts';
import { Trie } from '../lexicon/trie.ts';
import type { Candidate } from './candidate.ts';
import { bySentence, overlaps, PRIORITY } from './candidate.ts';
import { PLACED_KINDS } from './nested.ts';
import { insideWord, regionTrie } from './regions.ts';

const TOWN_LEVEL = /(?:镇|乡|街道)$/;
/** Tags of a word that may be a place's name (x: not in the dictionary); any other word (前进/v, 东风/n) is a town
 *  only in a list of towns. */
const NAME_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'x']);

/** The short forms of the towns of the counties the report names, each a town's full name; not the form of a region
 *  the report names itself (阳朔 of 阳朔县 is the county, not its seat 阳朔镇). */
function townShortForms(counties: Iterable<string>, named: ReadonlySet<string>): Trie<string> | undefined {
  const forms = new Map<string, string>();
  const taken = new Set<string>();
  for (const county of counties) {
    for (const town of townsOf(county)) {
      const short = town.name.replace(TOWN_LEVEL, '');
      if (short.length < 2) continue;
      // A form another division of the gazetteer owns in its own right is that division's.
      const owners = regionForms().get(short) ?? [];
      if (owners.some((f) => !f.shortNeedsFull || named.has(f.region.name))) continue;
      if (forms.has(short) && forms.get(short) !== town.name) taken.add(short);
      forms.set(short, town.name);
    }
  }
  for (const short of taken) forms.delete(short); // two towns of the report's counties share it
  return forms.size ? new Trie(forms) : undefined;
}

/** A county's short form the report would drop (its full name is nowhere): it yields to the town's. */
const yields = (c: Candidate, fullRegions: ReadonlySet<string>) =>
  c.kind === 'Region' && ((c.needsFull && !fullRegions.has(c.name)) || c.placeWordOnly === true);

/** Between two towns of a list: 新港、临江, 新港和临江. */
const JOINT = /^[、和与及]$/;
/** After the last: what makes a run of short forms towns (新港、临江两镇, …等乡镇, …三个片区). */
const TOWN_TAIL = /^(?:[两二三四五六七八九十]个?|等)?(?:乡镇|镇|乡|街道|片区)/;

/** The runs of town short forms in a sentence that are a list of towns: two or more joined by 、, or one or more
 *  that a level word closes (新港、临江两镇; 新港镇 is the gazetteer's own). A single short form stays a word. */
function townLists(text: string, trie: Trie<string>): { start: number; end: number; value: string }[] {
  const found = trie
    .findAll(text)
    .filter((m) => !/^(?:镇|乡|街道)/.test(text.slice(m.end)) && !insideWord(text, m.start, m.end));
  const out: { start: number; end: number; value: string }[] = [];
  for (let i = 0; i < found.length;) {
    let j = i;
    while (j + 1 < found.length && JOINT.test(text.slice(found[j]!.end, found[j + 1]!.start))) j++;
    const run = found.slice(i, j + 1);
    // A single short form that is a common word (界牌, 前进) is that word, in a list it is a town.
    const single = run.length === 1 && NAME_TAGS.has(tagOf(text.slice(run[0]!.start, run[0]!.end)));
    if (run.length >= 2 || (single && TOWN_TAIL.test(text.slice(run.at(-1)!.end)))) out.push(...run);
    i = j + 1;
  }
  return out;
}

/** A lake, hill or river named after the town (青石|湖景区): the name says the thing is by it, not in the town. */
const FEATURE_AFTER = /^[湖山河江海湾岛峡溪泉]/;
/** A zone named after a place (某某港经济开发区, 某某高新区) is not said to lie in the town of that name. */
const ZONE = /(?:开发区|高新区|新区|试验区|示范区)$/;

/** The short forms of the county's towns (镇, 乡) that open a project's, park's or company's name (青石|大道整治提升工程):
 *  a place word inside the name, which ONTOLOGY.md makes a Region too. Not a form the dictionary knows as another
 *  word (前进|大道), one read as a part of a longer word or place (呼伦|贝尔), one the level word follows (青石镇 is the
 *  gazetteer's), one naming a lake or hill (青石|湖), nor a 街道's, whose names are often those of a district's or a zone's too. */
function townsOpeningNames(
  text: string,
  trie: Trie<string>,
  here: readonly Candidate[],
): { start: number; end: number; value: string }[] {
  return trie
    .findAll(text)
    .filter(
      (m) =>
        !m.value.endsWith('街道') &&
        !/^(?:镇|乡|街道)/.test(text.slice(m.end)) &&
        !FEATURE_AFTER.test(text.slice(m.end)) &&
        NAME_TAGS.has(tagOf(text.slice(m.start, m.end))) &&
        !insideWord(text, m.start, m.end) &&
        (regionTrie().longestAt(text, m.start)?.end ?? 0) <= m.end &&
        here.some((c) => PLACED_KINDS.has(c.kind) && c.start === m.start && c.end > m.end + 1 && !ZONE.test(c.name)),
    );
}

export function townShortFormMentions(
  kept: Candidate[],
  texts: string[],
  fullRegions: ReadonlySet<string>,
): Candidate[] {
  const solid = kept.filter((c) => c.kind === 'Region' && !yields(c, fullRegions));
  const counties = new Set(solid.filter((c) => regionByName(c.name)?.level === 'county').map((c) => c.name));
  const trie = townShortForms(counties, new Set(solid.map((c) => c.name)));
  if (!trie) return kept;
  const inSentence = bySentence(kept);
  const dropped = new Set<Candidate>();
  const added: Candidate[] = [];
  texts.forEach((text, sentence) => {
    const here = inSentence.get(sentence) ?? [];
    const town = (m: { start: number; end: number; value: string }): Candidate => ({
      kind: 'Region',
      name: m.value,
      sentence,
      start: m.start,
      end: m.end,
      priority: PRIORITY.regionShort,
    });
    for (const m of townsOpeningNames(text, trie, here)) added.push({ ...town(m), nested: true });
    for (const m of townLists(text, trie)) {
      const crossing = here.filter((c) => overlaps(c, m));
      if (crossing.some((c) => !yields(c, fullRegions))) continue;
      for (const c of crossing) dropped.add(c);
      added.push(town(m));
    }
  });
  return [...kept.filter((c) => !dropped.has(c)), ...added];
}
