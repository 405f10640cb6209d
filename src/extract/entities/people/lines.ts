// Names that stand alone on a line, as scraped pages and tables flattened one cell to a line write them: a
// leaders' page (张某\n县委副书记、县长\n主持县政府全面工作), a table of cadres (张某\n男\n1978.08\n县商务局副局长).
// The line next to the name says what post it holds; no sentence of its own does.
import { PRIORITY, type Candidate } from '../candidate.ts';
import { dottedNameEnd, personAt, wholeName, wordBoundaryAt } from './names.ts';
import { postsIn, type TitleSegment } from './posts.ts';

/** A line that is all posts (县委副书记、县长; 现任县商务局副局长; 拟任县审计局局长), or undefined. */
function postLine(text: string | undefined): TitleSegment[] | undefined {
  if (!text) return undefined;
  const lead = /^(?:现任|拟任|拟提名为|拟推荐为|任)?(?:职务)?[:：]?/.exec(text)![0].length;
  const posts = postsIn(text, lead, text.length, /[、，,]/, true);
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

/** A table row's sex or an age cell (男, 女, 1978.08, 1978年8月): the name opened a row of a cadre's data. */
const DATA_CELL = /^(?:男|女|\d{4}(?:[.\-年]\d{1,2}月?)?|汉族|[一-龥]{1,3}族)$/;

/**
 * Names alone on a line whose post is on the next line or the one before (a leaders' page, a post's table), or
 * that open a row of a cadre's data whose cells follow one to a line (姓名, 性别, 出生年月, 现任职务, 拟任职务).
 * Returned per sentence, to join the candidates the sentence's own rules propose.
 */
export function namesOnLines(texts: readonly string[]): Candidate[][] {
  return texts.map((text, i) => {
    const found = lineName(text);
    if (!found) return namesBeforePosts(text, i);
    let posts = postLine(texts[i + 1]) ?? postLine(texts[i - 1]);
    if (!posts && DATA_CELL.test(texts[i + 1] ?? '')) {
      posts = [];
      for (let k = i + 1; k < Math.min(texts.length, i + 8) && !lineName(texts[k]!); k++)
        posts.push(...(postLine(texts[k]) ?? []));
    }
    if (!posts?.length) return [];
    const titled = posts.some((p) => p.government) ? 'government' : 'other';
    return [{ ...personAt(text, i, 0, found.end, PRIORITY.titledPerson, titled), name: found.name }];
  });
}

/** A line that is a name and its posts with nothing between (李某县委副书记、县长; a leaders' page's item). */
function namesBeforePosts(text: string, sentence: number): Candidate[] {
  // The name ends where a word does (华辰|科技有限公司董事长 holds no name 华辰科).
  const end = [3, 2, 4].find(
    (n) => wholeName(text.slice(0, n)) && wordBoundaryAt(text, n) && postLine(text.slice(n).trim()),
  );
  if (end === undefined) return [];
  const posts = postLine(text.slice(end).trim())!;
  const titled = posts.some((p) => p.government) ? 'government' : 'other';
  return [personAt(text, sentence, 0, end, PRIORITY.titledPerson, titled)];
}
