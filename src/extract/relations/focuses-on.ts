// FOCUSES_ON: a report's industries are those of the park the sentence speaks of (该科创飞地…涵盖新能源), else
// of the report's park or region; the tier comes from the words around them (…三大主导产业, 培育新兴产业).
import { TIER_WORDS } from '../lexicon/industries.ts';
import type { IndustryTier } from '../../ontology/model.ts';
import { regionByName } from '../lexicon/regions.ts';
import { TITLE_LINES as HEADLINE_LINES } from '../entities/subject.ts';
import type { RecognizedMention } from '../entities/index.ts';
import type { RelationContext, RelationSet } from './context.ts';
import { OWN_GROUP } from './located-in.ts';

const TIER_AFTER = new RegExp(
  `^[^，,；;。]*?(?:[0-9一二两三四五六七八九十]+(?:个|大)|为)?(${TIER_WORDS.map(([w]) => w).join('|')})(?:的)?产业`,
);
/** Heads of a list of industries; the nearest before an item gives its tier when it is a tier word (主导产业为A，
 *  特色产业为B: B has none). */
const TIER_BEFORE = new RegExp(`(${TIER_WORDS.map(([w]) => w).join('|')}|特色|支柱|未来|传统|优势|重点|基础)产业`, 'g');
const TIER_OF = new Map<string, IndustryTier>(TIER_WORDS);
/** What before a tier word makes it close a list (A、B等|主导产业) or a clause (以A为|主导产业，围绕B、C…); a count may
 *  open one too (三大主导产业为A、B). */
const CLOSES_LIST = /(?:等|为)$/;
const TIERS = TIER_WORDS.map(([w]) => w).join('|');
/** A count or 等 head closing the item's own list (…、文化旅游两大生产性服务业; A、B等传统产业): the list's kind is
 *  stated there. */
const OWN_HEAD_AFTER =
  /^[^，,；;。]*?(?:[0-9一二两三四五六七八九十]+(?:大|个)|等)[^，,；;。、]{0,8}?(?:产业|服务业|行业|板块|领域)/;
/** The clause after the industry says what it is: 黄花种植历史悠久，是当地主导产业. */
const IS_TIER = new RegExp(
  `^[^，,；;。]*?[，,](?:已|已经|逐步)?(?:是|成为|作为)[^，,；;。]{0,8}?(${TIERS})(?:的)?产业`,
);
/** A heading line that names the tier of the industries under it: （一）主导产业, 二、战略性新兴产业：. */
const TIER_HEADING = new RegExp(
  `^(?:[（(]?[一二三四五六七八九十0-9]+[）)、.．]?)?[^，,；;。]{0,6}?(${TIERS})产业(?:[：:]|发展)?$`,
);

/** What a tier word's 产业 is followed by when it heads the items after it: 为, 有, a colon, or the item's own clause;
 *  a tier that is a clause's object (聚焦主导产业延链补链，发展A) heads nothing in a later clause. */
const INTRODUCES_ITEMS = /^(?:集群|体系)?(?:主要)?(?:为|是|有|包括|包含|分别为|分别是|即|[：:，,])/;

function headsWhatFollows(between: string): boolean {
  return INTRODUCES_ITEMS.test(between) || !/[，,；;]/.test(between);
}

/** A tier the industry is written with (辣椒主导产业, 食用菌支柱产业): its own, whatever stands around it. */
const OWN_TIER = new RegExp(`(${TIERS}|支柱|首位)产业$`);

function tierOf(ctx: RelationContext, m: RecognizedMention): IndustryTier | undefined {
  const text = ctx.text(m.sentence);
  const own = OWN_TIER.exec(text.slice(m.start, m.end));
  if (own) return TIER_OF.get(own[1]!);
  const after = TIER_AFTER.exec(text.slice(m.end).replace(/^[”’]/, ''));
  if (after) return TIER_OF.get(after[1]!);
  // 以A、B为主导、C为支撑: A and B lead.
  if (/^(?:[、和与及][^，,；;。、为]{2,10})*为主导/.test(text.slice(m.end))) return '主导';
  const is = IS_TIER.exec(text.slice(m.end));
  if (is) return TIER_OF.get(is[1]!);
  // A list head of its own after it (…和现代物流、文化旅游两大生产性服务业) says what it is: not a tier before it.
  if (OWN_HEAD_AFTER.test(text.slice(m.end))) return undefined;
  // The nearest tier before it: 主导产业为A，新兴产业为B gives B 新兴. A tier closing an earlier list (A、B等主导产业，
  // 大力发展C) is that list's, not a head over C.
  const before = [...text.slice(0, m.start).matchAll(TIER_BEFORE)]
    .filter(
      (t) => !CLOSES_LIST.test(text.slice(0, t.index)) && headsWhatFollows(text.slice(t.index + t[0].length, m.start)),
    )
    .at(-1);
  if (before) return TIER_OF.get(before[1]!);
  return headingTier(ctx, m);
}

