// INVESTS_IN: companies named as investment projects (…等项目相继签约, 引进总投资10亿元的…) invest in the
// report's park, or the region it is about; with the amount and the stage (签约/开工/竣工/投产) where stated.
import { INVESTMENT_STATUSES, type InvestmentStatus } from '../../ontology/model.ts';
import { MEETING_END } from '../entities/held-events.ts';
import type { RecognizedMention } from '../entities/index.ts';
import { brandForms } from '../entities/recurring-brands.ts';
import { regionByName } from '../lexicon/regions.ts';
import { AMOUNT, parseMoney } from './amount.ts';
import { RelationSet, type RecognizedRelation, type RelationContext } from './context.ts';
import { investorFields } from './investor-fields.ts';
import { joinedRun } from './joined-mentions.ts';
import { withCompanyReferences } from './company-references.ts';

const INVESTMENT_WORDS =
  /总投资|签约|开工|竣工|投产|落户|落地|引进|招引|引入|投资(?:约|超|逾|近|达)?[0-9一二两三四五六七八九十百千]|(?:签订|签署)(?:了)?(?:投资|项目|入园|入驻|落户)(?:合作)?(?:协议|合同)/;
/** Words that make a stage a plan, not a fact: 确保…开工, 年内投产, 力争签约. */
const FUTURE = /确保|力争|争取|计划|将|年内|预计|推动|加快|推进|全力|破解|攻坚|拟/;
const AMOUNT_BEFORE = new RegExp(`(?:总投资|投资|投资额)(${AMOUNT.source})的?$`);
/** 某公司30亿元新能源电池项目: the sum between a company and its project. */
const PROJECT_SUM = new RegExp(`^(${AMOUNT.source})的?[^，,；;。、]{1,24}?项目`);
const AMOUNT_AFTER = new RegExp(`^[^，,；;。、]{0,16}?(?:总投资|投资)(?:约|达)?(${AMOUNT.source})`);

/** A list said to be of enterprises or bodies (…等企业与机构70余家, …等知名企业): firms a park has brought in, no
 *  investment stated, unless a sum or a stage is. */
const RESIDENTS = /^[^，,；;。]*?等[^，,；;。]{0,6}?(?:企业|机构|单位)/;
const STATED = /总投资|签约|开工|竣工|投产|[0-9一二两三四五六七八九十][万亿]/;
/** A list of teams or talent brought in (引进甲、乙等艺术团队, 引进某某等高层次人才): people, not investors. */
const TALENT = /^等[^，,；;。]{0,6}?(?:团队|人才|专家|院士|艺术家|设计师)/;

/** The items of a list after the one at hand (|、乙、丙等…): skipped to read what the list says its items are. */
const LATER_ITEMS = /^(?:[、和及][^、，,；;。等]{1,16})*/;
/** A list said to be of aspects or tasks (了解甲、乙、项目开工等方面情况): no names of investors. */
const ASPECTS = /^等[^，,；;。]{0,4}?(?:方面|方式|措施|问题|工作|情况|环节)/;
/** What ends the name of a facility or works, not of a company (某某核心装置, 某某12英寸产线): a project taken for a
 *  company is no investor. */
const FACILITY_END = /(?:装置|产线|生产线|厂房|车间|工程|项目)$/;

function facilityNamed(ctx: RelationContext, m: RecognizedMention): boolean {
  return FACILITY_END.test(ctx.name(m.entity));
}

/** A list said to be of products (甲、乙等建材生产加工项目, 甲、乙等汽车零部件生产线项目): things made, not their makers. */
const PRODUCTS =
  /^等(?:(?!项目)[^，,；;。]){0,10}?(?:生产|加工|制造|零部件|产品|生产线)(?:(?!项目)[^，,；;。]){0,4}?项目/;
/** Projects talked about, not invested in (围绕甲、乙等项目开展座谈交流, 就某公司项目进行洽谈). */
const TALKS = /^[^，,；;。]*?项目(?:等)?(?:进行|开展)?(?:了)?(?:深入|专题)?(?:座谈|交流|洽谈|对接|探讨|磋商|会商|推介)/;
/** 某公司项目建设现场, 某公司二期项目开工: the company's own project, named by it, being built; not its project team. */
const OWN_PROJECT_BUILT =
  /^(?:[一二三四五六七八九十]期)?(?:工程)?项目(?!部|经理|负责人|组|办|公司)[^，,；;。]{0,6}?(?:建设|施工|开工|竣工|投产|签约|落地|落户)/;
/** A registered company's name, which a project named by it must show to be read as the company's own. */
const REGISTERED = /(?:有限公司|有限责任公司|集团)$/;

function ownProjectBuilt(ctx: RelationContext, m: RecognizedMention, after: string): boolean {
  return REGISTERED.test(ctx.name(m.entity)) && OWN_PROJECT_BUILT.test(after);
}
/** The verbs of building a project, wherever a company's project is read after them (投资建设, 拟建, 兴建…). */
const BUILD = '投资建设|投建|兴建|新建|拟建|建设';
/** A building verb right before a list of what is built (建设甲、乙等…项目). */
const BUILDS_LIST = new RegExp(`(?:${BUILD}|打造|生产|研发|制造)(?:了)?$`);

