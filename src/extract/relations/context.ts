// What every relation rule reads: the sentences, the recognized entities and their mentions by sentence.
import type { EntityKind, RelationProperties, RelationType, Sentence } from '../../ontology/model.ts';
import { isAllowedRelation, RELATION_PROPERTY_NAMES } from '../../ontology/model.ts';
import { regionByName } from '../lexicon/regions.ts';
import type { RecognizedMention, RecognizedReport } from '../entities/index.ts';
import { isPlaceNamedPort, isTrainService } from '../entities/route-names.ts';
import { isHeadingLike, isWorkReport, TITLE_LINES } from '../entities/subject.ts';

export interface RecognizedRelation extends RelationProperties {
  type: RelationType;
  from: number;
  to: number;
  /** Sentence indexes (positions in the sentence list) that state it. */
  evidence: number[];
}

/** A notice's heading: its issuer, then 关于 and what it is about (某局关于王某等同志任职的通知, 某公司关于聘任…的公告);
 *  or a body's page of its own leaders (某局领导班子, 某委领导信息), whose posts that name no body are the body's. */
const NOTICE_HEADING =
  /(?:关于.{1,60}的(?:通知|决定|公告|批复|通报|函)|领导班子(?:成员)?|班子成员|领导(?:信息|简介|分工|介绍|之窗))$/;
/** How many lines open a report where a notice's heading may stand (after a scraped page's metadata). */
const HEADING_LINES = 8;
/** An area's own office: 某某片区|管理局, 某某镇|人民政府. */
const OWN_OFFICE = /^(.+?)(?:管理局|管委会|人民政府|办事处|党工委)$/;

export class RelationContext {
  private readonly bySentence = new Map<number, RecognizedMention[]>();
  private readonly byEntity = new Map<number, RecognizedMention[]>();

  constructor(
    readonly sentences: Sentence[],
    readonly report: RecognizedReport,
  ) {
    for (const m of report.mentions) {
      const ofEntity = this.byEntity.get(m.entity) ?? [];
      ofEntity.push(m);
      this.byEntity.set(m.entity, ofEntity);
      if (m.nested) continue; // a place word inside a name: the sentence's rules read the outer name
      const inSentence = this.bySentence.get(m.sentence) ?? [];
      inSentence.push(m);
      this.bySentence.set(m.sentence, inSentence);
    }
  }

  private area: number | null | undefined;

  /** The part of its park a report's author governs (某开发区|某某片区|管理局 in the opening lines): a report of that
   *  area's office speaks of the area, not of the whole park. */
  ownArea(): number | undefined {
    if (this.area === undefined) this.area = this.findOwnArea() ?? null;
    return this.area ?? undefined;
  }

  private findOwnArea(): number | undefined {
    const park = this.report.subjectPark;
    if (park === undefined) return undefined;
    const parkForms = this.forms(park);
    const regions = new Map(this.entitiesOfKind('Region').map((r) => [this.name(r), r]));
    for (const m of this.report.mentions) {
      if (m.sentence > 2) break;
      if (this.kind(m.entity) !== 'Organization') continue;
      const name = this.name(m.entity);
      const form = parkForms.find((f) => name.startsWith(f));
      const area = form && OWN_OFFICE.exec(name.slice(form.length))?.[1];
      if (area && regions.has(area)) return regions.get(area);
    }
    return undefined;
  }

  private work: boolean | undefined;

  /** A report of a government or an administration on its work: it speaks of the projects and parks of the territory
   *  it governs, which lie there, not of a park's own parts. */
  isWorkReport(): boolean {
    this.work ??= isWorkReport(this.sentences.slice(0, TITLE_LINES).map((s) => s.text));
    return this.work;
  }

  private titled: number | null | undefined;

  /** The region a report's title names first (某某在某省考察时强调 …, 某市：…), leaving out a bracketed one that only
   *  qualifies the next ((某省)某市某区人民政府工作报告) and a macro-region. */
  titleRegion(): number | undefined {
    if (this.titled === undefined) this.titled = this.findTitleRegion() ?? null;
    return this.titled ?? undefined;
  }