/** The tier a heading line names above the industry (主导产业 / 电子信息产业……), also over the short item lines of a
 *  list or table that stand between (主导产业 / 1.电子信息 / 2.新材料). */
function headingTier(ctx: RelationContext, m: RecognizedMention): IndustryTier | undefined {
  for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - 1 - MAX_ITEM_LINES); s--) {
    const line = ctx.text(s).trim();
    const heading = TIER_HEADING.exec(line);
    if (heading) return TIER_OF.get(heading[1]!);
    if (s === m.sentence - 1 && !ITEM_LINE.test(ctx.text(m.sentence).trim())) break;
    if (!ITEM_LINE.test(line)) break;
  }
  return undefined;
}

/** A short line of a list or table (1.电子信息, 新材料产业): no sentence of its own. */
const ITEM_LINE = /^(?:[（(]?[0-9一二三四五六七八九十]+[）)、.．]?)?[^，,；;。]{1,16}$/;
const MAX_ITEM_LINES = 8;

/** A park listed with the industry (推进游艇制造业、动漫产业园及音乐文化等产业): an item beside it, not its subject. */
function listedWith(ctx: RelationContext, park: RecognizedMention, m: RecognizedMention): boolean {
  const between = ctx.text(m.sentence).slice(park.end, m.start);
  return /^[、和及与]/.test(between) && !/[，,；;。：:]/.test(between) && !DEVELOPS.test(between);
}

/** The park this sentence speaks of, other than parks whose names hold the industry or that are listed. */
function localPark(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  const parks = ctx
    .mentionsIn(m.sentence)
    .filter(
      (o) =>
        ctx.kind(o.entity) === 'Park' &&
        o.end <= m.start &&
        !(o.start <= m.start && m.end <= o.end) &&
        !o.listType &&
        !listedWith(ctx, o, m) &&
        !MEANS_OF_PLACE.test(text.slice(0, o.start)),
    );
  return parks.find((o) => o.reference)?.entity ?? parks[0]?.entity;
}

/** 以|A园、B园|为全区工业主战场: parks a place's plan makes its means (以…为主战场/载体/平台); what the plan goes on to
 *  develop is the place's. */
const MEANS_OF_PLACE = /(?:^|[，,；;。])[^，,；;。]{0,8}以(?:[^，,；;。]{2,30}[、和及])?$/;

/** Words before a region that make it a partner, a destination or an origin (赴日本、新加坡考察, 加强与台湾合作, 来自
 *  某市的企业, 承接某市主城区产业转移): not the place that develops the industry. A list of regions after the word is
 *  read by its first. */
const PARTNER_OR_DESTINATION = /(?:赴|前往|出访|与|同|对接|面向|来自|到|借鉴|学习|承接)(?:[^，,；;。]{0,2}[、和])?$/;
/** Whether such a word stands right before the mention. */
const partnerOrDestination = (text: string, o: RecognizedMention) =>
  PARTNER_OR_DESTINATION.test(text.slice(Math.max(0, o.start - 4), o.start));
/** A place in a clause that says where something lies (位于某村的土地, 距某市30公里): a location, not the subject. */
const LOCATION_CLAUSE = /(?:位于|地处|坐落|毗邻|紧邻|临近|距离?|东至|西至|南至|北至|东临|西临|南临|北临)[^，,；;。]*$/;

/** The region this sentence speaks of before the industry (海南要发展…数字经济), when it names no park: the nearest
 *  one before it, not a macro-region (长三角 is never the subject of a focus here). */
function localRegion(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  return ctx
    .mentionsIn(m.sentence)
    .filter(
      (o) =>
        ctx.kind(o.entity) === 'Region' &&
        o.end <= m.start &&
        regionByName(ctx.name(o.entity))?.level !== 'macro' &&
        !partnerOrDestination(text, o) &&
        !LOCATION_CLAUSE.test(text.slice(0, o.start)),
    )
    .at(-1)?.entity;
}

/** Places listed before 分别 (A和B分别以X、Y为主导产业; A、B分别重点发展X和Y): the n-th industry after it is the n-th
 *  place's, when the counts agree. */
function respectivePlace(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  const at = text.lastIndexOf('分别', m.start);
  if (at < 0 || /[；;。]/.test(text.slice(at, m.start))) return undefined;
  const mentions = ctx.mentionsIn(m.sentence).filter((o) => !o.nested);
  const places: RecognizedMention[] = [];
  for (const o of mentions.filter((o) => o.end <= at).reverse()) {
    if (!['Park', 'Region'].includes(ctx.kind(o.entity))) break;
    const gap = text.slice(o.end, places.length ? places[0]!.start : at);
    if (places.length ? !/^[、和与及]$/.test(gap) : gap !== '') break;
    places.unshift(o);
  }
  const clauseEnd = text.slice(at).search(/[；;。]/);
  const until = clauseEnd < 0 ? text.length : at + clauseEnd;
  const industries = mentions.filter((o) => o.start > at && o.end <= until && ctx.kind(o.entity) === 'Industry');
  if (places.length < 2 || places.length !== industries.length) return undefined;
  return places[industries.indexOf(m)]?.entity;
}

