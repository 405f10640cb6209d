// INVESTS_IN: companies named as investment projects (…等项目相继签约, 引进总投资10亿元的…) invest in the
// report's park, or the region it is about; with the amount and the stage (签约/开工/竣工/投产) where stated.
import { INVESTMENT_STATUSES, type InvestmentStatus } from '../../ontology/model.ts';
import type { RecognizedMention } from '../entities/index.ts';
import { AMOUNT, parseAmount } from './amount.ts';
import type { RelationContext, RelationSet } from './context.ts';

const INVESTMENT_WORDS = /总投资|签约|开工|竣工|投产|落户|落地|引进|招引/;
/** Words that make a stage a plan, not a fact: 确保…开工, 年内投产, 力争签约. */
const FUTURE = /确保|力争|争取|计划|将|年内|预计|推动|加快|推进|全力|破解|攻坚|拟/;
const AMOUNT_BEFORE = new RegExp(`(?:总投资|投资|投资额)(${AMOUNT.source})的?$`);
const AMOUNT_AFTER = new RegExp(`^[^，,；;。、]{0,8}?(?:总投资|投资)(${AMOUNT.source})`);

function isProject(ctx: RelationContext, m: RecognizedMention): boolean {
  if (m.listType === 'project') return true;
  if (m.listType) return false;
  return INVESTMENT_WORDS.test(ctx.clauseOf(m).text);
}

/** The furthest stage the sentence reports as done after the mention. */
function stageOf(ctx: RelationContext, m: RecognizedMention): InvestmentStatus | undefined {
  const text = ctx.text(m.sentence);
  const rest = text.slice(m.end, text.slice(m.end).search(/[。；;]|$/) + m.end);
  const clauseStart = ctx.clauseOf(m).start;
  let best: InvestmentStatus | undefined;
  for (const status of INVESTMENT_STATUSES) {
    const at = rest.indexOf(status);
    if (at < 0 || FUTURE.test(rest.slice(0, at)) || FUTURE.test(text.slice(clauseStart, m.start))) continue;
    best = status;
  }
  return best;
}

function amountOf(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  const before = AMOUNT_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
  // An amount stated before a list of several projects is their total, not this one's.
  const sharedWithNext = text[m.end] === '、' && !/^、(?:总)?投资/.test(text.slice(m.end));
  if (before) return sharedWithNext ? undefined : parseAmount(before[1]!);
  const after = AMOUNT_AFTER.exec(text.slice(m.end, m.end + 24));
  return after ? parseAmount(after[1]!) : undefined;
}

const BUILT = new Set(['Project', 'Park']);
/** A company's own building verbs: 区城发集团与某集团合资投建X, 某公司全力打造X, 某集团重点推进X. */
const BUILDS = /(?:投建|投资建设|投资兴建|建设|兴建|打造|推进|开发|发起成立|设立|运营)/;
/** The text between a company and its co-investors or its verb: 与/和/、 other companies, adverbs (全力, 重点, 自主). */
const BEFORE_VERB = /^[^，,；;。：:]{0,12}$/;

/** The projects or parks a company builds in its own clause (某集团投建X、Y; 某公司X项目 with the project named right
 *  after the company; X由某公司负责开发建设): each gets the company's investment. Returns the mentions placed so. */
function namedBuilds(ctx: RelationContext, out: RelationSet): Set<RecognizedMention> {
  const placed = new Set<RecognizedMention>();
  const add = (company: RecognizedMention, target: RecognizedMention) => {
    if (company.entity === target.entity) return;
    const amount = amountOf(ctx, target) ?? amountAfterClause(ctx, target);
    out.add({
      type: 'INVESTS_IN',
      from: company.entity,
      to: target.entity,
      evidence: [company.sentence],
      ...(amount ? { amount } : {}),
    });
    placed.add(company);
  };
  ctx.sentences.forEach((_, i) => {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i);
    mentions.forEach((m, k) => {
      if (ctx.kind(m.entity) !== 'Company') return;
      const next = mentions[k + 1];
      // 某公司|某某建设项目, 某集团的某中心: the project or park named right after its company.
      if (next && /^的?$/.test(text.slice(m.end, next.start)) && BUILT.has(ctx.kind(next.entity))) add(m, next);
      // X由某公司负责开发建设 / 由某集团发起成立: the park or project the sentence opens with.
      if (text.slice(m.start - 1, m.start) === '由' && BUILDS.test(text.slice(m.end, m.end + 8))) {
        const built = mentions.find((o) => o.end <= m.start && BUILT.has(ctx.kind(o.entity)));
        if (built) add(m, built);
        return;
      }
      const clauseEnd = text.slice(m.end).search(/[，,；;。]|$/) + m.end;
      const verb = BUILDS.exec(text.slice(m.end, clauseEnd));
      if (!verb) return;
      const verbAt = m.end + verb.index;
      // The verb is the company's: nothing but co-investors and adverbs between them.
      const between = mentions.filter((o) => o.start >= m.end && o.end <= verbAt);
      if (!BEFORE_VERB.test(text.slice(m.end, verbAt)) || between.some((o) => ctx.kind(o.entity) !== 'Company')) return;
      // After the verb (or holding it, where a name's edge took the verb in: 合资投建|某产业园).
      const targets = mentions.filter(
        (o) =>
          o.start >= m.end && o.end >= verbAt + verb[0].length && o.end <= clauseEnd && BUILT.has(ctx.kind(o.entity)),
      );
      for (const t of targets) add(m, t);
      // 某集团与某集团合资投建X: the co-investors build it too.
      for (const o of between) for (const t of targets) add(o, t);
    });
  });
  return placed;
}

/** 投资总额94.8亿元 in the clause after the one naming the project. */
function amountAfterClause(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  const next = /^[^；;。]*?[，,](?:投资总额|总投资|计划投资|投资)(?:约|达)?([^，,；;。]{1,12})/.exec(text.slice(m.end));
  return next ? parseAmount(next[1]!) : undefined;
}

export function investsIn(ctx: RelationContext, out: RelationSet): void {
  const builders = namedBuilds(ctx, out);
  const target = ctx.report.subjectPark ?? ctx.report.subjectRegion;
  if (target === undefined) return;
  for (const m of ctx.report.mentions) {
    if (ctx.kind(m.entity) !== 'Company' || builders.has(m) || !isProject(ctx, m)) continue;
    const amount = amountOf(ctx, m);
    const status = stageOf(ctx, m);
    out.add({
      type: 'INVESTS_IN',
      from: m.entity,
      to: target,
      evidence: [m.sentence],
      ...(amount ? { amount } : {}),
      ...(status ? { status } : {}),
    });
  }
}
