// INVESTS_IN from a project's fields as notices write them (环评公示, 稳评公示, 项目公示, a table a scraper flattened):
// 项目名称：X项目 … 建设单位：某公司, or in running text X项目，投资方为某公司. The company a field names as the project's
// builder or investor invests in the project named before it.
import { INVESTMENT_STATUSES } from '../../ontology/model.ts';
import type { RecognizedMention } from '../entities/index.ts';
import { AMOUNT, parseMoney } from './amount.ts';
import type { RelationContext, RelationSet } from './context.ts';

/** The field that names a project's investor or owner, right before the company (建设单位：, 投资方为, 项目业主是). Not
 *  施工单位, 设计单位, 监理单位 or 环评机构: those work for the owner. */
const INVESTOR_FIELD =
  /(?:建设单位|投资方|投资主体|投资单位|投资企业|投资商|业主单位|项目业主|项目单位|项目法人|建设主体|实施主体|申报单位)(?:名称)?(?:为|是|系)?[:：]?\s*$/;
/** How many sentences back a field list may have named its project (项目名称, 建设地点, 报告类型, 建设单位 …). */
const FIELD_WINDOW = 6;
/** The project's sum among its fields: 总投资：12亿元, 项目总投资为3000万元, 投资总额约5亿元. */
const SUM = new RegExp(`(?:总投资|投资总额|项目投资|计划投资)(?:额)?(?:为|约|达)?[:：]?(${AMOUNT.source})`);

/** The project a field list is about: the last one named before the company, in its sentence or a few before. */
function projectBefore(ctx: RelationContext, m: RecognizedMention): RecognizedMention | undefined {
  for (let s = m.sentence; s >= Math.max(0, m.sentence - FIELD_WINDOW); s--) {
    const project = ctx
      .mentionsIn(s)
      .filter((o) => ctx.kind(o.entity) === 'Project' && (s < m.sentence || o.end <= m.start))
      .at(-1);
    if (project) return project;
    // Another company's field closes the list before it: its project is that company's.
    if (s < m.sentence && ctx.mentionsIn(s).some((o) => ctx.kind(o.entity) === 'Company')) return undefined;
  }
  return undefined;
}

/** How many sentences after the company the project's overview (项目概况: its place, its works, its sum) may run. */
const OVERVIEW_WINDOW = 10;

/** Whether sentence `s` names a company or project other than these two: the overview of another project. */
function namesAnother(ctx: RelationContext, s: number, project: RecognizedMention, company: RecognizedMention) {
  return ctx
    .mentionsIn(s)
    .some(
      (o) =>
        o.entity !== company.entity &&
        o.entity !== project.entity &&
        ['Company', 'Project'].includes(ctx.kind(o.entity)),
    );
}

/** The furthest stage (签约, 开工, 竣工, 投产) stated in sentence `s` or, when it names no other project, the next
 *  (总投资约5亿元。项目2023年投产。). */
function stageNear(ctx: RelationContext, s: number, project: RecognizedMention, company: RecognizedMention) {
  const next = s + 1 < ctx.sentences.length && !namesAnother(ctx, s + 1, project, company) ? ctx.text(s + 1) : '';
  const text = ctx.text(s) + next;
  return INVESTMENT_STATUSES.filter((stage) => text.includes(stage)).at(-1);
}

/** The sum the fields state, between the project and the company or in the overview after the company, up to where
 *  another company or project is named; with the stage stated with it. */
function sumOf(ctx: RelationContext, project: RecognizedMention, company: RecognizedMention) {
  for (let s = project.sentence; s <= company.sentence + OVERVIEW_WINDOW && s < ctx.sentences.length; s++) {
    if (s > company.sentence && namesAnother(ctx, s, project, company)) return undefined;
    const text = ctx.text(s);
    const from = s === project.sentence ? project.end : 0;
    const found = SUM.exec(text.slice(from));
    if (!found) continue;
    const status = stageNear(ctx, s, project, company);
    return { ...parseMoney(found[1]!), ...(status ? { status } : {}) };
  }
  return undefined;
}

/** Adds the investments fields state; returns the company mentions placed so. */
export function investorFields(ctx: RelationContext, out: RelationSet): Set<RecognizedMention> {
  const placed = new Set<RecognizedMention>();
  for (const m of ctx.report.mentions) {
    if (m.nested || ctx.kind(m.entity) !== 'Company') continue;
    const text = ctx.text(m.sentence);
    if (!INVESTOR_FIELD.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    const project = projectBefore(ctx, m);
    if (!project) continue;
    const money = sumOf(ctx, project, m);
    out.add({
      type: 'INVESTS_IN',
      from: m.entity,
      to: project.entity,
      evidence: [...new Set([project.sentence, m.sentence])],
      ...(money ? { ...money } : {}),
    });
    placed.add(m);
  }
  return placed;
}