/** What may open a clause before its subject: a time, a linking adverb or a quote (其中, 近年来, 2024年, 同时). */
const OPENER =
  '[“”"‘’《（(]|其中|同时|此外|另外|目前|当前|如今|现在|近年来|近年|今年|去年|全年|上半年|下半年|[0-9]{4}年(?:以来)?|[0-9]{1,2}月(?:份)?(?:以来)?';
const CLAUSE_OPENER = new RegExp(`^(?:${OPENER})*$`);
const CLAUSE_OPENER_PREFIX = new RegExp(`^(?:${OPENER})*`);
/** Words before a place that make it a means or a partner, not the clause's subject (依托某园区, 借助, 通过). */
const MEANS_BEFORE = /(?:依托|借助|通过|利用|凭借|携手|联合|会同)$/;

/** An organ after the place (滨江区委常委, 某市政府): the place names a speaker's post, not the clause's subject. */
const ORGAN_AFTER = /^(?:[区县市省镇]?(?:委|党委|党工委|政府|人大|政协|管委会)|(?:党工委|管委会))/;

/** The place a clause is about: a Park or Region standing at the head of the industry's clause or of an earlier clause
 *  of the sentence (某县…，其中某园区…；某园区将重点发展X), the nearest first. A place in mid-clause (是某市唯一的,
 *  位于某县, 与某区合作) is the clause's object, not its subject. */
function clauseSubject(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  const subjects = ctx.mentionsIn(m.sentence).filter((o) => {
    if (o.nested || o.listType || o.end > m.start || !['Park', 'Region'].includes(ctx.kind(o.entity))) return false;
    if (ctx.kind(o.entity) === 'Region' && regionByName(ctx.name(o.entity))?.level === 'macro') return false;
    const head = text
      .slice(0, afterPlacesBefore(ctx, o))
      .split(/[，,；;。！!？?：:\n]/)
      .at(-1)!;
    return (
      CLAUSE_OPENER.test(head) &&
      !MEANS_BEFORE.test(head) &&
      !ORGAN_AFTER.test(text.slice(o.end)) &&
      !listedWith(ctx, o, m)
    );
  });
  return subjects.at(-1)?.entity;
}

/** A place's own organ opening the sentence, maybe after its openers (某镇党委因村施策，探索出了以A、B为主导产业…;
 *  近年来，某区委区政府将X作为重点产业培育): the clause speaks for the place the report names, whose industries they
 *  are. A post after the organ (某区委常委、副区长某某表示) makes it a speaker's, not the subject. */
