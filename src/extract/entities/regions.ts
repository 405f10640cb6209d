// Regions from the gazetteer: full names anywhere, short forms (宿迁 for 宿迁市) where they are safe.
import { regionForms, type RegionForm } from '../lexicon/regions.ts';
import { Trie } from '../lexicon/trie.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

let trie: Trie<RegionForm[]> | undefined;
let preferred: Map<RegionForm[], RegionForm> | undefined;

export function regionTrie(): Trie<RegionForm[]> {
  trie ??= new Trie(regionForms());
  return trie;
}

/** pickRegion, computed once per surface form. */
function preferredForm(forms: RegionForm[]): RegionForm {
  preferred ??= new Map();
  let form = preferred.get(forms);
  if (!form) preferred.set(forms, (form = pickRegion(forms)));
  return form;
}

/** The region a surface form stands for, preferring the larger division for ambiguous short forms. */
export function pickRegion(forms: RegionForm[]): RegionForm {
  const order = ['country', 'province', 'macro', 'city', 'county', 'town'];
  return [...forms].sort(
    (a, b) => Number(a.short) - Number(b.short) || order.indexOf(a.region.level) - order.indexOf(b.region.level),
  )[0]!;
}

export function recognizeRegions(text: string, sentence: number): Candidate[] {
  return regionTrie()
    .findAll(text)
    .map(({ start, end, value }) => {
      const form = preferredForm(value);
      return {
        kind: 'Region' as const,
        name: form.region.name,
        sentence,
        start,
        end,
        priority: form.short ? PRIORITY.regionShort : PRIORITY.region,
        needsFull: form.shortNeedsFull,
      };
    });
}
