// The central bodies of the Party and the state (中共中央, 中央军委, 国务院…) by the lexicon's names and short forms.
// A form inside a longer name (国务院发展研究中心) is left to the name rules, which see the whole of it.
import { TITLE_TRIE } from '../lexicon/people.ts';
import { STATE_BODIES } from '../lexicon/state-bodies.ts';
import { Trie } from '../lexicon/trie.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import type { RecognizedReport } from './report.ts';
import { regionTrie } from './regions.ts';

const BODY_TRIE = new Trie(STATE_BODIES);
/** Every body here is a form the lexicon lists. */
export const STATE_BODY_TRIGGERS: readonly string[] = [...STATE_BODIES.keys()];

/** After a party's name, 人 or 员 makes a word for its members (中国共产党人), not the body. */
const MEMBER_WORD = /^[人员]/;

/** The country written before a body (中国|商务部, as the press abroad and the state's own news agency write it): part
 *  of the name as written, the lexicon's name an alias. */
const COUNTRY_BEFORE = '中国';

export function recognizeStateBodies(text: string, sentence: number): Candidate[] {
  return BODY_TRIE.findAll(text)
    .filter(({ end }) => !MEMBER_WORD.test(text.slice(end, end + 1)))
    .map(({ start: bodyStart, end, value }) => {
      // (At the sentence's start there is nothing before it: startsWith reads a negative position as 0.)
      const country =
        !value.name.startsWith(COUNTRY_BEFORE) &&
        bodyStart >= COUNTRY_BEFORE.length &&
        text.startsWith(COUNTRY_BEFORE, bodyStart - COUNTRY_BEFORE.length);
      const start = country ? bodyStart - COUNTRY_BEFORE.length : bodyStart;
      return {
        kind: 'Organization',
        name: value.name,
        aliases: text.slice(start, end) === value.name ? undefined : [text.slice(start, end)],
        sentence,
        start,
        end,
        priority: PRIORITY.suffixName,
      };
    });
}

/** A place's Party committee by its level word (省委, 县委, 自治区党委) and what may not follow it: 委员(会), 委托,
 *  委派 are other words. */
const PLACE_COMMITTEE = /(?:自治区党|[省市县区州旗地])委(?![员托派屈婉])/gu;
export const PLACE_COMMITTEE_TRIGGERS: readonly string[] = ['委'];
/** Characters that make a word with the level word before 委 (城市|委员, 社区|委): no bare committee after them. */
const LEVEL_IN_WORD = /[城都上超股楼门集夜社地园景片新小山库矿街郡神九节反外全]$/u;
/** 办 after a committee names its office (县委办副主任), unless it runs on into a word (办公室, 办理, 办法, 办学). */
const COMMITTEE_OFFICE = /^办(?![公理法学事好成结案])/u;
/** A former or a deputy's post, or a secretary's, after the committee (市委原常委, 市委秘书): still a post. */
const POST_AFTER = /^(?:[原前副]|秘书)/;

/** Bodies a conjunction joins: 市政府|和|县委, 省市|和|县委 are no county 和县's committee. */
const BODY_BEFORE_CONJUNCTION = /(?:[委府会局院办厅]|[省市县区])$/;

/** Whether the place before a committee's level word is a conjunction and that level word (和|县), joining the
 *  committee to a body or a level word written before it. */
function conjunctionBeforeLevel(text: string, placeStart: number, levelAt: number): boolean {
  return (
    levelAt - placeStart === 1 &&
    /[和与及]/.test(text[placeStart]!) &&
    BODY_BEFORE_CONJUNCTION.test(text.slice(Math.max(0, placeStart - 1), placeStart))
  );
}

/** What opens a committee's formal name: the Party's (中共某县委) or the Youth League's (共青团某市委). */
const FORMAL_OPENER = /(?:中共|共青团)$/;

/** Where a committee's formal name starts when its opener is written before `start`, over the places that lead to
 *  the committee's own (共青团|某市|某区委, 中共|某省|某市委); undefined when no opener is written. */
function formalOpening(text: string, start: number): number | undefined {
  for (let at = start, places = 0; places <= 2; places++) {
    const opener = FORMAL_OPENER.exec(text.slice(Math.max(0, at - 3), at));
    if (opener) return at - opener[0].length;
    const place = regionTrie().longestEndingAt(text, at, 12);
    if (!place) return undefined;
    at = place.start;
  }
  return undefined;
}

/** What names a working committee after a Party committee: a zone's or a sector's name, then 工委; not another body
 *  or the words of a clause (市委|市政府和新区党工委, 市委|领导在某区党工委), nor the zone's own 党工委. */
const WORKING_COMMITTEE = /^[^\P{Script=Han}委府在和与及的]{2,12}?(?<!党)工委(?!员)/u;

/** The democratic parties by their short names (民革, 九三学社): a party's committee of a place (民进某市委会, 民革某省委)
 *  is a body of its own, before a post too (民建某市委会|主委), and no post of the place. */
const DEMOCRATIC_PARTY = /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)$/;

/** The Youth League's committee by its short form (团|县委, 团|某县委), unless 团 ends another word (集团, 兵团, 社团). */
const leagueBefore = (text: string, start: number) =>
  text[start - 1] === '团' && !/[集兵社军剧乐师]/.test(text[start - 2] ?? '');