/** Whether the company opens (or is) the list a company named before it in its clause builds: 某公司投资11亿元建设
 *  甲、乙等汽车零部件生产线项目. */
function builtByCompanyBefore(ctx: RelationContext, m: RecognizedMention): boolean {
  const { text, start } = ctx.clauseOf(m);
  const before = ctx
    .mentionsIn(m.sentence)
    .filter((o) => o.start >= start && o.end <= m.start && ctx.kind(o.entity) === 'Company');
  const listStart = listedBefore(ctx, m, before);
  return before.some((o) => o.end <= listStart && BUILDS_LIST.test(text.slice(o.end - start, listStart - start)));
}

/** Relying on what is there (依托甲、乙等项目打造…集群, 借助已经入驻的甲公司). */
const RELIED_ON = /(?:依托|依靠|凭借|借助)(?:已经?入驻的|现有的?)?$/;

/** A contractor's part in a project: 承建, 施工, 设计, 监理, 中标, 代建, 总包. */
const CONTRACTOR = /^(?:负责)?(?:承建|施工|设计|监理|中标|代建|总包|总承包|EPC)/;

/** Bringing in, which makes what follows the project (引进|某公司), not the company before it. */
const BRINGS_IN = /引进|招引|引入/g;

/** A signing as an event, not an act: 签约仪式, 签约活动, 签约大会. */
const CEREMONY = /签约(?:仪式|活动|大会|现场|会)/g;

/** A settling told as a company's past (落户某县已有12年, 落户以来已十余年): background, no investment of the news. */
const SETTLED_LONG_AGO =
  /(?:落户|入驻|扎根)[^，,。；;]{0,8}?(?:已有|已经|已|有)[0-9一二两三四五六七八九十百余多几数]+年/g;

/** Lenders and insurers: their 签约 is a credit or insurance agreement. */
const LENDER = /(?:银行|分行|支行|证券|保险|担保|信托|租赁)(?:股份有限公司|有限责任公司|有限公司|公司)?$/;

function isProject(ctx: RelationContext, m: RecognizedMention): boolean {
  // The clause around the name, without the names in it (某某投资集团 is no investment).
  const { text, start } = ctx.clauseOf(m);
  const after = text.slice(m.end - start);
  // What a list says its items are comes after its last item (引进甲、乙等艺术团队).
  const tail = after.replace(LATER_ITEMS, '');
  if (TALENT.test(tail) || ASPECTS.test(tail) || PRODUCTS.test(tail) || facilityNamed(ctx, m)) return false;
  // 某公司投资11亿元建设甲、乙等…项目: what a company builds is no investor; nor is a project talked about.
  if (builtByCompanyBefore(ctx, m) || (TALKS.test(after) && !STATED.test(text))) return false;
  // 依托甲、乙等项目: what a plan relies on is there already, no investment of the news.
  if (RELIED_ON.test(text.slice(0, listOpening(ctx, m) - start))) return false;
  if (m.listType === 'project') return true;
  if (m.listType) return false;
  if (signedProject(ctx, m)) return true;
  if (RESIDENTS.test(after) && !STATED.test(text)) return false;
  // Who builds, designs or supervises another's project (某公司承建的, 由某院设计) is no investor in it.
  if (CONTRACTOR.test(after)) return false;
  // The owner of the company named after it (某集团控股的|某公司, 某集团旗下|某公司) invests through that one.
  if (ownsNext(ctx, m)) return false;
  const chars = text.split(''); // UTF-16 units, as offsets count
  for (const o of ctx.mentionsIn(m.sentence))
    for (let c = Math.max(o.start, start); c < Math.min(o.end, start + chars.length); c++) chars[c - start] = '|';
  // A signing ceremony is an event: those who attend it (某公司负责人出席签约仪式) sign nothing by being named there.
  // A company that brings in (引进, 招引) talent or lines itself is no project brought in: only the words before it count.
  const at = m.start - start;
  const masked = chars.slice(0, at).join('') + chars.slice(at).join('').replace(BRINGS_IN, '|');
  const stated = masked.replace(CEREMONY, '|').replace(SETTLED_LONG_AGO, '|');
  // Two companies that sign with each other (甲公司与乙公司签约) make a deal between them, not an investment here.
  const partner = ctx
    .mentionsIn(m.sentence)
    .some(
      (o) =>
        o !== m &&
        ctx.kind(o.entity) === 'Company' &&
        ((o.end === m.start - 1 && /[与和同跟]/.test(text[o.end - start] ?? '')) ||
          (o.start === m.end + 1 && /[与和同跟]/.test(text[m.end - start] ?? ''))),
    );
  if (partner && !/总投资|投资|开工|竣工|投产|落户|落地|引进|招引|引入|项目/.test(stated)) return false;
  if (INVESTMENT_WORDS.test(stated) || ownProjectBuilt(ctx, m, after)) return true;
  // X项目由某公司投资: the company invests, though the project has no name of its own.
  return text[m.start - start - 1] === '由' && INVESTED_BY.test(text.slice(m.end - start));
}

