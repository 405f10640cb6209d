// People: the steps of people/ that find Officials and Persons, run in order over one sentence. Each step is one
// form of the genre: names after post titles (…党工委书记王某), in appointment notices and cadre bios (王某任…,
// 王某,男,…现任…), before a post or an honour (王某书记, 某某院士), in captions and lists (王某、李某等参加), and
// names that open a clause with a speech verb (郑某主持…).
import type { Candidate } from './candidate.ts';
import { captionedPeople } from './people/captions.ts';
import { clauseOpeners } from './people/clauses.ts';
import { accompanyingOfficials, bareNameLists, closedLists } from './people/lists.ts';
import { appointees, bracketedPosts, honoredNames } from './people/notices.ts';
import { rosterNames } from './people/rosters.ts';
import { describedPeople, namesBeforeTitles, namesSaidToHoldPosts } from './people/title-after.ts';
import { leadersNamed, namesAfterRoles, namesAfterTitles, namesInFields, namesMadePosts } from './people/titled.ts';

export { BIO_SENTENCES, bioPostsAfter, careerPosts } from './people/bios.ts';
export { postsInRowCell, postsOnLines } from './people/lines.ts';
export { appointedPosts, pronounRemoval } from './people/notices.ts';
export { heldPostsEnd, titleChainBefore, type TitleSegment } from './people/posts.ts';
export { SHARED_POST_JOINER } from './people/titled.ts';

/** The steps in the order their candidates are listed (the order ties between equal candidates are broken in). */
const STEPS: readonly ((text: string, sentence: number) => Candidate[])[] = [
  namesAfterTitles,
  namesAfterRoles,
  honoredNames,
  appointees,
  bracketedPosts,
  leadersNamed,
  namesBeforeTitles,
  describedPeople,
  captionedPeople,
  accompanyingOfficials,
  closedLists,
  rosterNames,
  clauseOpeners,
  namesInFields,
  namesMadePosts,
  namesSaidToHoldPosts,
];

/** A surname and a courtesy title alone (王女士, 李先生): someone the report keeps anonymous, no name. */
const ANONYMOUS = /^\p{Script=Han}{1,2}(?:女士|先生|小姐|师傅|阿姨|大爷|大妈|大姐|大哥)$/u;

export function recognizePeople(text: string, sentence: number): Candidate[] {
  const out = STEPS.flatMap((step) => step(text, sentence)).filter((c) => !ANONYMOUS.test(c.name));
  // A bare list of names is titled as another step reads the same name.
  return captionedAmongOfficials([...out, ...bareNameLists(text, sentence, out)], text, sentence);
}

/** A photo caption that places officials (某省委书记王某(右二)) places officials beside them too (李某(左二)), where no
 *  one in it holds another kind of post: a caption of a delegation or a signing's officials. */
function captionedAmongOfficials(found: Candidate[], text: string, sentence: number): Candidate[] {
  const captioned = captionedPeople(text, sentence);
  const inCaption = (c: Candidate) => captioned.some((o) => o.start === c.start && o.end === c.end);
  const placed = (c: Candidate) =>
    /^\((?:前排|后排)?(?:左|右|中)[一二三四五六七八九十\d]{0,2}\)/.test(text.slice(c.end));
  const titledThere = found.filter((c) => placed(c) && c.titled);
  if (!titledThere.length || titledThere.some((c) => c.titled !== 'government')) return found;
  return found.map((c) => (inCaption(c) && !c.titled ? { ...c, titled: 'government' } : c));
}
