// A firm's plant named by its brand, then where it stands or what kind of plant it is (华辰汽车|上海|超级工厂,
// 青禾智储|房山|工厂, 岚湾|电池工厂, 重庆青禾电气|工厂): a facility the firm builds, so a Project (ONTOLOGY.md), and
// the brand it opens with a Company the report names. A registered company's plant (某某有限公司|南科|工厂) is the
// company's branch, read by the suffix rule; a kind of plant (智能工厂, 服装工厂, 梦工厂) names no firm.
import { regionForms } from '../lexicon/regions.ts';
import { isGenericHead, nameStart } from './boundary.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { recognizeRegions, regionTrie } from './regions.ts';
import { endsWithCompanyWord, kindBySuffix } from './suffix-names.ts';
import { looksProper } from './suffix-table.ts';

/** The plant's word; also the recognizer's trigger. */
export const PLANT_TRIGGERS: readonly string[] = ['工厂'];
const PLANT = /工厂/g;
/** What a plant is said to be right before its word (超级工厂, 未来工厂, 电池工厂): the kind, not the firm's brand. */
const PLANT_KIND = /(?:超级|智能|未来|灯塔|旗舰|数字化|智慧|新能源|电池|整车|总装)$/;
/** Words 工厂 ends that are no plant of a firm's (化工厂, 加工厂, 梦工厂, 办工厂, 建工厂). */
const NOT_A_PLANT_BEFORE = /[化加梦办建造开进]$/;
/** A grade or a scope a plant is rated with (国家卓越级|智能工厂, 省级|…): an honour's words, no brand. */
const GRADE = /^(?:国家|全国|全省|全市|省级|市级)|级$/;
/** A count before the plant (第一个|…智慧工厂, 一座|…): a kind of plant described, not a firm's one named. */
const COUNTED_BEFORE = /[个座家批类种]$/;

/** The brand of a plant's head written as brand + place or kind (华辰汽车|上海超级), and the place's span. */
function brandOf(head: string): { brand: string; place?: [number, number] } | undefined {
  const kind = PLANT_KIND.exec(head);
  const rest = kind ? head.slice(0, kind.index) : head;
  // A place after the brand, that ends the rest (青禾智储|房山): the plant's place, not the brand's.
  for (let at = 2; at < rest.length; at++) {
    const place = regionTrie().longestAt(rest, at);
    if (place && place.end === rest.length) return { brand: rest.slice(0, at), place: [at, rest.length] };
  }
  // Without a place, a kind or a trade word must tell the brand from a kind of plant (服装工厂, 食品工厂).
  return kind || endsWithCompanyWord(rest) ? { brand: rest } : undefined;
}

/** Whether a brand names a firm: a proper word, no place, no generic head, no company's registered name. */
function namesAFirm(brand: string): boolean {
  return (
    brand.length >= 2 &&
    brand.length <= 10 &&
    !GRADE.test(brand) &&
    /^[\p{Script=Han}A-Za-z]+$/u.test(brand) &&
    !regionForms().has(brand) &&
    !isGenericHead(brand) &&
    !kindBySuffix(brand) &&
    looksProper(brand)
  );
}

export function recognizePlants(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PLANT)) {
    const end = m.index + m[0].length;
    if (NOT_A_PLANT_BEFORE.test(text.slice(0, m.index))) continue;
    const start = nameStart(text, m.index);
    if (COUNTED_BEFORE.test(text.slice(0, start))) continue;
    const head = text.slice(start, m.index);
    const named = brandOf(head);
    if (!named || !namesAFirm(named.brand)) continue;
    const { brand, place } = named;
    out.push({ kind: 'Project', name: head + m[0], sentence, start, end, priority: PRIORITY.suffixName });
    // (The brand lies inside the plant's name: a second entity, kept beside it.)
    out.push({
      kind: 'Company',
      name: brand,
      sentence,
      start,
      end: start + brand.length,
      priority: PRIORITY.suffixName,
      nested: true,
    });
    // …and the place it stands in, a Region the report names (青禾汽车|上海|超级工厂 → 上海).
    if (place)
      for (const r of recognizeRegions(head.slice(place[0], place[1]), sentence))
        if (r.start === 0 && r.end === place[1] - place[0])
          out.push({ ...r, start: start + place[0], end: start + place[1], priority: 0, nested: true });
  }
  return out;
}
