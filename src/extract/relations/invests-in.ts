// INVESTS_IN: companies named as investment projects (…等项目相继签约, 引进总投资10亿元的…) invest in the
// report's park, or the region it is about; with the amount and the stage (签约/开工/竣工/投产) where stated.
import { INVESTMENT_STATUSES, type InvestmentStatus } from '../../ontology/model.ts';
import type { RecognizedMention } from '../entities/index.ts';
import { AMOUNT, parseAmount } from './amount.ts';
import type { RelationContext, RelationSet } from './context.ts';

const INVESTMENT_WORDS = /总投资|签约|开工|竣工|投产|落户|引进|招引/;
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

export function investsIn(ctx: RelationContext, out: RelationSet): void {
  const target = ctx.report.subjectPark ?? ctx.report.subjectRegion;
  if (target === undefined) return;
  for (const m of ctx.report.mentions) {
    if (ctx.kind(m.entity) !== 'Company' || !isProject(ctx, m)) continue;
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