/** What joins a company to the project it signs for: the verb of signing, after the party it signs with if any
 *  (某县与某公司|签订了|X项目合同, 某公司|与某县签署|X项目投资协议). */
const SIGNS_FOR = /^(?:[与和同][^，,；;。]{2,12}?)?(?:签订|签署|签约)(?:了)?$/;

/** The project a company's clause says it signs for (某县与某公司签订X项目合同): the company invests in it. */
function signedProject(ctx: RelationContext, m: RecognizedMention): RecognizedMention | undefined {
  return ctx.laterInClause(m, (o, between) => ctx.kind(o.entity) === 'Project' && SIGNS_FOR.test(between));
}

/** A stage as a condition, not a fact: 投产后年产值可达…, 建成投产以后. */
const AFTER_STAGE = /^(?:达效|达产|运营)?(?:后|以后|之后)/;

/** A planned sum (拟投资3亿元, 计划总投资5亿元) plans the money, not the stage: only the words of the stage's own clause
 *  after it can make a stage a plan (拟投资3亿元的X项目已签约; 计划总投资5亿元，预计明年投产). */
function plansBefore(words: string): string {
  return words.slice(words.search(/[^，,]*$/)).replace(new RegExp(`(?:${FUTURE.source})(?:总)?投资`, 'g'), '|');
}

/** Whether the next name after a company is a company it owns (某集团控股的|某公司). */
function ownsNext(ctx: RelationContext, m: RecognizedMention): boolean {
  const next = ctx.mentionsIn(m.sentence).find((o) => o.start >= m.end);
  const gap = next && ctx.text(m.sentence).slice(m.end, next.start);
  return !!gap && ctx.kind(next.entity) === 'Company' && OWNS.test(gap) && gap.length <= 4;
}

/** The furthest stage the sentence reports as done after the mention. */
function stageOf(ctx: RelationContext, m: RecognizedMention): InvestmentStatus | undefined {
  const text = ctx.text(m.sentence);
  let restEnd = text.slice(m.end).search(/[。；;]|$/) + m.end;
  // A stage said once for a list is each item's, not that of a company named after the list's clause.
  const clauseEnd = text.slice(m.end).search(/[，,。；;]|$/) + m.end;
  const later = ctx
    .mentionsIn(m.sentence)
    .find((o) => o.start >= clauseEnd && o.start < restEnd && ctx.kind(o.entity) === 'Company');
  if (later) restEnd = later.start;
  const rest = text.slice(m.end, restEnd);
  const clauseStart = ctx.clauseOf(m).start;
  let best: InvestmentStatus | undefined;
  for (const status of INVESTMENT_STATUSES) {
    const at = rest.indexOf(status);
    if (
      at < 0 ||
      AFTER_STAGE.test(rest.slice(at + status.length)) ||
      FUTURE.test(plansBefore(rest.slice(0, at))) ||
      FUTURE.test(text.slice(clauseStart, m.start))
    )
      continue;
    best = status;
  }
  return best ?? statedForList(text.slice(0, m.start));
}

/** A stage said once for the projects a sentence lists (签约项目中，…; 此次集中开工的项目包括：…): each item's. */
const LIST_STAGE = new RegExp(
  `^(?:[^，,；;。：:]{0,8}[，,])?(?:此次|本次|这次|现场|当天|会上)?(?:集中)?(${INVESTMENT_STATUSES.join('|')})的?(?:重点|重大)?项目(?:中|包括|有|分别是|为)`,
);

function statedForList(before: string): InvestmentStatus | undefined {
  return LIST_STAGE.exec(before)?.[1] as InvestmentStatus | undefined;
}

type Money = { amount: number; currency?: string };

function amountOf(ctx: RelationContext, m: RecognizedMention): Money | undefined {
  const text = ctx.text(m.sentence);
  const before = AMOUNT_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
  // An amount stated before a list of several projects is their total, not this one's.
  const sharedWithNext = text[m.end] === '、' && !/^、(?:总)?投资/.test(text.slice(m.end));
  if (before) return sharedWithNext ? undefined : parseMoney(before[1]!);
  const after = AMOUNT_AFTER.exec(text.slice(m.end, m.end + 32)) ?? PROJECT_SUM.exec(text.slice(m.end, m.end + 40));
  return after ? parseMoney(after[1]!) : undefined;
}

const BUILT = new Set(['Project', 'Park']);
const PLACES = new Set(['Park', 'Region']);
/** A company's own building verbs: 区城发集团与某集团合资投建X, 某公司全力打造X, 某集团重点推进X, 携手某公司共建X; not the nouns they
 *  open (某公司某项目建设用地位于…, 建设单位, 建设内容). */