const SENTENCE_OPENERS = new RegExp(`^(?:(?:${OPENER})*[，,])*(?:${OPENER})*`);
const ORGAN_OPENING = /^(?:党委|党工委|委|政府|人民政府)/;
const POST_AFTER = /^(?:常委|书记|副|[省市县区镇乡]长|委员|主任|部长|宣传|组织|统战|办公室|秘书)/;
function organOfPlace(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  const at = SENTENCE_OPENERS.exec(text)![0].length;
  // (A quote opens a name: “某特别行政区政府某局…”启动仪式.)
  if (/[“"]$/.test(text.slice(0, at))) return undefined;
  // (The recognizer may cut the organ's name short, 某|坪镇党委: the sentence's words are read, not its name.)
  let best: { region: number; organ: number } | undefined;
  for (const region of ctx.entitiesOfKind('Region')) {
    for (const form of ctx.forms(region)) {
      if (!/[镇乡县区市]$|街道$/.test(form) || !text.startsWith(form, at)) continue;
      const organ = ORGAN_OPENING.exec(text.slice(at + form.length));
      if (organ && (!best || at + form.length > best.organ)) best = { region, organ: at + form.length };
    }
  }
  if (!best || best.organ >= m.start) return undefined;
  const after = text.slice(best.organ).replace(ORGAN_OPENING, '');
  return POST_AFTER.test(after) ? undefined : best.region;
}

/** Where the places written right before a place start (某县|某镇: the county only says where the town lies, and the
 *  clause is about the town), or the place's own start when none is. */
function afterPlacesBefore(ctx: RelationContext, o: RecognizedMention): number {
  if (ctx.kind(o.entity) !== 'Region') return o.start;
  const mentions = ctx.mentionsIn(o.sentence);
  let start = o.start;
  for (let before = o; ;) {
    const place = mentions.find((p) => p.end === before.start && !p.nested && ctx.kind(p.entity) === 'Region');
    if (!place) return start;
    start = place.start;
    before = place;
  }
}

/** A place the clause refers back to (该村, 全村, 村党支部, 该镇, a prefecture's 该州): the last place of that kind named
 *  before. */
const PLACE_REFERENCE = /(?:该|全|本|这个|我)([村镇乡县市])|(?:该|本)(州)|([村镇乡])(?:里|党支部|党委|集体|民们)/;
const LOOK_BACK = 3;

function referredPlace(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const ref = PLACE_REFERENCE.exec(ctx.clauseOf(m).text.slice(0, m.start - ctx.clauseOf(m).start));
  if (!ref) return undefined;
  const level = ref[1] ?? ref[2] ?? ref[3]!;
  for (let s = m.sentence; s >= Math.max(0, m.sentence - LOOK_BACK); s--) {
    const place = ctx
      .mentionsIn(s)
      .filter(
        (o) =>
          ctx.kind(o.entity) === 'Region' && ctx.name(o.entity).endsWith(level) && (s < m.sentence || o.end <= m.start),
      )
      .at(-1);
    if (place) return place.entity;
  }
  return undefined;
}

/** A clause opened by a word that points back at a park (园区入驻企业覆盖了…, 该园重点发展…): its industries are that
 *  park's, not those of a region named earlier in the sentence (以某市原有产业为基础，园区…). */
const PARK_REFERENCE = /^(?:(?:该|本)?园区|(?:该|本)园|园内)/;

/** The park a clause's opening reference points at: a bare 园区 the report's own park, as references are read; 该园区
 *  (or a report with no park of its own) the last park named before it, in this sentence or the few before, that
 *  opened a clause of its own (某某产业园着力打造…: the topic, not a park named inside what it builds). */
function referredPark(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const { text, start } = ctx.clauseOf(m);
  const head = text.slice(0, m.start - start).replace(CLAUSE_OPENER_PREFIX, '');
  const ref = PARK_REFERENCE.exec(head)?.[0] ?? sentenceTopicReference(ctx, m);
  if (!ref) return undefined;
  if (!/^[该本]/.test(ref) && ctx.report.subjectPark !== undefined) return ctx.report.subjectPark;
  for (let s = m.sentence; s >= Math.max(0, m.sentence - LOOK_BACK); s--) {
    const park = ctx
      .mentionsIn(s)
      .filter(
        (o) =>
          ctx.kind(o.entity) === 'Park' &&
          !o.nested &&
          !o.listType &&
          (s < m.sentence || o.end <= start) &&
          opensClause(ctx.text(s), o),
      )
      .at(-1);
    if (park) return park.entity;
  }
  return undefined;
}

/** Whether the sentence names a park or place of its own before the industry, not one it comes from or goes to. */
function placeNamedBefore(ctx: RelationContext, m: RecognizedMention): boolean {
  const text = ctx.text(m.sentence);
  return ctx
    .mentionsIn(m.sentence)
    .some(
      (o) =>
        o.end <= m.start &&
        !o.nested &&
        ['Park', 'Region'].includes(ctx.kind(o.entity)) &&
        !partnerOrDestination(text, o),
    );
}

/** The park reference a sentence opens with, which stays the topic of its later clauses while they name no place of
 *  their own (园区聚焦A、B三大主导产业，培育C、D等新兴产业: C and D are the park's too). */
function sentenceTopicReference(ctx: RelationContext, m: RecognizedMention): string | undefined {
  const text = ctx.text(m.sentence);
  if (placeNamedBefore(ctx, m)) return undefined;
  return PARK_REFERENCE.exec(text.replace(CLAUSE_OPENER_PREFIX, ''))?.[0];
}

/** True when only openers (其中, 近年来, a quote) stand before the mention in its clause. */
function opensClause(text: string, o: RecognizedMention): boolean {
  return CLAUSE_OPENER.test(
    text
      .slice(0, o.start)
      .split(/[，,；;。！!？?：:\n]/)
      .at(-1)!,
  );
}

/** How far back a paragraph's topic is looked for. */
const PARAGRAPH_LOOK_BACK = 8;

/** The park a paragraph's first sentence opens with (某某工业园规划面积…。处于…，主攻…，吸纳…等产业。), which stays
 *  the subject of the paragraph's later sentences while they name no place before the industry: a brochure's or a
 *  park page's section on each park. Sentences of one paragraph follow each other with nothing between; a line break
 *  leaves a gap. A long paragraph (a work report's) changes topic: only its first few sentences are read so. */
function paragraphTopic(ctx: RelationContext, m: RecognizedMention): number | undefined {
  if (placeNamedBefore(ctx, m)) return undefined;
  const follows = (s: number) => s > 0 && ctx.sentences[s - 1]!.end === ctx.sentences[s]!.start;
  let first = m.sentence;
  while (follows(first) && m.sentence - first < PARAGRAPH_LOOK_BACK) first--;
  if (first === m.sentence || follows(first)) return undefined;
  const opening = ctx.mentionsIn(first).find((o) => !o.nested && !o.listType && ctx.kind(o.entity) === 'Park');
  return opening && ctx.text(first).slice(0, opening.start).trim() === '' ? opening.entity : undefined;
}

/** The park a sentence before, in the same paragraph, opens with after its openers (目前，某高新区入驻企业426家。区内…。
 *  …等主导产业规模不断壮大), over sentences between that name no place: the topic the paragraph goes on about while
 *  the industry's sentence names no place of its own. */
const TOPIC_LOOK_BACK = 3;

function earlierSentencePark(ctx: RelationContext, m: RecognizedMention): number | undefined {
  for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - TOPIC_LOOK_BACK); s--) {
    if (ctx.sentences[s]!.end !== ctx.sentences[s + 1]!.start) return undefined;
    const places = ctx.mentionsIn(s).filter((o) => !o.nested && ['Park', 'Region'].includes(ctx.kind(o.entity)));
    const opening = places[0];
    if (!opening) continue;
    return ctx.kind(opening.entity) === 'Park' && !opening.listType && opensClause(ctx.text(s), opening)
      ? opening.entity
      : undefined;
  }
  return undefined;
}

