// Names after a post title (…党工委书记王某), a role noun (村民|王某) or a level's leaders (县领导王某、李某).
import { TITLE_TRIE } from '../../lexicon/people.ts';
import { tagOf, wordStartingAt } from '../../lexicon/segmenter.ts';
import { Trie } from '../../lexicon/trie.ts';
import { PRIORITY, type Candidate } from '../candidate.ts';
import { regionTrie } from '../regions.ts';
import {
  NAME_TAGS,
  dottedNameEnd,
  looksLikeAppointee,
  nameAcrossWord,
  nameAfterWord,
  listedNameAt,
  nameAt,
  namesPlace,
  paddedNameAt,
  personAt,
  surnameLed,
  surnameLength,
  unlistedNameEnd,
  wholeName,
} from './names.ts';
import { heldPostsEnd, POST_NOTE_AFTER, titleChainBefore, type TitleSegment } from './posts.ts';

/** Nouns for what a person is (村民, 创始人) that, right before a name, make it a person's. */
const ROLE_NOUNS = new Trie<true>(
  [
    '村民',
    '农民',
    '居民',
    '市民',
    '牧民',
    '渔民',
    '职工',
    '工人',
    '员工',
    '老党员',
    '党员',
    '老人',
    '老师',
    '教师',
    '医生',
    '护士',
    '学生',
    '游客',
    '创始人',
    '负责人',
    '企业家',
    '技术员',
    '工程师',
    '志愿者',
    '艺人',
    '传承人',
    '带头人',
    '致富带头人',
    '种植户',
    '养殖户',
    '贫困户',
    '搬迁户',
    '店主',
    '退伍军人',
    '后代',
    '脱贫户',
    '村医',
    '大学生',
    '博士',
    '教授',
    '院士',
    '专家',
    '研究员',
    // Trades and callings news names people by (实验室钳工|王某, 运动员|李某).
    '运动员',
    '选手',
    '教练员',
    '钳工',
    '焊工',
    '电工',
    '技工',
    '农民工',
    '快递员',
    '环卫工人',
    '驾驶员',
    '司机',
    '厨师',
    '律师',
    '设计师',
    '工艺师',
    '画家',
    '作家',
    '演员',
    '歌手',
    '主播',
    '劳动模范',
    '劳模',
    '乡贤',
    '客商',
    '投资人',
    '企业主',
    '个体户',
    '老板',
    '联系人',
    // Veterans and farmers news visits by name (老战士|王某, 茶农|李某).
    '老战士',
    '老兵',
    '老红军',
    '退役军人',
    '农户',
    '茶农',
    '果农',
    '菜农',
    '讲解员',
    '科研人员',
    // Who rural and enterprise news meets by name (种粮大户|王某, 返乡创业青年|李某, 网格员|张某).
    '种粮大户',
    '种植大户',
    '养殖大户',
    '青年',
    '创业者',
    '致富能手',
    '技术能手',
    '网格员',
    '村干部',
    '农技员',
    '手艺人',
    '工匠',
    '经营户',
    '商户',
    // …and staff the news quotes by name in passing (民警|王某, 工作人员|李某, 主任护师|张某, 教官|赵某).
    '民警',
    '辅警',
    '工作人员',
    '护师',
    '主任护师',
    '主任医师',
    '中医',
    '教官',
    '同学',
  ].map((w) => [w, true] as const),
);

/** A name before a home (村民|王某某家中, 店主|韩某某一家), judged by that word when the segmenter has no name. */
function nameBeforeHome(text: string, at: number): number | undefined {
  const end = nameAt(text, at);
  if (end === undefined || !/^(?:家中|一家|家里)/.test(text.slice(end))) {
    // In 村民|王某某家, the home ends the name where no follower does (在搬迁户王某某家,).
    const home = [at + 3, at + 2].find((e) => /^家(?:[，,。、]|门口)/.test(text.slice(e)));
    // Before 家 a given name may end in what elsewhere joins words (陆某和|家).
    const named = (name: string) => surnameLed(name) || surnameLed(`${name.slice(0, -1)}某`);
    return home !== undefined && named(text.slice(at, home)) && NAME_TAGS.has(tagOf(text.slice(at, home)))
      ? home
      : undefined;
  }
  return NAME_TAGS.has(tagOf(text.slice(at, end))) ? end : undefined;
}