const BUILDS =
  /(?:投建|投资建设|投资兴建|建设|兴建|打造|推进|推动|实施|开发|发起成立|设立|运营|共建)(?!用地|单位|地点|内容|规模|工期|周期|性质)/;
/** The text between a company and its co-investors or its verb: 与/和/、 other companies, adverbs (全力, 重点, 自主),
 *  the sum it puts in (投资20亿元) and where (在某开发区). */
const BEFORE_VERB = /^[^，,；;。：:]{0,24}$/;
/** A clause that names no one and opens with what is put in: ，拟投资6亿元建设…, ，计划出资… . */
const INVESTMENT_GOES_ON = new RegExp(
  `^(?:双方)?(?:拟|计划|将|预计|决定)?(?:总)?(?:投资|出资)(?:约|达|超)?${AMOUNT.source}` +
    // …or with both parties that build together (甲公司与乙公司签约，|双方将共同投资建设X).
    `|^(?:双方|三方)(?:拟|计划|将|决定)?(?:共同|联合)(?:投资|出资)?(?:建设|兴建|投建|打造)`,
);
/** A clause that states only what a company will put in: 计划总投资8亿元, 拟投资3亿美元. */
const SUM_ONLY = new RegExp(`^(?:计划|拟|将|预计)?(?:总投资|投资|出资)(?:约|达|超)?${AMOUNT.source}$`);
/** What makes a company the owner of the one named after it (某集团控股的|某公司, 某集团旗下|某公司). */
const OWNS = /(?:的|旗下|下属|控股|全资)$/;
/** After 由某公司: the verb that makes it the investor (由某公司投资建设的X, X由某集团独资, 由甲、乙共同投资). */
const INVESTED_BY =
  /^(?:[、和与及][^，,；;。]{2,20}?)?(?:共同|联合|全额|全资|独家)?(?:负责)?(?:投资|独资|合资|出资|投建|开发|建设|兴建|发起成立)/;
