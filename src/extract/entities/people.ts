// People: the steps of people/ that find Officials and Persons, run in order over one sentence. Each step is one
// form of the genre: names after post titles (…党工委书记王某), in appointment notices and cadre bios (王某任…,
// 王某,男,…现任…), before a post or an honour (王某书记, 某某院士), in captions and lists (王某、李某等参加), and
// names that open a clause with a speech verb (郑某主持…).
import type { Candidate } from './candidate.ts';
import { captionedPeople } from './people/captions.ts';
import { clauseOpeners } from './people/clauses.ts';
import { accompanyingOfficials, bareNameLists, closedLists } from './people/lists.ts';
import { appointees, bracketedPosts, honoredNames } from './people/notices.ts';
import { describedPeople, namesBeforeTitles, namesSaidToHoldPosts } from './people/title-after.ts';
import { leadersNamed, namesAfterRoles, namesAfterTitles, namesInFields, namesMadePosts } from './people/titled.ts';

export { bioPostsAfter, careerPosts } from './people/bios.ts';
export { appointedPosts, pronounRemoval } from './people/notices.ts';
export { TITLE_TRIE, titleChainBefore, type TitleSegment } from './people/posts.ts';

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
  clauseOpeners,
  namesInFields,
  namesMadePosts,
  namesSaidToHoldPosts,
];

export function recognizePeople(text: string, sentence: number): Candidate[] {
  const out = STEPS.flatMap((step) => step(text, sentence));
  // A bare list of names is titled as another step reads the same name.
  return [...out, ...bareNameLists(text, sentence, out)];
}