/** A level's leaders (县领导, 市委领导同志) before the names of officials. */
const LEADERS = /(?:省|市|州|县|区|镇|乡|旗|盟|园区|开发区|新区)(?:委|政府)?领导(?:同志)?/g;

/** A name of three read up to 任 where a place or a post follows (…的王某任|某省委常委): 任 is the verb of a move. */
function beforeAppointVerb(text: string, at: number, end: number | undefined): number | undefined {
  if (end === undefined || end - at !== 3 || text[end - 1] !== '任') return end;
  const placeOrPost = regionTrie().longestAt(text, end)?.start === end || TITLE_TRIE.longestAt(text, end);
  return placeOrPost ? end - 1 : end;
}

/** A body's text that holds another party met (省长某某在长沙与|某某公司董事长): the chain's posts before it are that
 *  party's host's, not the name's. */
const MEETS_PARTY = /在[^，,。；;]{1,12}?(?:与|同)|会见|会晤/;

/** The posts of a chain that are the name's own: those from the last segment whose body text meets another party. */
function ownPosts(chain: readonly TitleSegment[]): readonly TitleSegment[] {
  const met = chain.findLastIndex((s) => MEETS_PARTY.test(s.org));
  return met < 0 ? chain : chain.slice(met);
}

/** Names after a title chain: officials when a post in it is a government one. */
export function namesAfterTitles(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const { start: titleStart, end: titleEnd } of TITLE_TRIE.findAll(text)) {
    // A signature puts a space between the post and the name (…管委会主任 王某某), a byline a few to align it.
    // Posts a verb says are held join their holder by 的 (此前担任某省委常委、宣传部部长的|王某).
    const held = heldPostsEnd(text, titleEnd + 1) === titleEnd ? 1 : 0;
    const noted = titleEnd + held + (POST_NOTE_AFTER.exec(text.slice(titleEnd + held))?.[0].length ?? 0);
    const at = noted + (/^ {1,3}(?! )/.exec(text.slice(noted))?.[0].length ?? 0);
    // 社长和总编: after a post, 和/与/及 join another post, they open no name.
    if (/[和与及同]/.test(text[at] ?? '')) continue;
    const chain = titleChainBefore(text, titleEnd);
    // A name in brackets right after the post (区长(王某)主持) is the post's holder.
    const bracketed = /^\(([一-龥·]{2,8})\)/.exec(text.slice(titleEnd))?.[1];
    if (bracketed && (surnameLed(bracketed) || dottedNameEnd(bracketed, 0) === bracketed.length)) {
      const government = chain.some((s) => s.government) ? 'government' : 'other';
      out.push(
        personAt(text, sentence, titleEnd + 1, titleEnd + 1 + bracketed.length, PRIORITY.titledPerson, government),
      );
      continue;
    }
    const titled = ownPosts(chain).some((s) => s.government) ? 'government' : 'other';
    // A post's field (县长:王某; 副组长:李某、张某) or a post said to be held (法定代表人为王某): the names up to the
    // field's end.
    const field = fieldNames(text, titleEnd, chain[0]?.orgStart ?? titleStart);
    if (field.length) {
      out.push(...field.map(([s, e]) => personAt(text, sentence, s, e, PRIORITY.titledPerson, titled)));
      continue;
    }
    // 组长由王某担任: the post is given to the name after 由.
    const given = /^由/.test(text.slice(titleEnd))
      ? nameBefore(text, titleEnd + 1, /^(?:同志)?(?:担任|兼任)/)
      : undefined;
    if (given !== undefined) {
      out.push(personAt(text, sentence, titleEnd + 1, given, PRIORITY.titledPerson, titled));
      continue;
    }
    // A name padded to three characters' width (县长王 伟): the name is its two characters.
    const padded = paddedNameAt(text, at);
    if (padded) {
      out.push({ ...personAt(text, sentence, at, padded.end, PRIORITY.titledPerson, titled), name: padded.name });
      continue;
    }
    const end = beforeAppointVerb(
      text,
      at,
      nameAfterWord(text, at, true) ??
        nameAcrossWord(text, titleStart, at) ??
        (titled === 'government' ? unlistedNameEnd(text, at) : undefined),
    );
    if (end === undefined || namesPlace(text, at, end)) continue;
    out.push(personAt(text, sentence, at, end, PRIORITY.titledPerson, titled));
    // A row of a list or a leaders' table that sets its names apart with spaces (审判员 王某  李某) gives each the post.
    if (at > noted)
      for (const [s, e] of namesSpacedAfter(text, end))
        out.push(personAt(text, sentence, s, e, PRIORITY.titledPerson, titled));
    // Names that share the post after 、 (副主任王某、李某参加), the last one after 和 or 及 (副县长王某、李某和张某陪同):
    // each a bare name where the post's is.
    for (let next = end; SHARED_POST_JOINER.test(text[next] ?? '');) {
      const listed = listedNameAt(text, next + 1);
      if (!listed) break;
      out.push({ ...personAt(text, sentence, next + 1, listed.end, PRIORITY.titledPerson, titled), name: listed.name });
      if (text[next] !== '、') break;
      next = listed.end;
    }
  }
  return out;
}

