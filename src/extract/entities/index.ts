// Stage 4: sentences → entities, in declared steps (../steps.ts orders them by what each needs): recognizers
// propose candidates; short forms declared in brackets become mentions of the candidate before them; one overlap pass keeps the best of each sentence (longer, surer names win); names inside
// names and recurring people are added; candidates group into one entity per name, short forms merging into
// it; the report's subject is found; bare references (园区, 该科创飞地) become mentions of the park they mean.
import type { Sentence } from '../../ontology/model.ts';
import type { ReportMeta } from '../metadata.ts';
import { StepRunner, type Step } from '../steps.ts';
import type { Candidate } from './candidate.ts';
import { dropCountedNames } from './counted-names.ts';
import { dropDatelineRegions } from './datelines.ts';
import { dropDocumentIssuers } from './document-titles.ts';
import { declaredShortForms } from './declared-short-forms.ts';
import { group } from './group.ts';
import { dropIndustriesOnlyInParkNames } from './industries.ts';
import { dropCreditedMedia } from './media.ts';
import { dropZonesOnlyInPartNames, namesInside } from './nested.ts';
import { zonesWithCommittees } from './committee-zones.ts';
import { dropNamesakeRegions, dropRegionsInPeopleNames, namesakesInContext } from './namesake-regions.ts';
import { townShortFormMentions } from './town-short-forms.ts';
import { namesOnLines } from './people/lines.ts';
import { resolveOverlaps } from './overlaps.ts';
import { recognizeSentence } from './recognizers.ts';
import { citiesHoldingCounties, countiesOfNamedDivisions, placesListedWithPlaces } from './regions.ts';
import { recurringBrands } from './recurring-brands.ts';
import { recurringPeople, titleBios } from './recurring-people.ts';
import { resolveReferences } from './references.ts';
import type { RecognizedReport } from './report.ts';
import { mergeShortForms } from './short-forms.ts';
import { nameStateBodiesAsWritten } from './state-bodies.ts';
import { findRegions, findSubjectPark, isWorkReport, issuingRegion, parkReferredTo, titleSentence } from './subject.ts';
import { dropWorkReportEvents } from './work-report-events.ts';

export type { RecognizedEntity, RecognizedMention, RecognizedReport } from './report.ts';

interface EntityState {
  texts: string[];
  meta: ReportMeta;
  /** Each sentence's candidates, in recognizer order. */
  candidates: Candidate[][];
  /** Regions whose full name the report writes somewhere: their short forms (宿城) count. */
  fullRegions: Set<string>;
  /** Named candidates kept so far (in no particular order until grouped). */
  kept: Candidate[];
  /** Candidates that refer to a park named elsewhere, in reading order. */
  references: Candidate[];
  report: RecognizedReport;
}

export const ENTITY_STEPS: readonly Step<EntityState>[] = [
  {
    name: 'recognize',
    needs: ['sentences'],
    produces: ['candidates', 'fullRegions'],
    run: (s) => {
      const onLines = namesOnLines(s.texts);
      s.candidates = s.texts.map((text, i) => [...recognizeSentence(text, i), ...onLines[i]!]);
      s.candidates.forEach((all, i) => {
        for (const c of all)
          if (c.kind === 'Region' && s.texts[i]!.startsWith(c.name, c.start)) s.fullRegions.add(c.name);
      });
      for (const city of citiesHoldingCounties(s.fullRegions)) s.fullRegions.add(city);
      for (const county of countiesOfNamedDivisions(s.candidates.flat(), s.texts, s.fullRegions))
        s.fullRegions.add(county);
      for (const place of placesListedWithPlaces(s.candidates.flat(), s.texts, s.fullRegions)) s.fullRegions.add(place);
    },
  },
  {
    name: 'declared short forms',
    needs: ['candidates'],
    produces: ['declared short forms'],
    run: (s) => {
      s.candidates.forEach((all, i) => all.push(...declaredShortForms(s.texts[i]!, i, all)));
    },
  },
  {
    name: 'overlaps',
    needs: ['candidates', 'declared short forms'],
    produces: ['names', 'references', 'namesInside'],
    run: (s) => {
      const inside: Candidate[] = [];
      s.candidates.forEach((all, i) => {
        const resolved = resolveOverlaps(all);
        for (const c of resolved) (c.reference ? s.references : s.kept).push(c);
        inside.push(...namesInside(resolved, s.texts[i]!));
      });
      s.kept.push(...inside);
    },
  },
  {
    name: 'recurring people',
    needs: ['names', 'namesInside'],
    produces: ['people'],
    run: (s) => {
      s.kept = titleBios(s.kept, s.texts);
      s.kept.push(...recurringPeople(s.kept, s.texts));
      s.kept.push(...recurringBrands(s.kept, s.texts));
    },
  },
  {
    name: 'group',
    needs: ['names', 'namesInside', 'people', 'fullRegions'],
    produces: ['entities'],
    run: (s) => {
      s.kept = dropNamesakeRegions(townShortFormMentions(s.kept, s.texts, s.fullRegions), s.fullRegions);
      s.kept = namesakesInContext(s.kept, s.texts);
      s.kept = dropRegionsInPeopleNames(s.kept, s.texts);
      s.kept = dropCountedNames(dropIndustriesOnlyInParkNames(s.kept, s.texts), s.texts);
      s.kept = dropCreditedMedia(s.kept, s.texts);
      s.kept = dropDocumentIssuers(s.kept, s.texts);
      s.kept = dropDatelineRegions(s.kept, s.texts);
      s.kept = dropWorkReportEvents(s.kept, s.texts);
      s.kept = dropZonesOnlyInPartNames(zonesWithCommittees(s.kept, s.texts));
      s.kept.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
      s.report = group(s.kept, s.texts, new Set(s.meta.authors), s.fullRegions);
    },
  },
  {
    name: 'short forms',
    needs: ['entities'],
    produces: ['one entity per name'],
    run: (s) => void (s.report = mergeShortForms(s.report)),
  },
  {
    name: 'state bodies as written',
    needs: ['one entity per name'],
    produces: ['state bodies as written'],
    run: (s) => void (s.report = nameStateBodiesAsWritten(s.report, s.texts)),
  },
  {
    name: 'subject',
    needs: ['one entity per name', 'state bodies as written'],
    produces: ['subject'],
    run: (s) => {
      const title = titleSentence(s.texts, s.meta);
      const issuer = isWorkReport(s.texts) ? issuingRegion(s.report, s.texts) : undefined;
      s.report.subjectPark =
        findSubjectPark(s.report, title, issuer !== undefined, s.texts) ??
        (issuer === undefined ? parkReferredTo(s.report, s.texts) : undefined);
      Object.assign(s.report, findRegions(s.report, title, issuer, s.meta.title));
      if (s.meta.filedFrom) s.report.filedFrom = s.meta.filedFrom;
    },
  },
  {
    name: 'references',
    needs: ['one entity per name', 'subject', 'references'],
    produces: ['reference mentions'],
    run: (s) => {
      const { entities, mentions } = resolveReferences(s.report, s.references, s.texts);
      const all = [...s.report.mentions, ...mentions].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
      s.report = { ...s.report, entities, mentions: all };
    },
  },
];

const RUNNER = new StepRunner('entity steps', ENTITY_STEPS, ['sentences']);

export function recognizeEntities(sentences: Sentence[], meta: ReportMeta): RecognizedReport {
  const state: EntityState = {
    texts: sentences.map((s) => s.text),
    meta,
    candidates: [],
    fullRegions: new Set(),
    kept: [],
    references: [],
    report: { entities: [], mentions: [] },
  };
  return RUNNER.run(state).report;
}
