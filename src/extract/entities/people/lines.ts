// Names that stand alone on a line, as scraped pages and tables flattened one cell to a line write them: a
// leaders' page (张某\n县委副书记、县长\n主持县政府全面工作), a table of cadres (张某\n男\n1978.08\n县商务局副局长).
// The line next to the name says what post it holds; no sentence of its own does.
import { PRIORITY, type Candidate } from '../candidate.ts';
import { wordBoundaryAt } from '../../lexicon/segmenter.ts';
import { regionByName } from '../../lexicon/regions.ts';
import { LEADER_VISIT, NOT_IN_NAME, dottedNameEnd, personAt, wholeName } from './names.ts';
import { postsIn, type TitleSegment } from './posts.ts';

/** A line that is all posts (县委副书记、县长; 现任县商务局副局长; 拟任县审计局局长), or undefined. A line that ends in a
 *  colon labels the names under it (县人民政府副县长:\n王某): read only as the line before a name (`label`). */
function postLine(text: string | undefined, label = false): TitleSegment[] | undefined {
  if (!text) return undefined;
  const colon = /\s*[:：]$/.exec(text)?.[0].length ?? 0;
  if (colon && !label) return undefined;
  const lead = /^(?:现任|拟任|拟提名为|拟推荐为|任)?(?:职务)?[:：]?/.exec(text)![0].length;
  const posts = postsIn(text, lead, text.length - colon, /[、，,]/, true);
  return posts?.length ? posts : undefined;
}

/** A line that is only a name (张某, 欧阳某某, 艾某·某某), or a name padded to three characters' width (王 某). */
function lineName(text: string): { name: string; end: number } | undefined {
  const padded = /^([一-龥])[ \u3000]{1,2}([一-龥])$/.exec(text);
  const name = padded ? padded[1]! + padded[2]! : text;
  if (wholeName(name) || (name.includes('·') && dottedNameEnd(name, 0) === name.length)) {
    return { name, end: text.length };
  }
  return undefined;
}

/** A name no surname list covers (a Yi or Tibetan name: 马海木呷, 扎西拉姆) alone on a line that opens a row of a
 *  cadre's data: the next cell is the sex, the one after a birth date, an ethnicity or a post. */
function rowOpeningName(texts: readonly string[], i: number): { name: string; end: number } | undefined {
  const text = texts[i]!;
  if (!/^[一-龥]{2,5}$/.test(text) || NOT_IN_NAME.test(text) || regionByName(text)) return undefined;
  if (!/^[男女]$/.test(texts[i + 1] ?? '')) return undefined;
  if (!DATA_CELL.test(texts[i + 2] ?? '') && !postLine(texts[i + 2])) return undefined;
  return { name: text, end: text.length };
}

/** A table row's sex or an age cell (男, 女, 1978.08, 1978年8月): the name opened a row of a cadre's data. */
const DATA_CELL = /^(?:男|女|\d{4}(?:[.\-年]\d{1,2}月?)?|汉族|[一-龥]{1,3}族)$/;

/**
 * Names alone on a line whose post is on the next line or the one before (a leaders' page, a post's table), or
 * that open a row of a cadre's data whose cells follow one to a line (姓名, 性别, 出生年月, 现任职务, 拟任职务).
 * Returned per sentence, to join the candidates the sentence's own rules propose.
 */
export function namesOnLines(texts: readonly string[]): Candidate[][] {
  return texts.map((text, i) => {
    const found = lineName(text) ?? rowOpeningName(texts, i);
    if (!found) return namesBeforePosts(text, i);
    const posts = postsBeside(texts, i).flatMap((p) => p.posts);
    if (!posts.length) return [];
    const titled = posts.some((p) => p.government) ? 'government' : 'other';
    return [{ ...personAt(text, i, 0, found.end, PRIORITY.titledPerson, titled), name: found.name }];
  });
}

/** The posts beside the name that is all of line `i`: on the next line, else on the line before (a label ending in
 *  a colon too: 县人民政府副县长:\n王某), else in the cells of the row it opens; each with its line. */
function postsBeside(texts: readonly string[], i: number): { sentence: number; posts: TitleSegment[] }[] {
  const next = postLine(texts[i + 1]);
  const before = postLine(texts[i - 1], true);
  if (next && !(before && postsLead(texts, i))) return [{ sentence: i + 1, posts: next }];
  // A name that opens a row of data (王某\n男\n1978.08\n…) has its posts in its own row, not the row before.
  if (DATA_CELL.test(texts[i + 1] ?? '')) return rowPosts(texts, i);
  if (before) return [{ sentence: i - 1, posts: before }];
  // The names listed one to a line under a label (县人民政府副县长:\n王某\n李某): the label is the posts of each.
  for (let k = i - 1; k > Math.max(0, i - 12) && lineName(texts[k]!); k--) {
    const label = /[:：]$/.test(texts[k - 1]!) ? postLine(texts[k - 1], true) : undefined;
    if (label) return [{ sentence: k - 1, posts: label }];
  }
  return [];
}