/** A project with its investor in brackets: X项目（投资方：某公司）, X项目（某公司投资）. */
const INVESTOR_IN_BRACKETS = /^(?:项目)?[(（](?:投资方|投资主体|建设单位|业主单位|投资单位)?[:：]?$/;

function moneyProps(money: Money | undefined): Money | Record<string, never> {
  return money ? { ...money } : {};
}

/** The sum a company puts in, written between it and what it builds: 某公司投资20亿元建设X. */
function amountBetween(ctx: RelationContext, company: RecognizedMention, target: RecognizedMention): Money | undefined {
  const gap = ctx.text(company.sentence).slice(company.end, target.start);
  const m = new RegExp(`(?:总投资|计划投资|投资|出资)(?:约|达)?(${AMOUNT.source})`).exec(gap);
  return m ? parseMoney(m[1]!) : undefined;
}

/** The projects or parks a company builds in its own clause (某集团投建X、Y; 某公司X项目 with the project named right
 *  after the company; X由某公司负责开发建设; 由某公司投资建设的X; X（投资方：某公司）; 某公司投资5亿元在某开发区建设…):
 *  each gets the company's investment. Returns the mentions placed so. */
/** A project named with its company's name (某集团|高端某某生产基地, 某某有限公司|烟台基地) is that company's: the
 *  company's name may hold no mention of its own there, the project's being the fuller one. */
function namedAfterCompany(ctx: RelationContext, out: RelationSet): void {
  // Each company's forms, and its brand alone (某某能源科技发展有限公司's 某某|分布式光伏发电项目), read once per report.
  const companies = ctx.entitiesOfKind('Company').map((c) => ({
    c,
    forms: [...ctx.forms(c), ...brandForms(ctx.name(c))].filter((f) => f.length >= 2),
  }));
  for (const project of ctx.entitiesOfKind('Project')) {
    const name = ctx.name(project);
    // A firm's meeting (某集团庆祝…表彰大会) is no investment.
    if (MEETING_END.test(name)) continue;
    // Of several companies whose forms open the name, the one whose form is longest (the first of equals).
    let company: number | undefined;
    let longest = 0;
    for (const { c, forms } of companies)
      for (const f of forms)
        if (f.length > longest && name.length > f.length && name.startsWith(f)) [company, longest] = [c, f.length];
    if (company === undefined) continue;
    // The sum and the stage the report states of the project, wherever it does (某某项目总投资3亿元).
    const mentions = ctx.mentionsOf(project);
    const money = mentions.map((m) => amountOf(ctx, m)).find((m) => m !== undefined);
    const status = mentions.map((m) => stageOf(ctx, m)).find((s) => s !== undefined);
    out.add({
      type: 'INVESTS_IN',
      from: company,
      to: project,
      evidence: ctx.evidenceFor(company, project),
      ...moneyProps(money),
      ...(status ? { status } : {}),
    });
  }
}

function namedBuilds(ctx: RelationContext, out: RelationSet): Set<RecognizedMention> {
  const placed = new Set<RecognizedMention>();
  const add = (company: RecognizedMention, target: RecognizedMention) => {
    if (company.entity === target.entity) return;
    // The sum and the stage said where the company builds it, else where the report states them of the project
    // (总投资10亿元的X项目开工。该项目由某公司投资建设).
    const elsewhere = ctx.kind(target.entity) === 'Project' ? ctx.mentionsOf(target.entity) : [];
    const money =
      amountOf(ctx, target) ??
      (company.end <= target.start ? amountBetween(ctx, company, target) : undefined) ??
      (standsAlone(ctx, target) ? amountAfterClause(ctx, target) : undefined) ??
      elsewhere.map((m) => amountOf(ctx, m)).find((m) => m !== undefined);
    const status = stageOf(ctx, target) ?? elsewhere.map((m) => stageOf(ctx, m)).find((s) => s !== undefined);
    out.add({
      type: 'INVESTS_IN',
      from: company.entity,
      to: target.entity,
      evidence: [company.sentence],
      ...moneyProps(money),
      ...(status ? { status } : {}),
    });
    placed.add(company);
  };
  ctx.sentences.forEach((_, i) => {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i);
    // The verb is never inside another name (某某投资建设集团); a project's name may hold it (合资投建|某产业园).
    let masked = text;
    for (const o of mentions) {
      const end = Math.min(o.end, text.length);
      if (o.start < end && !BUILT.has(ctx.kind(o.entity)))
        masked = masked.slice(0, o.start) + '|'.repeat(end - o.start) + masked.slice(end);
    }
    mentions.forEach((m, k) => {
      if (ctx.kind(m.entity) !== 'Company') return;
      const next = mentions[k + 1];
      // 某公司|某某建设项目, 某集团的某中心: the project or park named right after its company.
      if (next && /^的?$/.test(text.slice(m.end, next.start)) && BUILT.has(ctx.kind(next.entity))) add(m, next);
      // X项目（投资方：某公司）: the investor in brackets after its project.
      const bracketed = mentions.filter((o) => o.end <= m.start && BUILT.has(ctx.kind(o.entity))).at(-1);
      if (bracketed && INVESTOR_IN_BRACKETS.test(text.slice(bracketed.end, m.start))) {
        add(m, bracketed);
        return;
      }
      // 由某公司投资建设的X (the project after), X由某公司负责开发建设 / 由某集团发起成立 (the one the sentence opens with).
      if (text.slice(m.start - 1, m.start) === '由') {
        const verb = INVESTED_BY.exec(text.slice(m.end)) ?? BUILDS.exec(text.slice(m.end, m.end + 8));
        // 由某公司运营、管理: it runs what another built, no investment stated.
        if (verb && verb[0] !== '运营') {
          const verbEnd = m.end + verb.index + verb[0].length;
          const after = mentions.find(
            (o) =>
              o.start >= verbEnd &&
              BUILT.has(ctx.kind(o.entity)) &&
              /^[^，,；;。]{0,6}?的$/.test(text.slice(verbEnd, o.start)),
          );
          const built = after ?? mentions.filter((o) => o.end <= m.start && BUILT.has(ctx.kind(o.entity))).at(-1);
          if (built) {
            add(m, built);
            // 由甲、乙共同投资: the co-investors listed after 由 build it too.
            for (const o of mentions)
              if (o.start > m.end && o.end <= verbEnd && ctx.kind(o.entity) === 'Company') add(o, built);
          }
          return;
        }
      }
      let clauseEnd = text.slice(m.end).search(/[，,；;。]|$/) + m.end;
      const nextClauseEnd = () => text.slice(clauseEnd + 1).search(/[，,；;。]|$/) + clauseEnd + 1;
      // 某公司计划总投资8亿元，建设X: a clause that states only the company's sum goes on in the next, which says
      // what it builds.
      const sumOnly = SUM_ONLY.test(text.slice(m.end, clauseEnd)) && /^[，,]/.test(text.slice(clauseEnd));
      // 某公司与某县政府签订协议，拟投资6亿元建设X: the company that opens its clause is the one the next clause,
      // which names no one and opens with its investment, goes on about.
      const goesOn =
        !sumOnly &&
        !BUILDS.test(masked.slice(m.end, clauseEnd)) &&
        m.start === ctx.clauseOf(m).start &&
        /^[，,]/.test(text.slice(clauseEnd)) &&
        INVESTMENT_GOES_ON.test(text.slice(clauseEnd + 1));
      // The verb is searched from where the company's own words go on: right after it, or in the next clause.
      const verbFrom = goesOn ? clauseEnd + 1 : m.end;
      if (sumOnly || goesOn) clauseEnd = nextClauseEnd();
      const verb = BUILDS.exec(masked.slice(verbFrom, clauseEnd));
      if (!verb) return;
      const verbAt = verbFrom + verb.index;
      // A verb inside a name is the name's (某某经济|开发|区), unless the name's edge took it in (投建|某产业园).
      if (mentions.some((o) => o.start < verbAt && verbAt < o.end)) return;
      // The verb is the company's: nothing but co-investors, adverbs, its sum and a place after 在 between them.
      const between = mentions.filter((o) => o.start >= verbFrom && o.end <= verbAt);
      const gap = text.slice(verbFrom, verbAt);
      // A place after 在 or 于, or one written right after such a place (在宿迁市|泗阳县): where it builds.
      const placeAt = (o: RecognizedMention): boolean =>
        PLACES.has(ctx.kind(o.entity)) &&
        (/[在于]$/.test(text.slice(m.end, o.start)) || between.some((p) => p.end === o.start && p !== o && placeAt(p)));
      if (
        !BEFORE_VERB.test(sumOnly ? gap.replace(/[，,]/, '') : gap) ||
        between.some((o) => ctx.kind(o.entity) !== 'Company' && !placeAt(o)) ||
        // 由某集团控股的|某公司投资建设, 某集团旗下|某公司…: the company after it builds, this one only owns it.
        between.some((o) => OWNS.test(text.slice(m.end, o.start)))
      )
        return;
      // After the verb (or holding it, where a name's edge took the verb in: 合资投建|某产业园).
      const targets = mentions.filter(
        (o) =>
          o.start >= m.end && o.end >= verbAt + verb[0].length && o.end <= clauseEnd && BUILT.has(ctx.kind(o.entity)),
      );
      // 某公司投资5亿元在某开发区建设…: with no named project, the place it builds in.
      const place = between.filter(placeAt).at(-1);
      if (!targets.length && place && /投资|出资/.test(text.slice(m.end, verbAt + verb[0].length))) targets.push(place);
      for (const t of targets) add(m, t);
      // 某集团与某集团合资投建X: the co-investors build it too; so do the partners of a clause its next goes on about
      // (甲公司与乙公司签约，双方共同投资建设X).
      const partners = goesOn ? companiesJoinedAfter(ctx, m, mentions, text) : [];
      for (const o of [...between, ...partners])
        if (ctx.kind(o.entity) === 'Company') for (const t of targets) add(o, t);
    });
  });
  return placed;
}

