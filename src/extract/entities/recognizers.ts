// The recognizers: each proposes candidates of some kinds in one sentence, from its text alone (they need no
// other recognizer's output). Where candidates overlap, the overlap pass (overlaps.ts) keeps the best; among
// equals, the one proposed first, so this order is part of the rules. A recognizer that declares trigger words
// (read from its rule data) runs only on sentences holding one of them (triggers.ts).
import type { EntityKind } from '../../ontology/model.ts';
import type { Candidate } from './candidate.ts';
import { CONTEXT_COMPANY_TRIGGERS, recognizeContextCompanies } from './context-companies.ts';
import { EDITION_EVENT_TRIGGERS, recognizeEditionEvents } from './edition-events.ts';
import { HELD_EVENT_TRIGGERS, recognizeHeldEvents } from './held-events.ts';
import { INDUSTRY_HEAD_TRIGGERS, recognizeIndustries, recognizeIndustryHeads } from './industries.ts';
import { INDUSTRY_LIST_TRIGGERS, recognizeHeadedIndustryLists } from './industry-lists.ts';
import { LIST_TRIGGERS, recognizeLists } from './lists.ts';
import { LOCAL_PLACE_TRIGGERS, recognizeLocalPlaces } from './local-places.ts';
import { MEDIA_TRIGGERS, recognizeMedia } from './media.ts';
import {
  BODY_UNIT_TRIGGERS,
  NUMBERED_SCHOOL_TRIGGERS,
  recognizeBodyUnits,
  recognizeNumberedSchools,
} from './organization-bodies.ts';
import { PARTNERSHIP_TRIGGERS, recognizePartnerships } from './partnerships.ts';
import { PLANT_TRIGGERS, recognizePlants } from './plants.ts';
import { recognizePeople } from './people.ts';
import { recognizeRegions } from './regions.ts';
import { ROUTE_WORDS, recognizeRouteNames } from './route-names.ts';
import { SHARED_SUFFIX_TRIGGERS, recognizeSharedSuffixLists } from './shared-suffix-lists.ts';
import {
  PLACE_COMMITTEE_TRIGGERS,
  STATE_BODY_TRIGGERS,
  recognizePlaceCommittees,
  recognizeStateBodies,
} from './state-bodies.ts';
import { SUFFIX_NAME_TRIGGERS, recognizeSuffixNames } from './suffix-names.ts';
import { TriggerFilter } from './triggers.ts';
import { VISITED_SITE_SUFFIXES, recognizeVisitedSites } from './visited-sites.ts';

export interface Recognizer {
  name: string;
  /** The kinds it may propose (a Person becomes an Official later, by the title before it). */
  proposes: readonly EntityKind[];
  recognize: (text: string, sentence: number) => Candidate[];
  /** Words one of which every sentence it proposes in holds, from its rule data; absent: it runs on every sentence.
   *  test/extract/entities/triggers.test.ts checks the claim on the corpus. */
  triggers?: readonly string[];
}

export const RECOGNIZERS: readonly Recognizer[] = [
  { name: 'regions', proposes: ['Region'], recognize: recognizeRegions },
  {
    name: 'suffix names',
    proposes: ['Park', 'Company', 'Project', 'Organization'],
    recognize: recognizeSuffixNames,
    triggers: SUFFIX_NAME_TRIGGERS,
  },
  {
    name: 'shared suffix lists',
    proposes: ['Project'],
    recognize: recognizeSharedSuffixLists,
    triggers: SHARED_SUFFIX_TRIGGERS,
  },
  {
    name: 'lists',
    proposes: ['Park', 'Company', 'Project', 'Organization', 'Region', 'Industry'],
    recognize: recognizeLists,
    triggers: LIST_TRIGGERS,
  },
  { name: 'people', proposes: ['Person'], recognize: recognizePeople },
  {
    name: 'context companies',
    proposes: ['Company'],
    recognize: recognizeContextCompanies,
    triggers: CONTEXT_COMPANY_TRIGGERS,
  },
  { name: 'industries', proposes: ['Industry'], recognize: recognizeIndustries },
  {
    name: 'industry lists',
    proposes: ['Industry'],
    recognize: recognizeHeadedIndustryLists,
    triggers: INDUSTRY_LIST_TRIGGERS,
  },
  {
    name: 'partnerships',
    proposes: ['Partnership'],
    recognize: recognizePartnerships,
    triggers: PARTNERSHIP_TRIGGERS,
  },
  { name: 'media', proposes: ['Organization'], recognize: recognizeMedia, triggers: MEDIA_TRIGGERS },
  {
    name: 'state bodies',
    proposes: ['Organization'],
    recognize: recognizeStateBodies,
    triggers: STATE_BODY_TRIGGERS,
  },
  {
    name: 'place committees',
    proposes: ['Organization'],
    recognize: recognizePlaceCommittees,
    triggers: PLACE_COMMITTEE_TRIGGERS,
  },
  {
    name: 'state organ units',
    proposes: ['Organization'],
    recognize: recognizeBodyUnits,
    triggers: BODY_UNIT_TRIGGERS,
  },
  {
    name: 'numbered schools',
    proposes: ['Organization'],
    recognize: recognizeNumberedSchools,
    triggers: NUMBERED_SCHOOL_TRIGGERS,
  },
  {
    name: 'local places',
    proposes: ['Region', 'Park'],
    recognize: recognizeLocalPlaces,
    triggers: LOCAL_PLACE_TRIGGERS,
  },
  {
    name: 'visited sites',
    proposes: ['Project'],
    recognize: recognizeVisitedSites,
    triggers: VISITED_SITE_SUFFIXES,
  },
  { name: 'plants', proposes: ['Project', 'Company', 'Region'], recognize: recognizePlants, triggers: PLANT_TRIGGERS },
  { name: 'route names', proposes: ['Project'], recognize: recognizeRouteNames, triggers: ROUTE_WORDS },
  {
    name: 'edition events',
    proposes: ['Project'],
    recognize: recognizeEditionEvents,
    triggers: EDITION_EVENT_TRIGGERS,
  },
  {
    name: 'held events',
    proposes: ['Project'],
    recognize: recognizeHeldEvents,
    triggers: HELD_EVENT_TRIGGERS,
  },
  {
    name: 'industry heads',
    proposes: ['Industry'],
    recognize: recognizeIndustryHeads,
    triggers: INDUSTRY_HEAD_TRIGGERS,
  },
];

const TRIGGERS = new TriggerFilter(RECOGNIZERS);

/** The candidates of one sentence, recognizer by recognizer in their order, skipping those it holds no trigger of. */
export function recognizeSentence(text: string, sentence: number): Candidate[] {
  const needed = TRIGGERS.needed(text);
  const out: Candidate[] = [];
  RECOGNIZERS.forEach((recognizer, i) => {
    if (needed[i]) for (const c of recognizer.recognize(text, sentence)) out.push(c);
  });
  return out;
}