/** A place's Party committee as a body (湖州市委, 省委, 中共德清县委), named by its place or by its level word alone.
 *  Before a post title it is no body of its own: 县委书记 is a post of the county (people.ts reads it); only the
 *  formal 中共某县委 is one there too. */
export function recognizePlaceCommittees(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PLACE_COMMITTEE)) {
    const levelAt = m.index + m[0].length - (m[0].startsWith('自治区') ? 4 : 2);
    let end = m.index + m[0].length;
    const postFollows = TITLE_TRIE.longestAt(text, end) || POST_AFTER.test(text.slice(end, end + 2));
    // The committee's office by its short form (县委办, 市委办): the office is the body.
    if (COMMITTEE_OFFICE.test(text.slice(end))) end++;
    const found = regionTrie().longestEndingAt(text, levelAt + 1, 12);
    const region = found && !conjunctionBeforeLevel(text, found.start, levelAt) ? found : undefined;
    // A county's full name written before its committee's level word (淇县|县委, 某某市|市委): the committee's place.
    const fullBefore = region ? undefined : regionTrie().longestEndingAt(text, m.index, 12);
    const repeated = fullBefore && text[m.index - 1] === text[levelAt] ? fullBefore : undefined;
    let start: number;
    if (region && !m[0].startsWith('自治区')) start = region.start;
    else if (repeated && !m[0].startsWith('自治区')) start = repeated.start;
    else if (m[0].startsWith('自治区') && regionTrie().longestEndingAt(text, levelAt + 3, 12))
      start = regionTrie().longestEndingAt(text, levelAt + 3, 12)!.start;
    else if (m[0].startsWith('自治区') || !LEVEL_IN_WORD.test(text.slice(Math.max(0, m.index - 1), m.index)))
      start = m.index;
    else continue;
    // A working committee the Party committee sets up for a zone or a sector (某省委|某某新区|工委, 县委|教育|工委) is
    // an organ of its own, before a post too: 某省委某新区工委书记 is no post of the zone.
    const working = !postFollows && WORKING_COMMITTEE.exec(text.slice(end));
    if (working) {
      out.push(candidateAt('Organization', text, sentence, start, end + working[0].length, PRIORITY.suffixName));
      continue;
    }
    const party = DEMOCRATIC_PARTY.exec(text.slice(Math.max(0, start - 4), start))?.[0];
    if (party) {
      // …written with 会 after 委 as the parties name their committees (民进某市委会).
      out.push(
        candidateAt(
          'Organization',
          text,
          sentence,
          start - party.length,
          end + (text[end] === '会' ? 1 : 0),
          PRIORITY.suffixName,
        ),
      );
      continue;
    }
    const formal = formalOpening(text, start);
    const league = formal === undefined && leagueBefore(text, start);
    // …but the committee's formal name (中共某县委|常委) names the organ itself, whose posts it holds (ONTOLOGY.md), and
    // so does the Youth League's (团县委|书记, 共青团某市委|副书记): no post of the place.
    const named = formal !== undefined && (start < m.index || text.startsWith('共青团', formal));
    if (postFollows && !named && !league) continue;
    if (formal !== undefined) start = formal;
    else if (league) start -= 1;
    out.push(candidateAt('Organization', text, sentence, start, end, PRIORITY.suffixName));
  }
  return out;
}

/** A state body is named by the fullest form the report writes (中央办公厅 and 中办 name it 中央办公厅, not the
 *  lexicon's 中共中央办公厅): every entity named by one of its forms becomes one, named by the longest written form,
 *  with the lexicon's name kept as an alias so reports that spell it differently still meet. */
export function nameStateBodiesAsWritten(report: RecognizedReport, texts: readonly string[]): RecognizedReport {
  const bodyOf = (i: number) => {
    const e = report.entities[i]!;
    return e.kind === 'Organization' ? STATE_BODIES.get(e.name)?.name : undefined;
  };
  const groups = new Map<string, number[]>();
  report.entities.forEach((_, i) => {
    const body = bodyOf(i);
    if (body !== undefined) groups.set(body, [...(groups.get(body) ?? []), i]);
  });
  const written = new Map<number, Set<string>>();
  for (const m of report.mentions)
    if (bodyOf(m.entity) !== undefined)
      written.set(m.entity, (written.get(m.entity) ?? new Set()).add(texts[m.sentence]!.slice(m.start, m.end)));
  const into = report.entities.map((_, i) => i);
  const entities = report.entities.map((e) => ({ ...e, aliases: new Set(e.aliases) }));
  for (const [body, members] of groups) {
    const forms = new Set(members.flatMap((i) => [...(written.get(i) ?? [])]));
    if (!forms.size) continue;
    const name = [...forms].sort((a, b) => b.length - a.length)[0]!;
    const [first, ...rest] = members;
    const kept = entities[first!]!;
    for (const i of [first!, ...rest]) {
      for (const alias of [...entities[i]!.aliases, entities[i]!.name]) kept.aliases.add(alias);
      into[i] = first!;
    }
    kept.aliases.add(body);
    kept.name = name;
    kept.aliases.delete(name);
  }
  // Drop the entities merged away, renumbering the rest.
  const index = new Map<number, number>();
  const out = entities.filter((_, i) => {
    if (into[i] !== i) return false;
    index.set(i, index.size);
    return true;
  });
  const mentions = report.mentions.map((m) => ({ ...m, entity: index.get(into[m.entity]!)! }));
  return { ...report, entities: out, mentions };
}