/** The place the clause names after the industry when none comes before it (电子信息产业是某高新区的主导产业). */
function placeAfter(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const before = ctx.text(m.sentence).slice(0, m.start);
  if (ctx.mentionsIn(m.sentence).some((o) => o.end <= m.start && ['Park', 'Region'].includes(ctx.kind(o.entity))))
    return undefined;
  if (/(?:与|同|和|向|对|赴|在)$/.test(before)) return undefined;
  return ctx.laterInClause(
    m,
    (o, between) =>
      (ctx.kind(o.entity) === 'Park' ||
        (ctx.kind(o.entity) === 'Region' && regionByName(ctx.name(o.entity))?.level !== 'macro')) &&
      /^(?:产业|业)?(?:是|为|成为|作为)/.test(between),
  )?.entity;
}

/** A company is what the sentence speaks of before the industry, and the words between say what it makes or does
 *  (华辰公司主要生产…，产品应用于光伏、储能等领域), or the industry's list is of lines of business: the industry is
 *  the company's business, not a place's focus. */
function companysBusiness(ctx: RelationContext, m: RecognizedMention): boolean {
  const before = ctx
    .mentionsIn(m.sentence)
    .filter((o) => o.end <= m.start && ['Company', 'Park', 'Region'].includes(ctx.kind(o.entity)))
    .at(-1);
  return (
    BUSINESS_LINES_AFTER.test(ctx.text(m.sentence).slice(m.end)) ||
    (before !== undefined &&
      ctx.kind(before.entity) === 'Company' &&
      BUSINESS.test(ctx.text(m.sentence).slice(before.end, m.start)))
  );
}

/** A word for a company opening the sentence as its subject (公司在…促使A、B三大产业…, 该企业主要从事…). */
const COMPANY_WORD = /^(?:该|本|我|这家)?(?:公司|企业|集团)/;

/** A company is the subject of the sentence the industry is in: the nearest company, park or place before the
 *  industry is a company opening a clause of it (华辰公司切入光伏产业, 华辰科技是一家为轨道交通提供装备的企业), or the
 *  sentence opens with a word for one. What it enters, serves or is good at is its business, not a place's focus;
 *  a place's own state group (区城投集团, 文旅集团) speaks for the place. */
function companySubject(ctx: RelationContext, m: RecognizedMention): boolean {
  const text = ctx.text(m.sentence);
  const before = ctx
    .mentionsIn(m.sentence)
    .filter((o) => !o.nested && o.end <= m.start && ['Company', 'Park', 'Region'].includes(ctx.kind(o.entity)));
  const nearest = before.at(-1);
  if (nearest === undefined) return COMPANY_WORD.test(text.replace(SENTENCE_OPENERS, ''));
  // (A place's own state group, 文旅集团重点推进A、B等产业, speaks for the place.)
  return (
    ctx.kind(nearest.entity) === 'Company' && opensClause(text, nearest) && !OWN_GROUP.test(ctx.name(nearest.entity))
  );
}

/** A list closed as fields two parties are to work together in (双方将在A、B等领域深化合作, 围绕A、B等方面进行交流, 在A、
 *  B等方面有着广阔的合作前景), or as fields of which a party has experience to share (在A、B领域经验丰富, 了解在A、B
 *  等方面的经验做法): a field of cooperation, not an industry either side is said to develop. */
const FIELD_OF_COOPERATION = new RegExp(
  [
    '^[^，,；;。]*?(?:等|领域|方面)(?:的|了|进行|开展|深化|加强|推进|拓展|展开|务实|深入|广泛|全面)*(?:合作|交流|协作)',
    '^[^，,；;。]*?(?:等|领域|方面)[^，,；;。]{0,8}?(?:合作|交流|协作)(?:前景|空间|潜力|机会|机遇)',
    '^[^，,；;。]*?(?:领域|方面)[^，,；;。]{0,4}?经验',
  ].join('|'),
);

/** A list closed as lines of business (农业装备、工程机械等业务为主体): a company's, no place develops 业务. */
const BUSINESS_LINES_AFTER = /^[^，,；;。]*?等[^，,；;。]{0,4}?业务/;