/** The companies joined to one right after it by 与/和/、 (甲公司|与|乙公司): its partners in the clause. */
function companiesJoinedAfter(
  ctx: RelationContext,
  m: RecognizedMention,
  mentions: readonly RecognizedMention[],
  text: string,
): RecognizedMention[] {
  return joinedRun(
    text,
    m,
    mentions.filter((o) => o.start >= m.end),
    { before: false, accepts: (o) => ctx.kind(o.entity) === 'Company', joint: /^[与和、及同]$/ },
  );
}

/** Whether a name stands alone, not in a list (甲、乙等5个项目): the sum in the next clause is then its own, not the
 *  list's total. */
function standsAlone(ctx: RelationContext, m: RecognizedMention): boolean {
  const text = ctx.text(m.sentence);
  return !m.listType && !/^[、和与及等]/.test(text.slice(m.end)) && text[m.start - 1] !== '、';
}

/** A count of projects or firms (共有45个, 项目8个, 一批): the sum after it is their total. */
const PROJECT_COUNT = /[0-9一二两三四五六七八九十百]+(?:个|项|家|批)|一批|共有/;

/** 投资总额94.8亿元, 项目总投资10亿元 in the clause after the one naming the project. */
function amountAfterClause(ctx: RelationContext, m: RecognizedMention): Money | undefined {
  const text = ctx.text(m.sentence);
  const next = /^([^；;。]*?)[，,](?:该?项目)?(?:计划|拟)?(?:投资总额|总投资|投资)(?:约|达)?([^，,；;。]{1,12})/.exec(
    text.slice(m.end),
  );
  // …项目共有45个，总投资达150亿元: a sum after a count of projects is all of theirs.
  if (!next || PROJECT_COUNT.test(next[1]!)) return undefined;
  return parseMoney(next[2]!);
}

/** What joins a company to the park or place its clause names after it (某公司|落户|某开发区, 某公司|与|某县|签约, 某公司
 *  |在|某区|投资建设) and what joins a park or place to a company it brings in (某县|成功引进|某公司). */
const TO_PLACE_AFTER = /^(?:[^，,；;。]{0,8}?)(?:落户|入驻|进驻|入园|落地|扎根|布局|在|于|与|和|同|到|来|赴)(?:了)?$/;
const FROM_PLACE_BEFORE = /^(?:[^，,；;。]{0,8}?)(?:引进|招引|引入|引来|吸引|签约|签下|迎来|新落户)(?:了)?$|^[与同和]$/;
/** What joins a company to the project named right after it in its clause: 某公司|投资建设的|X项目, 某公司|在某地投资的|X. */
const TO_PROJECT_AFTER = new RegExp(
  `^(?:的|在[^，,；;。]{2,12}?|投资|${BUILD}|签约|总投资[^，,；;。]{2,10}?|(?:拟|计划)?投资(?:约|达|超)?${AMOUNT.source})?(?:(?:拟|计划)?(?:${BUILD}))?的?$`,
);

