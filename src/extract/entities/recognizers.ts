// The recognizers: each proposes candidates of some kinds in one sentence, from its text alone (they need no
// other recognizer's output). Where candidates overlap, the overlap pass (overlaps.ts) keeps the best; among
// equals, the one proposed first, so this order is part of the rules.
import type { EntityKind } from '../../ontology/model.ts';
import type { Candidate } from './candidate.ts';
import { recognizeContextCompanies } from './context-companies.ts';
import { recognizeDeclaredShortForms } from './declared-short-forms.ts';
import { recognizeIndustries, recognizeIndustryHeads } from './industries.ts';
import { recognizeLists } from './lists.ts';
import { recognizeLocalPlaces } from './local-places.ts';
import { recognizeMedia } from './media.ts';
import { recognizePartnerships } from './partnerships.ts';
import { recognizePeople } from './people.ts';
import { recognizeRegions } from './regions.ts';
import { recognizePlaceCommittees, recognizeStateBodies } from './state-bodies.ts';
import { recognizeSuffixNames } from './suffix-names.ts';

export interface Recognizer {
  name: string;
  /** The kinds it may propose (a Person becomes an Official later, by the title before it). */
  proposes: readonly EntityKind[];
  recognize: (text: string, sentence: number) => Candidate[];
}

export const RECOGNIZERS: readonly Recognizer[] = [
  { name: 'regions', proposes: ['Region'], recognize: recognizeRegions },
  {
    name: 'suffix names',
    proposes: ['Park', 'Company', 'Project', 'Organization'],
    recognize: recognizeSuffixNames,
  },
  {
    name: 'lists',
    proposes: ['Park', 'Company', 'Project', 'Organization', 'Region', 'Industry'],
    recognize: recognizeLists,
  },
  {
    name: 'declared short forms',
    proposes: ['Park', 'Company', 'Project', 'Organization'],
    recognize: recognizeDeclaredShortForms,
  },
  { name: 'people', proposes: ['Person'], recognize: recognizePeople },
  { name: 'context companies', proposes: ['Company'], recognize: recognizeContextCompanies },
  { name: 'industries', proposes: ['Industry'], recognize: recognizeIndustries },
  { name: 'partnerships', proposes: ['Partnership'], recognize: recognizePartnerships },
  { name: 'media', proposes: ['Organization'], recognize: recognizeMedia },
  { name: 'state bodies', proposes: ['Organization'], recognize: recognizeStateBodies },
  { name: 'place committees', proposes: ['Organization'], recognize: recognizePlaceCommittees },
  { name: 'local places', proposes: ['Region'], recognize: recognizeLocalPlaces },
  { name: 'industry heads', proposes: ['Industry'], recognize: recognizeIndustryHeads },
];