/** The whole names after `end` that spaces alone set apart, up to the first that another word follows. */
function namesSpacedAfter(text: string, end: number): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (let at = end; ;) {
    const start = at + (/^[ \u3000]{1,4}/.exec(text.slice(at))?.[0].length ?? 0);
    if (start === at) break;
    const next = [3, 2]
      .map((n) => start + n)
      .find((e) => wholeName(text.slice(start, e)) && /^(?:$|[ \u3000])/.test(text.slice(e)));
    if (next === undefined) break;
    out.push([start, next]);
    at = next;
  }
  return out;
}

/** What joins another name that holds the same post (、), or the last such name (和, 及). */
export const SHARED_POST_JOINER = /^[、和及]$/;

/** What ends a field's name: the line's or clause's end, a space before the next field, a bracket. */
const FIELD_END = /^(?:$|[\s，,。；;、(])/;

/** The names of a post's field (县长:王某, at a line's or clause's start) or after 为/是 (法定代表人为王某。), each
 *  a whole name up to the field's end, 、 joining more. */
function fieldNames(text: string, titleEnd: number, chainStart: number): (readonly [number, number])[] {
  const opener = /^(?:\s*[:：]\s*|为|是)/.exec(text.slice(titleEnd))?.[0];
  if (!opener) return [];
  // A colon makes a field only where the post opens the line or a clause (not 会议指出:…).
  if (/[:：]/.test(opener) && !/(?:^|[\s，,。；;、)])$/.test(text.slice(0, chainStart))) return [];
  const out: (readonly [number, number])[] = [];
  for (let at = titleEnd + opener.length; ;) {
    const end =
      dottedNameEnd(text, at) ??
      [3, 2, 4].map((n) => at + n).find((e) => wholeName(text.slice(at, e)) && FIELD_END.test(text.slice(e)));
    if (end === undefined || !FIELD_END.test(text.slice(end))) break;
    out.push([at, end]);
    if (text[end] !== '、') break;
    at = end + 1;
  }
  return out;
}

/** A surname-led name at `at` that `after` follows (…由|王某|担任), its end. */
function nameBefore(text: string, at: number, after: RegExp): number | undefined {
  return [3, 2, 4].map((n) => at + n).find((e) => surnameLed(text.slice(at, e)) && after.test(text.slice(e)));
}