/** The park, project or place the company's own clause names as where it invests (the place the clause names, not
 *  the report's subject): a project named right after it, a park or place it settles in or signs with, or one that
 *  brings it in. Undefined when the clause names none. */
function clauseTarget(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const { text: clause, start } = ctx.clauseOf(m);
  const end = start + clause.length;
  const text = ctx.text(m.sentence);
  const others = ctx
    .mentionsIn(m.sentence)
    .filter((o) => o.entity !== m.entity && o.start >= start && o.end <= end && (o.end <= m.start || o.start >= m.end));
  const isA = (o: RecognizedMention, kind: string) => ctx.kind(o.entity) === kind;
  // Another company between them makes the park or place that one's.
  const clear = (a: number, b: number) => !others.some((o) => o.start >= a && o.end <= b && isA(o, 'Company'));
  const project = others.find(
    (o) => o.start >= m.end && isA(o, 'Project') && TO_PROJECT_AFTER.test(text.slice(m.end, o.start)),
  );
  if (project) return project.entity;
  for (const kind of ['Park', 'Region']) {
    const after = others.find(
      (o) =>
        o.start >= m.end && isA(o, kind) && clear(m.end, o.start) && TO_PLACE_AFTER.test(text.slice(m.end, o.start)),
    );
    if (after && !macroRegion(ctx, after.entity)) return after.entity;
    // 某县招引甲、乙等项目: the companies listed before this one after the verb are no words between.
    const listStart = listedBefore(ctx, m, others);
    const before = others.filter((o) => o.end <= listStart && isA(o, kind) && clear(o.end, listStart)).at(-1);
    if (before && FROM_PLACE_BEFORE.test(text.slice(before.end, listStart)) && !macroRegion(ctx, before.entity))
      return before.entity;
  }
  return undefined;
}

/** Where the list of companies a company ends starts (甲、乙和|丙): the start of its first item; its own start when
 *  it stands alone. */
/** Where the list a mention closes opens, whatever the kinds of its items (甲项目、乙公司、|丙公司). */
function listOpening(ctx: RelationContext, m: RecognizedMention): number {
  const text = ctx.text(m.sentence);
  let at = m.start;
  for (const o of ctx
    .mentionsIn(m.sentence)
    .filter((o) => o.end <= m.start)
    .reverse()) {
    if (!/^[、和与及]$/.test(text.slice(o.end, at))) break;
    at = o.start;
  }
  return at;
}

function listedBefore(ctx: RelationContext, m: RecognizedMention, others: RecognizedMention[]): number {
  const text = ctx.text(m.sentence);
  let at = m.start;
  for (const o of others.filter((o) => o.end <= m.start && ctx.kind(o.entity) === 'Company').reverse()) {
    if (!/^[、和与及]$/.test(text.slice(o.end, at))) break;
    at = o.start;
  }
  return at;
}

/** What may open a company's own project after its name: the sum it puts in and its building verb (某公司计划投资
 *  20亿元建设…项目, 某集团拟建…项目). */
const OWN_PROJECT = new RegExp(
  `^(?:(?:计划|拟)?(?:总投资|投资)(?:约|达|超)?${AMOUNT.source})?(?:${BUILD}|实施)?的?(?<middle>(?:(?!项目)[^，,；;。、]){2,24}?)(?:工程)?项目(?!部|经理|负责人|组|办|现场|建设现场|用地)`,
);
/** What names no project of its own between a company and 项目: phases, the kind of works, its size, a product in
 *  brackets (某公司二期项目, 某公司扩建项目, 某公司10亿元项目, 某公司（挖掘机）项目). */
const GENERIC_PROJECT = new RegExp(
  `^(?:${AMOUNT.source}|[(（][^()（）]{1,12}[)）]|[一二三四五六七八九十0-9]+期|扩建|新建|技改|改扩建|扩产|增资扩产|续建|迁建|建设|重点|重大|产业化|投资|整体|总部|新)*$`,
);

/** Words that make the text before 项目 a list's tail, a quote or an act, not a name (某公司等一批项目, 某公司签署项目
 *  合作协议, 某公司洽谈项目). */
