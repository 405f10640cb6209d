// How one person's posts are written beyond the chain the people step reads: posts held concurrently (区委书记兼某
// 高新区管委会主任, 董事长兼总经理) and the past posts of a bio (历任某县县长、某市副市长).
import { titleChainBefore, type TitleSegment } from '../entities/people.ts';

/** A post of a chain, with how the text joins it to the one before: 兼 for a post held concurrently. */
export type Post = TitleSegment & { joiner?: string };

/** Marks that join a post to the one before it in one segment: 兼 (held concurrently), 及 and 和 (社长和总编). */
const JOINERS = /[兼及和]/g;

/** The posts written before a concurrent mark (某区委书记|兼) inside a segment starting at `from`, clipped there. */
function postsBeforeConcurrent(text: string, mark: number, from: number): Post[] {
  const before = titleChainBefore(text, mark);
  const last = before.at(-1);
  if (!last || last.titleStart + last.title.length !== mark) return [];
  return before
    .filter((s) => s.titleStart >= from)
    .map((s) => (s.orgStart >= from ? s : { ...s, org: text.slice(from, s.titleStart), orgStart: from }));
}

/**
 * A chain with each post held concurrently split off the one before it: 某区委书记兼某高新区管委会主任 is a segment whose
 * body text runs over 区委书记兼, read as two posts (the second joined by 兼), each in its own body.
 */
function splitConcurrent(text: string, chain: readonly TitleSegment[]): Post[] {
  const out: Post[] = [];
  for (const segment of chain) {
    // The last joiner a post ends right before (常务理事及|学术委员会副主任); not 和 inside a body's name (发展和改革委员会).
    const mark = [...segment.org.matchAll(JOINERS)]
      .map((m) => m.index)
      .reverse()
      .find((at) => at > 0 && postsBeforeConcurrent(text, segment.orgStart + at, segment.orgStart).length);
    const before = mark === undefined ? [] : postsBeforeConcurrent(text, segment.orgStart + mark, segment.orgStart);
    if (mark === undefined || !before.length) {
      out.push(segment);
      continue;
    }
    const orgStart = segment.orgStart + mark + 1;
    const first = { ...before[0]!, ...(segment.fresh ? { fresh: true } : {}) };
    out.push(...splitConcurrent(text, [first, ...before.slice(1)]), {
      ...segment,
      org: text.slice(orgStart, segment.titleStart),
      orgStart,
      joiner: segment.org[mark]!,
      fresh: false,
    });
  }
  return out;
}

/** A former post's mark (原) between its body and its title, with the body's own words a title opens with before it
 *  (市委|原常委, 市政府|原常务副市长, 政协|原副主席). */
const FORMER = /(?:省委|市委|区委|县委|州委|省政府|市政府|区政府|县政府|人大常委会|政协|党工委|管委会)?原$/;

/** A post written as a former one (某市原副市长, 某市委原常委): the mark and the words before it are part of its title
 *  (the gold's form: 市委原常委), not of its body's name. */
function markFormer(text: string, segment: Post): Post {
  const former = FORMER.exec(segment.org);
  if (!former) return segment;
  const titleStart = segment.titleStart - former[0].length;
  return {
    ...segment,
    org: text.slice(segment.orgStart, titleStart),
    title: text.slice(titleStart, segment.titleStart + segment.title.length),
    titleStart,
  };
}

/** A chain of posts as the text writes them: posts held concurrently split off (兼), former posts marked (原). */
export function readPosts(text: string, chain: readonly TitleSegment[]): Post[] {
  return splitConcurrent(text, chain).map((segment) => markFormer(text, segment));
}

/** A bio's words for the posts held before, opening a clause (历任某县县长、某市副市长; ，曾任…; 先后担任…; 此前，她曾任…;
 *  ，此前任…; 历任：…):
 *  inside one (李某曾任…) they may speak of someone else. */