/** Words that say what a company makes or does (主要生产, 产品应用于, 主营, 从事, 提供): its business. A company a
 *  place owns that 布局/集中 an industry (区属国企向…产业集中) speaks for the place. */
const BUSINESS =
  /^[^，,；;。]{0,4}?(?:主要|专业|致力于|专注于?)?(?:生产|主营|从事|经营|提供|供应|研发|制造)|[，,](?:其|公司)?产品(?:主要)?(?:广泛)?(?:应用于|用于|销往)/;

/** The park whose name holds this industry mention (光伏|产业园). */
function containingPark(ctx: RelationContext, m: RecognizedMention): RecognizedMention | undefined {
  return ctx
    .mentionsIn(m.sentence)
    .find((o) => ctx.kind(o.entity) === 'Park' && o.start <= m.start && m.end <= o.end && o !== m);
}

/** A park named by its industry in a list of such parks (文具产业园、模具产业园、新能源产业园: a zone's parks split by
 *  industry) focuses on it. A lone 新材料产业园 may be only a name; its industry is the report's. */
function inListOfParks(ctx: RelationContext, park: RecognizedMention): boolean {
  const text = ctx.text(park.sentence);
  const parks = ctx.mentionsIn(park.sentence).filter((o) => ctx.kind(o.entity) === 'Park');
  const at = parks.indexOf(park);
  const [before, after] = [parks[at - 1], parks[at + 1]];
  return (
    (before !== undefined && /^[、和与及]$/.test(text.slice(before.end, park.start))) ||
    (after !== undefined && /^[、和与及]$/.test(text.slice(park.end, after.start)))
  );
}

/** Words that make an industry one a place develops: 发展X, 培育X产业, X等主导产业, 聚焦X, 主攻X, 打造X产业集群; or
 *  hosts, by the figures a report gives it (X增加值, X同比增长). */
const DEVELOPS =
  /发展|主攻|主打|瞄准|深耕|专注|锚定|培育|壮大|主导|先导|新兴|支柱|特色|优势|聚焦|打造|布局|做强|做大|做优|集聚|集群|产业链|引进|招引|重点|涵盖|形成|围绕|推动|推进|加快|提升|振兴|升级|产业|领域|业态|增长|增加值|产值/;

const NATIONAL = /我国|我们国家/;

/** A list headed by its count or tier in the clause before: 六大新兴产业，A、B、C; 主导产业有：A、B. */
const HEADED =
  /(?:[0-9一二两三四五六七八九十]+(?:大|个)|主导|先导|新兴|支柱|特色|优势|重点)[^，,；;。：:]{0,8}(?:产业|行业|领域)(?:[为是有]|包括|分别为|即)?[：:，,]$/;

/** Whether the clause that holds an industry (its list, for an item of one) speaks of developing it. An industry named
 *  in passing (组建公司运营会展业, 社保基金, 义务教育) is no place's focus. */
function developed(ctx: RelationContext, m: RecognizedMention): boolean {
  const { text, start } = ctx.clauseOf(m);
  // The nation's industry (推动我国制造业转型升级) is no place's focus.
  if (NATIONAL.test(text)) return false;
  return DEVELOPS.test(text) || HEADED.test(ctx.text(m.sentence).slice(Math.max(0, start - 24), start));
}

/** The place whose government or administration writes the report its title names (某县人民政府工作报告, 某区管委会
 *  2024年工作总结): the title names the place only inside the organ's name. */
const AUTHOR_ORGAN = /(?:人民政府|政府|国务院|管委会|管理委员会)$/;
const TITLE_LINES = 3;

function authorPlace(ctx: RelationContext): number | undefined {
  if (!ctx.isWorkReport()) return undefined;
  for (const m of ctx.report.mentions) {
    if (m.sentence >= TITLE_LINES) break;
    if (m.nested || ctx.kind(m.entity) !== 'Organization' || !AUTHOR_ORGAN.test(ctx.name(m.entity))) continue;
    // The innermost place: (江苏省)宿迁市某某区人民政府 is the district's.
    const place = ctx.report.mentions
      .filter(
        (o) =>
          o.nested &&
          o.sentence === m.sentence &&
          o.start >= m.start &&
          o.end <= m.end &&
          ctx.kind(o.entity) === 'Region',
      )
      .sort((a, b) => a.end - b.end)
      .at(-1);
    if (place) return place.entity;
  }
  return undefined;
}

/** An industry inside another name than a park's (某部电子商务司, 某某新能源有限公司): the name's, no place's focus. */
function insideOtherName(ctx: RelationContext, m: RecognizedMention): boolean {
  return ctx
    .mentionsIn(m.sentence)
    .some(
      (o) =>
        o !== m &&
        ['Organization', 'Company', 'Project'].includes(ctx.kind(o.entity)) &&
        o.start <= m.start &&
        m.end <= o.end,
    );
}

