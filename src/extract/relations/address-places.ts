// LOCATED_IN from the fields of a notice: 建设单位：某公司 followed by 通讯地址：某市某区某镇… (on its line or the next),
// or 某公司（地址：…）, puts the company in the most specific place of the address.
import type { RecognizedMention } from '../entities/index.ts';
import type { RelationContext, RelationSet } from './context.ts';

/** The labels of a field whose value is a company: 建设单位：, 单位名称：, 企业名称：, 中标人：, 供应商：. */
const UNIT_LABEL = '(?:单位|名称|中标人|成交人|供应商|申请人|投资方|建设方|业主)[:：]';
/** A company named as a field's value. */
const UNIT_FIELD = new RegExp(`${UNIT_LABEL}$`);
/** Or with its address right after it, in brackets or not: 某公司（地址：…）, 某公司地址：…, 某公司，注册地址为…. */
const BRACKETED_ADDRESS = /^(?:[（(]|[，,]?(?:公司|企业)?)(?:注册|通讯|联系|办公)?地址(?:[:：]|为|是|在|位于)/;
/** The address field that follows it: 通讯地址：, 注册地址：, 建设地点：, 注册地址为. */
const ADDRESS_FIELD = /(?:地址|建设地点|所在地)(?:[:：]|为|是|在|位于)/g;
/** Another field's company comes first: the address is its. */
const NEXT_UNIT = new RegExp(UNIT_LABEL);

/** The places written one after the other from `from` on (广东省|广州市|番禺区|石楼镇): the last, and where they end. */
function placesFrom(ctx: RelationContext, sentence: number, from: number): { place: number; end: number } | undefined {
  let end = from;
  let place: number | undefined;
  for (const m of ctx.mentionsIn(sentence)) {
    if (m.start < end) continue;
    if (m.start !== end || ctx.kind(m.entity) !== 'Region') break;
    place = m.entity;
    end = m.end;
  }
  return place === undefined ? undefined : { place, end };
}

/** The most specific place of the places right after the address field. */
function addressPlace(ctx: RelationContext, sentence: number, from: number): number | undefined {
  return placesFrom(ctx, sentence, from)?.place;
}

function addressAfter(ctx: RelationContext, m: RecognizedMention): number | undefined {
  for (const [sentence, start] of [
    [m.sentence, m.end],
    [m.sentence + 1, 0],
  ] as const) {
    if (sentence >= ctx.sentences.length) break;
    const text = ctx.text(sentence).slice(start);
    for (const field of text.matchAll(ADDRESS_FIELD)) {
      if (NEXT_UNIT.test(text.slice(0, field.index))) return undefined;
      const place = addressPlace(ctx, sentence, start + field.index + field[0].length);
      if (place !== undefined) return place;
    }
    if (NEXT_UNIT.test(text)) return undefined;
  }
  return undefined;
}

/** The kinds a place in brackets after the name places: 华辰科技有限公司（浙江省湖州市南浔区）, 华辰产业园(某县). */
const BRACKETED_KINDS = new Set(['Company', 'Park', 'Project']);

/** The last of the places that alone fill a bracket right after a mention (（浙江省|湖州市|南浔区）), if they do: not
 *  华辰公司（滨江区人民政府）, another body. */
function bracketedPlace(ctx: RelationContext, m: RecognizedMention): number | undefined {
  const text = ctx.text(m.sentence);
  if (!/^[（(]/.test(text.slice(m.end))) return undefined;
  const chain = placesFrom(ctx, m.sentence, m.end + 1);
  return chain && /^[)）]/.test(text.slice(chain.end)) ? chain.place : undefined;
}

export function addressPlaces(ctx: RelationContext, out: RelationSet): void {
  for (const m of ctx.report.mentions) {
    if (BRACKETED_KINDS.has(ctx.kind(m.entity)) && !m.nested && !m.reference) {
      const place = bracketedPlace(ctx, m);
      if (place !== undefined) out.add({ type: 'LOCATED_IN', from: m.entity, to: place, evidence: [m.sentence] });
    }
    if (ctx.kind(m.entity) !== 'Company' || m.nested || m.reference) continue;
    const text = ctx.text(m.sentence);
    if (!UNIT_FIELD.test(text.slice(0, m.start)) && !BRACKETED_ADDRESS.test(text.slice(m.end))) continue;
    const place = addressAfter(ctx, m);
    if (place !== undefined) out.add({ type: 'LOCATED_IN', from: m.entity, to: place, evidence: [m.sentence] });
  }
}