/** The posts in the cells of the row of data a name opens, one cell to a line, up to the next row's name. */
function rowPosts(texts: readonly string[], i: number): { sentence: number; posts: TitleSegment[] }[] {
  const out: { sentence: number; posts: TitleSegment[] }[] = [];
  for (let k = i + 1; k < Math.min(texts.length, i + 8) && !lineName(texts[k]!) && !rowOpeningName(texts, k); k++) {
    const posts = postLine(texts[k]);
    if (posts) out.push({ sentence: k, posts });
  }
  return out;
}

/** Whether the lines up to name line `i` alternate post and name starting with a post (县委书记\n张某\n县长\n李某):
 *  then each name's post is the line before it, and the line after it is the next name's. */
function postsLead(texts: readonly string[], i: number): boolean {
  let first = i;
  for (let k = i - 1; k >= 0 && ((i - k) % 2 ? postLine(texts[k]) : lineName(texts[k]!)); k--) first = k;
  return (i - first) % 2 === 1;
}

/**
 * The posts of a person named at texts[sentence][start, end) where a line holds the name alone (its posts on the
 * line next to it) or the name and its posts glued (李某县委副书记、县长), each with its line; none otherwise.
 */
export function postsOnLines(
  texts: readonly string[],
  sentence: number,
  start: number,
  end: number,
): { sentence: number; posts: TitleSegment[] }[] {
  const text = texts[sentence]!;
  if (start !== 0) return [];
  if (end === text.length) return lineName(text) || rowOpeningName(texts, sentence) ? postsBeside(texts, sentence) : [];
  const glued = wordBoundaryAt(text, end) ? postsAfterName(text.slice(end)) : undefined;
  return glued ? [{ sentence, posts: glued.map((p) => shifted(p, end)) }] : [];
}

/** 李某  副县长    王某  县政府办公室主任: the posts of a row's later person, in their cell after the name (up to the
 *  wider gap that sets the next person's cell apart). */
export function postsInRowCell(text: string, end: number): TitleSegment[] | undefined {
  const cell = /^([ \u3000\t]?)(.+?)(?:[ \u3000\t]{2,}|$)/u.exec(text.slice(end));
  const posts = cell ? postLine(cell[2]) : undefined;
  return posts?.map((p) => shifted(p, end + cell![1]!.length));
}

/** A post read from a slice of a line, placed where it stands in the line. */
function shifted(post: TitleSegment, by: number): TitleSegment {
  return { ...post, orgStart: post.orgStart + by, titleStart: post.titleStart + by };
}

/** A leaders' page's duties after the posts (李某 县长，主持县政府全面工作；分管…): they end the posts. */
const DUTIES = /[，,；;]\s*(?:负责|主持|分管|协助|协管|联系|主管|领导)/;

/** A leader's visit or meeting opening the line after the name (LEADER_VISIT, or 到 a place). */
const ACTS_ON_BODY = new RegExp(`^(?:${LEADER_VISIT}|到)`);

/** The posts a line gives after a name: all the rest of it, or the rest up to the duties it goes on to list. */
function postsAfterName(rest: string): TitleSegment[] | undefined {
  // (What the person does to a body is no post of theirs: 李某|会见某集团董事长.)
  if (ACTS_ON_BODY.test(rest)) return undefined;
  const duties = DUTIES.exec(rest);
  return postLine(duties ? rest.slice(0, duties.index) : rest);
}

/** A line that is a name and its posts with nothing between (李某县委副书记、县长; a leaders' page's item). */
function namesBeforePosts(text: string, sentence: number): Candidate[] {
  // The name ends where a word does (华辰|科技有限公司董事长 holds no name 华辰科).
  const end = [3, 2, 4].find(
    (n) => wholeName(text.slice(0, n)) && wordBoundaryAt(text, n) && postsAfterName(text.slice(n).trim()),
  );
  if (end === undefined) return [];
  const posts = postsAfterName(text.slice(end).trim())!;
  const titled = posts.some((p) => p.government) ? 'government' : 'other';
  return [personAt(text, sentence, 0, end, PRIORITY.titledPerson, titled)];
}