/** 以王某为组长: a name a post is given to before the post, which follows 为. */
export function namesMadePosts(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/以(?=[一-龥])/g)) {
    const at = m.index + 1;
    const end = nameBefore(text, at, /^(?:同志)?为/);
    if (end === undefined) continue;
    const titleAt = end + /^(?:同志)?为/.exec(text.slice(end))![0].length;
    const title = TITLE_TRIE.longestAt(text, titleAt);
    if (!title || !/^(?:$|[的，,。；;、])/.test(text.slice(title.end))) continue;
    out.push(personAt(text, sentence, at, end, PRIORITY.titledPerson, title.value.government ? 'government' : 'other'));
  }
  return out;
}

/** Roles that are posts in the state: the police (民警|王某), and the staff of a state body (某县委办的工作人员|李某,
 *  某局工作人员|张某), officials as their employer is a state body (ONTOLOGY.md). */
const STATE_ROLE = /^(?:民警|辅警)$/;
const STATE_STAFF_BEFORE = /(?:局|委|办|厅|政府|指挥部|站|派出所|法院|检察院)的?工作人员$/;

/** Names after a role noun (村民|王某家, 创始人|李某): people, officials only by a title or a state role. */
export function namesAfterRoles(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const { start: roleStart, end: roleEnd } of ROLE_NOUNS.findAll(text)) {
    if (TITLE_TRIE.longestAt(text, roleEnd)) continue;
    // A name that says something (村民|周某明说。) ends before 说 even where the segmenter reads 明说.
    const says = nameAt(text, roleEnd);
    const end =
      (says !== undefined && /^说[，,:：。!?]/.test(text.slice(says)) && NAME_TAGS.has(tagOf(text.slice(roleEnd, says)))
        ? says
        : undefined) ??
      nameBeforeHome(text, roleEnd) ??
      nameAfterWord(text, roleEnd, false);
    if (end === undefined) continue;
    const state =
      STATE_ROLE.test(text.slice(roleStart, roleEnd)) ||
      STATE_STAFF_BEFORE.test(text.slice(Math.max(0, roleStart - 8), roleEnd));
    out.push(personAt(text, sentence, roleEnd, end, PRIORITY.person, state ? 'government' : undefined));
  }
  return out;
}

/** Leaders named by their level, whose posts the text does not say (县领导王某、李某参加): officials. */
export function leadersNamed(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LEADERS)) {
    const first = m.index + m[0].length;
    // 县领导|班子, 领导|干部: a word 领导 opens that runs on past it is no name after it.
    if ((wordStartingAt(text, first - 2)?.length ?? 0) > 2) continue;
    for (let at = first; ;) {
      const end = dottedNameEnd(text, at) ?? nameAt(text, at);
      if (end === undefined || !looksLikeAppointee(text, at, end)) break;
      out.push(personAt(text, sentence, at, end, PRIORITY.person, 'government'));
      if (text[end] !== '、') break;
      at = end + 1;
    }
  }
  return out;
}

/** A form's field that holds a name (联系人:王某, 负责人:李某某 电话:…): a person's, its post left to other words. */
const NAME_FIELD = /(?:联系人|负责人|法定代表人|法人代表|项目负责人|申报人|姓名)[:：]\s*|(?<=^|\s)姓\s?名\s+/g;

/** Names in a form's fields, up to the field's end (a space, a stop, the line's end). */
export function namesInFields(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAME_FIELD)) {
    const at = m.index + m[0].length;
    const name = /^[一-龥·]{2,8}(?=$|[\s，,。；;、(/|])/.exec(text.slice(at))?.[0];
    if (!name || !(surnameLed(name) || dottedNameEnd(name, 0) === name.length)) continue;
    // 李工, 王总: a surname and a form of address, no name.
    if (/^[一-龥]{1,2}[工总老]$/.test(name) && name.length === surnameLength(name, 0) + 1) continue;
    out.push(personAt(text, sentence, at, at + name.length, PRIORITY.person));
  }
  return out;
}