  private findTitleRegion(): number | undefined {
    for (const [i, { text }] of this.sentences.slice(0, TITLE_LINES).entries()) {
      if (!isHeadingLike(text)) continue;
      const region = this.mentionsIn(i).find(
        (m) =>
          this.kind(m.entity) === 'Region' &&
          regionByName(this.name(m.entity))?.level !== 'macro' &&
          !/^[(（]/.test(text.slice(m.start - 1, m.start)) &&
          !m.reference,
      );
      if (region) return region.entity;
    }
    return undefined;
  }

  private issuer: number | null | undefined;

  /** The body or company named at the head of a notice's heading (某局关于…的通知, 某公司关于聘任…的公告). */
  noticeIssuer(): number | undefined {
    if (this.issuer === undefined) this.issuer = this.findNoticeIssuer() ?? null;
    return this.issuer ?? undefined;
  }

  private findNoticeIssuer(): number | undefined {
    for (let i = 0; i < Math.min(HEADING_LINES, this.sentences.length); i++) {
      const text = this.text(i);
      const heading = NOTICE_HEADING.exec(text);
      if (!heading) continue;
      return this.mentionsIn(i).find(
        (o) => o.end === heading.index && /^(?:标题[:：]\s*)?$/.test(text.slice(0, o.start)),
      )?.entity;
    }
    return undefined;
  }

  kind(entity: number): EntityKind {
    return this.report.entities[entity]!.kind;
  }

  name(entity: number): string {
    return this.report.entities[entity]!.name;
  }

  /** The forms the report writes an entity by: its name, then its aliases. */
  forms(entity: number): string[] {
    return [this.name(entity), ...this.report.entities[entity]!.aliases];
  }

  /** Mentions in one sentence, in reading order; place words nested in a name are left out. */
  mentionsIn(sentence: number): RecognizedMention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  mentionsOf(entity: number): RecognizedMention[] {
    return this.byEntity.get(entity) ?? [];
  }

  private readonly ofKind = new Map<EntityKind, readonly number[]>();

  /** The report's entities of a kind, in order: listed once per kind, as the rules ask for them entity by entity. */
  entitiesOfKind(kind: EntityKind): readonly number[] {
    let list = this.ofKind.get(kind);
    if (!list) this.ofKind.set(kind, (list = this.report.entities.flatMap((e, i) => (e.kind === kind ? [i] : []))));
    return list;
  }

  private regionForms: ReadonlyMap<string, number> | undefined;

  /** The report's regions by every form it writes them in (name and aliases; a later region's form wins a tie). */
  regionByForm(): ReadonlyMap<string, number> {
    this.regionForms ??= new Map(
      this.entitiesOfKind('Region').flatMap((r) => this.forms(r).map((f) => [f, r] as const)),
    );
    return this.regionForms;
  }

  text(sentence: number): string {
    return this.sentences[sentence]!.text;
  }

  /** The clause (between commas, semicolons, full stops) that holds a mention. */
  clauseOf(m: RecognizedMention): { text: string; start: number } {
    const text = this.text(m.sentence);
    const before = text.slice(0, m.start).search(/[，,；;。！？!?][^，,；;。！？!?]*$/);
    const start = before < 0 ? 0 : before + 1;
    const after = text.slice(m.end).search(/[，,；;。！？!?]/);
    return { text: text.slice(start, after < 0 ? text.length : m.end + after), start };
  }

  /** The first mention after `m` in its clause that `fits`, given the words between them. */
  laterInClause(
    m: RecognizedMention,
    fits: (o: RecognizedMention, between: string) => boolean,
  ): RecognizedMention | undefined {
    const { text, start } = this.clauseOf(m);
    const end = start + text.length;
    const sentence = this.text(m.sentence);
    return this.mentionsIn(m.sentence).find(
      (o) => o.start >= m.end && o.end <= end && fits(o, sentence.slice(m.end, o.start)),
    );
  }

  /** The first sentence in which both entities are mentioned, else the first mention of `a`. */
  evidenceFor(a: number, b: number): number[] {
    const first = this.mentionsOf(a).find((m) => this.mentionsIn(m.sentence).some((o) => o.entity === b));
    const fallback = this.mentionsOf(a)[0];
    return first ? [first.sentence] : fallback ? [fallback.sentence] : [];
  }
}

/** Collects relations, dropping those the ontology does not allow (and places for a train service, which runs
 *  between places and lies in none, and parks for a port named by its place, which parks lie by, not around) and
 *  merging repeats (evidence joins). */
export class RelationSet {
  private readonly byKey = new Map<string, RecognizedRelation>();

  constructor(private readonly context: RelationContext) {}

  add(relation: RecognizedRelation): void {
    const { type, from, to } = relation;
    if (from === to || !isAllowedRelation(type, this.context.kind(from), this.context.kind(to))) return;
    if (type === 'LOCATED_IN' && isTrainService(this.context.name(from))) return;
    if (this.context.kind(to) === 'Park' && isPlaceNamedPort(this.context.name(from))) return;
    const key = `${type}|${from}|${to}`;
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, { ...relation, evidence: [...new Set(relation.evidence)] });
      return;
    }
    for (const e of relation.evidence) if (!existing.evidence.includes(e)) existing.evidence.push(e);
    for (const p of RELATION_PROPERTY_NAMES) {
      if (existing[p] === undefined && relation[p] !== undefined) Object.assign(existing, { [p]: relation[p] });
    }
  }

  values(): RecognizedRelation[] {
    return [...this.byKey.values()];
  }
}