/** A clause opened by a zone or place the recognizers did not take (某某改革创新示范区围绕…, 某某新区重点发展…): its
 *  industries are that place's, not the report's subject's. A reference to the report's own (全区, 该区, 开发区) is not
 *  such a name. */
const PLACE_HEAD =
  /^[\p{Script=Han}]{2,12}?(?:示范区|开发区|试验区|实验区|合作区|新区|高新区|园区|产业园|片区|自治州|州|县|市|镇|乡|村)(?=[^\p{Script=Han}]|要|将|已|围绕|聚焦|重点|大力|着力|积极|主攻|发展|培育|打造|立足|依托|以)/u;
const OWN_REFERENCE = /^(?:全|该|本|我|各|辖|这个?|开发区|高新区|园区|新区|片区)/;

function unnamedSubject(ctx: RelationContext, m: RecognizedMention): boolean {
  const { text, start } = ctx.clauseOf(m);
  const head = text.slice(0, m.start - start).replace(CLAUSE_OPENER_PREFIX, '');
  const place = PLACE_HEAD.exec(head);
  if (!place || OWN_REFERENCE.test(place[0])) return false;
  const at = start + (m.start - start - head.length);
  return !ctx.mentionsIn(m.sentence).some((o) => o.start <= at && at < o.end);
}

/** The head of a park named by an industry before its suffix (文具|产业园, 新型建材与家居|产业园), split where it joins
 *  two; a qualifier before an industry (新型|建材) is not part of its name. */
const INDUSTRY_PARK = /^(\p{Script=Han}{2,12}?)(?:产业园区|产业园|产业基地|工业园)$/u;
const PARK_HEAD_QUALIFIER = /^(?:新型|现代|高端|绿色|智能)/;

function industriesInParkHead(park: string): string[] {
  const head = INDUSTRY_PARK.exec(park)?.[1];
  if (!head) return [];
  return head.split(/[与和及]/).flatMap((part) => [part, part.replace(PARK_HEAD_QUALIFIER, '')]);
}

/** A zone's parks split by industry (文具产业园、模具产业园) whose industries the report names elsewhere (六大特色产业：
 *  文具、模具) but the lexicon lacks, so no mention inside the park's name gives its focus: each park focuses on the
 *  industry its name holds. */
function listedParksByIndustry(ctx: RelationContext, out: RelationSet): void {
  const industries = new Map<string, number>();
  for (const i of ctx.entitiesOfKind('Industry')) for (const form of ctx.forms(i)) industries.set(form, i);
  for (const park of ctx.report.mentions) {
    if (ctx.kind(park.entity) !== 'Park' || park.nested || !inListOfParks(ctx, park)) continue;
    for (const part of new Set(industriesInParkHead(ctx.name(park.entity)))) {
      const industry = industries.get(part);
      if (industry !== undefined)
        out.add({ type: 'FOCUSES_ON', from: park.entity, to: industry, evidence: [park.sentence] });
    }
  }
}

/** The place a headline is about: its first place, or the county or town last in the places written in a row there
 *  (某市某区召开…, 某省某市某县：…: the city and the province only say where it lies). A city after its province
 *  (湖北武汉) leaves the headline the province's. */
const LOCAL_LEVELS = new Set(['county', 'town']);

function headlinePlace(ctx: RelationContext): number | undefined {
  const first = ctx.titleRegion();
  if (first === undefined) return undefined;
  for (let s = 0; s < HEADLINE_LINES; s++) {
    const mentions = ctx.mentionsIn(s).filter((o) => !o.nested && ctx.kind(o.entity) === 'Region');
    let place = mentions.find((o) => o.entity === first);
    if (place === undefined) continue;
    let local = first;
    while (place !== undefined) {
      if (LOCAL_LEVELS.has(regionByName(ctx.name(place.entity))?.level ?? '')) local = place.entity;
      const end: number = place.end;
      place = mentions.find((o) => o.start === end);
    }
    return local;
  }
  return first;
}

/** The regions listed before the region a clause gives the industry (江苏、北京、上海等6地…处于石墨烯产业发展的第一梯队;
 *  青海、内蒙古、河北这三个光伏产业发展较快省): the list is the clause's subject, each item develops it. Countries are
 *  left out. */
function regionsListedWith(ctx: RelationContext, m: RecognizedMention, region: number): number[] {
  // (Countries listed are markets or partners more often than places that develop it: 泰国、马来西亚等.)
  const domestic = (r: number) => ctx.kind(r) === 'Region' && regionByName(ctx.name(r))?.level !== 'country';
  if (!domestic(region)) return [];
  const text = ctx.text(m.sentence);
  const before = ctx.mentionsIn(m.sentence).filter((o) => o.end <= m.start);
  let at = before.findLastIndex((o) => o.entity === region);
  if (at < 0) return [];
  const listed: number[] = [];
  for (let k = at - 1; k >= 0; k--, at--) {
    const o = before[k]!;
    if (!domestic(o.entity) || !/^[、和与及]$/.test(text.slice(o.end, before[at]!.start))) break;
    if (partnerOrDestination(text, o)) return [];
    listed.push(o.entity);
  }
  return listed;
}

