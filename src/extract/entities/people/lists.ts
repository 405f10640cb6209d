// Lists of names (王某、李某等参加; 出席的有张某、李某、王某) and one name that accompanies a visit (某某陪同).
import { tagOf } from '../../lexicon/segmenter.ts';
import { COMPOUND_SURNAMES, MAX_TITLE_LENGTH, TITLES } from '../../lexicon/people.ts';
import { PRIORITY, type Candidate } from '../candidate.ts';
import { NAME_TAGS, listedNameAt, looksLikeName, nameAt, paddedNameAt, personAt, wholeName } from './names.ts';

const NAME_LIST = /((?:[一-龥]{2,4}、){1,}[一-龥]{2,4}?)(?=等|和|及|以及|出席|陪同|参加)/g;
/** What closes a list of names: 等参加 and the like, 和/及 others who take part (…和有关部门负责同志陪同), or the verb;
 *  or a count of the scholars named (吴某、成某等4位院士). */
const LIST_TAILS =
  /^(?:等(?:[一-龥]{0,4})?|(?:和|及|以及)[^，,。；;：:]{0,16}?)?(?:参加|出席|陪同|参会|领导|同志|参观|调研|会见|座谈)|^等[0-9一二三四五六七八九十多]+[位名](?:院士|专家|教授|博士|学者|科学家|研究员)/;
/** A list of people who accompany a visit or stand beside officials is a list of officials (…陪同, …参加调研: the
 *  closing line of an official's inspection), and so is one said to be of officials (…等官员, …等领导干部). */
const OFFICIALS_TAIL =
  /^(?:等?(?:出席|参加(?:调研|考察|视察|检查|会见|座谈|会议))|[^，,。；;]{0,18}?(?:陪同|负责同志|领导)|等[^，,。；;]{0,6}?(?:官员|干部))/;
/** …or introduced as officials: 出席活动的领导有：…, 被查处的37名省部级官员为：…, 其他落马的官员还有…. */
const OFFICIALS_INTRODUCED =
  /(?:(?:出席|陪同)[^，,。；;]{0,12}的(?:领导)?(?:有|还有)|(?:官员|干部)(?:为|有|还有|包括|是)|(?:^|[，,。；;：:\s])(?:省|市|县|区|州|盟|县市区)(?:主要)?领导)[:：]?$/;
/** What follows one accompanying official's name: 陪同, or the others who accompany with them. */
const ACCOMPANIES = /^(?:(?:和|及|以及)[^，,。；;:]{0,16}?(?:负责同志|领导同志))?陪同/;

/** Where a caption says people stand, or the list is the people present. */
const CAPTION_CONTEXT =
  /图为|左起|右起|从左至右|从右至左|合影|合照|(?:出席|参加|到会)(?:[^，,。；;]{0,12}的(?:领导|嘉宾|人员|同志)?)?(?:有|还有)/;

/** A run of items joined by 、, an item padded to three characters' width where its name has two (李某、王  某). */
const NAME_RUN = /(?:[一-龥]+|[一-龥][ \u3000]{1,2}[一-龥]+)(?:、(?:[一-龥][ \u3000]{1,2}[一-龥]+|[一-龥]+))+/g;
const PADDING = /[ \u3000]/g;
const PADDED = /[ \u3000]/;

/** Where the name in a list's first item starts (the item may carry the words before the list: 图为张某), or
 *  undefined when no tail of it is a name. A compound surname's name (欧阳某某) is read whole, not as a single
 *  surname's (阳某某); but a compound surname whose first character ends a title (副县长|孙某: 长孙) is the title's. */
function leadOf(first: string): number | undefined {
  const compound = COMPOUND_SURNAMES.includes(first.slice(-4, -2)) ? [4] : [];
  const cut = [...compound, 3, 2, 4]
    .map((n) => first.length - n)
    .find((cut) => cut >= 0 && wholeName(first.slice(cut)));
  if (cut === undefined || !COMPOUND_SURNAMES.includes(first.slice(cut, cut + 2))) return cut;
  const titleEnds = [...Array(Math.min(cut, MAX_TITLE_LENGTH)).keys()].some((n) =>
    TITLES.has(first.slice(cut - n, cut + 1)),
  );
  return titleEnds && wholeName(first.slice(cut + 1)) ? cut + 1 : cut;
}