const NOT_A_PROJECT_NAME = /^[和与及、‘’“”'"]|等|签|洽谈|合作|对接|推进|参与|开展|落户|落地|入驻|引进|考察|调研/;

/** What makes the words before 项目 a project's own name: its output or size (年产5万吨…, 10万平方米…) or the
 *  facility it builds (…生产基地, …研发中心, …产业园). */
const OWN_NAME =
  /[0-9一二三四五六七八九十百千万]+(?:吨|万|台|套|件|只|片|平方米|亩|条|GW|MW)|年产|基地|中心|产业园|工厂|厂区|生产线|综合体/;

/** A company's own project that no name was found for. */
const UNNAMED = -1;

/** The project the words after a company name as its own (某公司年产5万吨新材料项目, 某集团拟建环保新材料生产基地
 *  项目): the Project recognized there, UNNAMED when none was, undefined when the words name no project of its own or
 *  hold another name than a project's or an industry's. */
function ownProject(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  const own = OWN_PROJECT.exec(text.slice(m.end));
  const middle = own?.groups?.middle;
  if (!own || !middle || GENERIC_PROJECT.test(middle) || NOT_A_PROJECT_NAME.test(middle)) return undefined;
  const end = m.end + own[0].length;
  const inside = ctx.mentionsIn(m.sentence).filter((o) => o !== m && o.start < end && o.end > m.end);
  if (inside.some((o) => !['Industry', 'Project'].includes(ctx.kind(o.entity)))) return undefined;
  const project = inside.find((o) => ctx.kind(o.entity) === 'Project');
  if (project) return project.entity;
  // Only a name that shows its size or its facility is surely one (新能源电池项目 may be a kind of business).
  return OWN_NAME.test(middle) ? UNNAMED : undefined;
}

/** 长三角, 粤港澳大湾区: a macro-region is where a company works, never what it invests in. */
function macroRegion(ctx: RelationContext, entity: number): boolean {
  return ctx.kind(entity) === 'Region' && regionByName(ctx.name(entity))?.level === 'macro';
}

/** How specific a target is: a company's project says more than the park it is in, the park more than the place. */
const TARGET_RANK: Record<string, number> = { Project: 3, Park: 2, Region: 1 };

/** Each company's investments into its most specific kind of target: a company whose project or park the report
 *  names invests in that, not also in the place around it (某县与某公司签约，…某公司X项目总投资…: X, not 某县). */
function mostSpecificTargets(ctx: RelationContext, found: RelationSet, out: RelationSet): void {
  const rank = (r: RecognizedRelation) => TARGET_RANK[ctx.kind(r.to)] ?? 0;
  const best = new Map<number, number>();
  for (const r of found.values()) best.set(r.from, Math.max(best.get(r.from) ?? 0, rank(r)));
  const kept = found.values().filter((r) => rank(r) === best.get(r.from));
  for (const r of kept) {
    // The one target left takes the sum and stage said with the place it was signed with (the same investment).
    const only = kept.filter((k) => k.from === r.from).length === 1;
    const dropped = only ? found.values().filter((d) => d.from === r.from && rank(d) < rank(r)) : [];
    out.add({ ...Object.assign({}, ...dropped.map(investmentProps)), ...r });
  }
}

/** A relation's sum and stage, only those it states. */
function investmentProps(r: RecognizedRelation): Partial<RecognizedRelation> {
  return Object.fromEntries(
    (['amount', 'currency', 'status'] as const).filter((p) => r[p] !== undefined).map((p) => [p, r[p]]),
  );
}

export function investsIn(named: RelationContext, out: RelationSet): void {
  const found = new RelationSet(named);
  statedInvestments(named, found);
  mostSpecificTargets(named, found, out);
}

function statedInvestments(named: RelationContext, out: RelationSet): void {
  // 该公司计划投资…: the company a reference points at invests as if named there.
  const ctx = withCompanyReferences(named);
  const builders = new Set([...namedBuilds(ctx, out), ...investorFields(ctx, out)]);
  namedAfterCompany(ctx, out);
  const subject = ctx.report.subjectPark ?? ctx.report.subjectRegion;
  // The zone's own development company (某高新区投资发展有限公司) builds the zone it is named after; a clause that
  // speaks of investment does not make it an investor from outside.
  const ownForms = subject === undefined ? [] : ctx.forms(subject);
  const ownCompany = (entity: number) => ownForms.some((form) => ctx.name(entity).startsWith(form));
  for (const m of ctx.report.mentions) {
    if (ctx.kind(m.entity) !== 'Company' || builders.has(m) || ownCompany(m.entity) || !isProject(ctx, m)) continue;
    // A company invests where its clause says (某县引进某公司, 某公司落户某园区), else in the report's subject, unless
    // it names a project of its own that no name was found for: the subject would then stand in for another target.
    const own = ownProject(ctx, m);
    const signed = signedProject(ctx, m);
    const target =
      signed?.entity ?? clauseTarget(ctx, m) ?? (own === undefined ? subject : own === UNNAMED ? undefined : own);
    if (target === undefined) continue;
    // A bank or an insurer that signs lends or insures (某银行签约授信): no investment unless the clause says one.
    if (LENDER.test(ctx.name(m.entity)) && !/投资/.test(ctx.clauseOf(m).text)) continue;
    // The sum in the next clause is this project's when the company stands alone (a list's is their total).
    const money =
      amountOf(ctx, m) ??
      (signed && amountOf(ctx, signed)) ??
      (standsAlone(ctx, m) ? amountAfterClause(ctx, signed ?? m) : undefined);
    // Signing a project's contract is its 签约 stage, unless a later one is stated.
    const status = stageOf(ctx, m) ?? (signed ? '签约' : undefined);
    out.add({
      type: 'INVESTS_IN',
      from: m.entity,
      to: target,
      evidence: [m.sentence],
      ...moneyProps(money),
      ...(status ? { status } : {}),
    });
  }
}