/** An event the sentence is about, opening it (此次竞赛旨在…推动光伏行业发展, 本届博览会聚焦…, 会议旨在…, 比赛期间…): the
 *  fields it gathers people in or speaks for are no focus of the report's place unless the sentence names one. */
const EVENT_SUBJECT =
  /^(?:此次|本次|本届|这次|该|今年的?)?[^，,；;。]{0,10}?(?:活动|会议|大会|论坛|竞赛|比赛|大赛|展会|博览会|展览会|推介会|洽谈会|峰会|研讨会|交流会)(?:旨在|将|聚焦|围绕|期间)/;

function eventSubject(ctx: RelationContext, m: RecognizedMention): boolean {
  return EVENT_SUBJECT.test(ctx.text(m.sentence).slice(0, m.start).replace(SENTENCE_OPENERS, ''));
}

/** A visit or a talk the report tells of (察看…展示, 了解…发展情况, 希望企业…): an industry seen or spoken of there is
 *  no focus of the region the report is about unless the sentence names a place for it. */
const VISIT_OR_TALK = /察看|查看|观看|参观|了解|询问|听取|希望企业|对[^，,；;。]{0,6}说/;
export function focusesOn(ctx: RelationContext, out: RelationSet): void {
  const fallback =
    ctx.ownArea() ?? ctx.report.subjectPark ?? headlinePlace(ctx) ?? authorPlace(ctx) ?? ctx.report.subjectRegion;
  // A region's report by others (a visit to it, news of it), not by its own park or government.
  const byOthers = ctx.ownArea() === undefined && ctx.report.subjectPark === undefined && authorPlace(ctx) !== fallback;
  for (const m of ctx.report.mentions) {
    if (ctx.kind(m.entity) !== 'Industry') continue;
    // An industry in a park's name (光伏产业园): in a park's report it names one of the park's industries (its
    // sub-park's name says what it develops); elsewhere it is that park's focus. A zone's parks split by industry
    // (文具产业园、模具产业园) give both.
    const inName = containingPark(ctx, m);
    if (inName !== undefined) {
      const subjectPark = fallback !== undefined && ctx.kind(fallback) === 'Park';
      const listed = inListOfParks(ctx, inName);
      const tier = tierOf(ctx, m);
      for (const from of [
        !subjectPark || listed ? inName.entity : undefined,
        subjectPark || listed ? fallback : undefined,
      ])
        if (from !== undefined)
          out.add({ type: 'FOCUSES_ON', from, to: m.entity, evidence: [m.sentence], ...(tier ? { tier } : {}) });
      continue;
    }
    if (companysBusiness(ctx, m) || companySubject(ctx, m) || insideOtherName(ctx, m)) continue;
    // (双方将在A、B等领域深化合作: fields of cooperation, no side's focus.)
    if (FIELD_OF_COOPERATION.test(ctx.text(m.sentence).slice(m.end))) continue;
    // The place the text gives the industry, else the report's own.
    const named =
      respectivePlace(ctx, m) ??
      referredPlace(ctx, m) ??
      referredPark(ctx, m) ??
      clauseSubject(ctx, m) ??
      organOfPlace(ctx, m) ??
      localPark(ctx, m) ??
      localRegion(ctx, m) ??
      placeAfter(ctx, m) ??
      paragraphTopic(ctx, m) ??
      (placeNamedBefore(ctx, m) ? undefined : earlierSentencePark(ctx, m));
    const target = named ?? fallback;
    if (target === undefined) continue;
    // (据了解，某市加快发展…: a sentence that names the place says so itself, whatever report tells it.)
    if (named === undefined && byOthers && VISIT_OR_TALK.test(ctx.text(m.sentence).slice(0, m.start))) continue;
    if (target === fallback && unnamedSubject(ctx, m)) continue;
    if (named === undefined && eventSubject(ctx, m)) continue;
    // A country (中国新能源汽车产业快速发展, 德国 in a carmaker's news) is the backdrop of the industries local news
    // names, not a place developing them: on train the rules' country focuses were right once in 22.
    if (regionByName(ctx.name(target))?.level === 'country') continue;
    const tier = tierOf(ctx, m);
    // A tier stated for it (…，是当地主导产业) or a tier heading over it says the place develops it.
    if (!IS_TIER.test(ctx.text(m.sentence).slice(m.end)) && !headingTier(ctx, m) && !developed(ctx, m)) continue;
    for (const from of [target, ...(named === undefined ? [] : regionsListedWith(ctx, m, named))])
      out.add({ type: 'FOCUSES_ON', from, to: m.entity, evidence: [m.sentence], ...(tier ? { tier } : {}) });
  }
  listedParksByIndustry(ctx, out);
}