/** Runs of names joined by 、: three or more, or two in a caption. */
function nameLists(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const parts = m[0].split('、');
    // The last part may carry the words after the list (王某在现场): its name ends where a name ends.
    const lastStart = m.index + m[0].length - parts.at(-1)!.length;
    const last = listedNameAt(text, lastStart);
    const lead = PADDED.test(parts[0]!) ? (paddedNameAt(parts[0]!, 0) ? 0 : undefined) : leadOf(parts[0]!);
    if (lead === undefined || !last) continue;
    const names = parts.map((part, i) =>
      i === 0 ? part.slice(lead).replace(PADDING, '') : i === parts.length - 1 ? last.name : part.replace(PADDING, ''),
    );
    // A list introduced as officials (被查处的37名省部级官员为：…) is of names, also one whose surname no table lists
    // (令某某): a few items of two or three characters that read as no name are still names there.
    const introduced = OFFICIALS_INTRODUCED.test(text.slice(0, m.index + lead));
    const unread = names.slice(0, -1).filter((name) => !wholeName(name));
    const readAnyway =
      introduced && unread.length * 5 <= names.length && unread.every((name) => /^[一-龥]{2,3}$/.test(name));
    if (unread.length && !readAnyway) continue;
    if (parts.length < 3 && !CAPTION_CONTEXT.test(text)) continue;
    // Items that all open with one character and stand in no caption (艾草、艾绒、艾柱) are words of one family, not
    // people of one surname; so are items that all end with one (高端化、高新化、智能化).
    const family = (at: (name: string) => string | undefined) => new Set(names.map(at)).size === 1;
    if ((family((name) => name[0]) || family((name) => name.at(-1))) && !CAPTION_CONTEXT.test(text)) continue;
    // Those who attend or accompany (…出席; 出席活动的领导有…) are officials, as in a list closed by 等出席.
    const attending = OFFICIALS_TAIL.test(text.slice(last.end)) || introduced;
    const titled = attending ? ('listed' as const) : undefined;
    let at = m.index + lead;
    for (const [i, part] of parts.entries()) {
      const end = i === parts.length - 1 ? last.end : at + part.length - (i === 0 ? lead : 0);
      out.push({
        kind: 'Person',
        name: names[i]!,
        sentence,
        start: at,
        end,
        priority: PRIORITY.titledPerson,
        ...(titled ? { titled } : {}),
      });
      at = end + 1;
    }
  }
  return out;
}
/** One name that accompanies a visit (某某和有关部门负责同志陪同考察, 某某陪同接见): an official. */
export function accompanyingOfficials(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(?:^|[，,。；;：:>])(?=[一-龥])/g)) {
    const at = m.index + m[0].length;
    const end = nameAt(text, at);
    if (end === undefined || !ACCOMPANIES.test(text.slice(end)) || !NAME_TAGS.has(tagOf(text.slice(at, end)))) continue;
    out.push(personAt(text, sentence, at, end, PRIORITY.person, 'government'));
  }
  return out;
}

/** Lists of names closed by 等参加 and the like. */
export function closedLists(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  const lists = text.includes('、') ? text.matchAll(NAME_LIST) : [];
  for (const m of lists) {
    const tail = text.slice(m.index + m[1]!.length);
    if (!LIST_TAILS.test(tail)) continue;
    const titled = OFFICIALS_TAIL.test(tail) ? 'government' : undefined;
    const items = m[1]!.split('、');
    // The first item may carry the words before the list (…考察丁某某): its name is its longest tail that is one.
    const lead = [0, 1, 2].find((cut) => looksLikeName(items[0]!.slice(cut))) ?? 0;
    items[0] = items[0]!.slice(lead);
    if (!items.every(looksLikeName)) continue;
    let offset = m.index + lead;
    for (const item of items) {
      if (looksLikeName(item))
        out.push({
          kind: 'Person',
          name: item,
          sentence,
          start: offset,
          end: offset + item.length,
          priority: PRIORITY.person,
          titled,
        });
      offset += item.length + 1;
    }
  }
  return out;
}

/**
 * A bare list of names (a caption's 张某、李某、王某在…, 出席的有张某、李某、王某): people, not the companies a list
 * of unmarked names is otherwise read as; titled as another rule on the same sentence (`found`) reads the same name
 * (县领导张某、李某).
 */
export function bareNameLists(text: string, sentence: number, found: readonly Candidate[]): Candidate[] {
  return nameLists(text, sentence).map((c) => {
    const same = found.filter((o) => o.start === c.start && o.end === c.end && o.titled);
    const titled = same.some((o) => o.titled === 'government') ? 'government' : (same[0]?.titled ?? c.titled);
    return { ...c, ...(titled ? { titled } : {}) };
  });
}