const PAST_POSTS =
  /(?<=^|[，,])(?:(?:此前|之前)?(?:他|她|其)?(?:历任|曾任|曾担任|先后任|先后担任)|利用(?:其)?担任|(?:此前|之前)(?:担任|任(?![务期何职性])))[:：]?/g;
/** What may close a list of past posts without being a post: 等职 and the like. */
const LIST_CLOSE = /(?:等|等职|等职务|职务)(?:上的便利|的便利)?$/;

/**
 * The past posts a bio sentence lists after 历任/曾任, each clause up to the next comma read as a chain (历任某县县长、
 * 某市副市长，现任… gives two), stopping at the first clause that ends in no post.
 */
export function pastPosts(text: string): Post[] {
  const out = [...text.matchAll(PAST_POSTS)].flatMap((verb) => postsListedFrom(text, verb.index + verb[0].length));
  if (out[0]) out[0].fresh = true;
  return out;
}

/** A clause that gives the person named before it posts, its subject a pronoun (他曾任…; 2005年，他又获任某市副市长;
 *  他长期在某区工作，曾任…; 他于2002年到2011年任…) or, in the name's own sentence, left out (王某离开某市，任某局局长;
 *  …，2003年任某地委委员): the opening up to where the posts start. */
const POST_CLAUSE_OPENING = '(?<=^|[，,])(?:此前|之前|后来|随后|其后)?';
const PRONOUN = '[他她](?![们人])';
const POST_CLAUSE_VERB =
  '(?:于?[0-9]{4}年[^，,。；;任]{0,12}?)?(?:[^，,。；;]{0,4}?在[^，,。；;]{2,16}?工作[，,])?(?:又|还|也|曾经?|先后|后|随后|再)?' +
  '(?:历任|曾任|曾担任|先后任|先后担任|担任|获任|转任|出任|调任|升任|改任|任(?![务期何职性命]))[:：]?';
const PRONOUN_POSTS = new RegExp(POST_CLAUSE_OPENING + PRONOUN + POST_CLAUSE_VERB, 'g');
const SUBJECTLESS_POSTS = new RegExp(`${POST_CLAUSE_OPENING}(?:${PRONOUN})?${POST_CLAUSE_VERB}`, 'g');

/** The posts a sentence gives a pronoun standing for the person named before it (他曾任某市发改委主任，后任…), or, from
 *  `from` in the name's own sentence, a clause with no subject of its own. */
export function pronounPosts(text: string, from?: number): Post[] {
  // (`from` follows a comma, which the slice's start stands for in the clause opening's lookbehind.)
  const start = from ?? 0;
  const clauses = text.slice(start).matchAll(from === undefined ? PRONOUN_POSTS : SUBJECTLESS_POSTS);
  return [...clauses].flatMap((verb) => postsListedFrom(text, start + verb.index + verb[0].length));
}

/** The posts of a sentence that goes on with a list of past posts the sentence before ended with a semicolon
 *  (曾任某市委办副主任；|某市招商办主任助理；|…): read as that list's next items. */
export function continuedPastPosts(text: string): Post[] {
  return postsListedFrom(text, 0);
}

/** The chains of posts listed from `from`, each clause up to a comma, until a clause that ends in no post. */
function postsListedFrom(text: string, from: number): Post[] {
  const out: Post[] = [];
  const stop = text.slice(from).search(/[；;。<]|现任|拟任/);
  const end = stop < 0 ? text.length : from + stop;
  for (const clause of text.slice(from, end).split(/[，,]/)) {
    const clauseEnd = from + clause.length - (LIST_CLOSE.exec(clause)?.[0].length ?? 0);
    const chain = titleChainBefore(text, clauseEnd)
      .filter((s) => s.titleStart >= from)
      .map((s) => (s.orgStart >= from ? s : { ...s, org: text.slice(from, s.titleStart), orgStart: from }));
    if (!chain.length || chain[0]!.orgStart !== from) break;
    out.push(...readPosts(text, chain));
    from += clause.length + 1;
  }
  return out;
}
