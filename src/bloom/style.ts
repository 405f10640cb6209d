// The graph's visual style, once: colors, captions and base sizes per entity kind and relation type. The Bloom
// perspective (src/bloom/perspective.ts) and the /explore page (src/explore/) both draw with it. Pure data over
// model.ts: no I/O, so the browser bundle can import it too.
import { ENTITY_KINDS, RELATION_SCHEMA, RELATION_TYPES } from '../graph/model.ts';
import type { EntityKind, RelationType } from '../graph/model.ts';

export interface KindStyle {
  color: string;
  /** Simplified Chinese name of the kind, for legends. */
  label: string;
}

export const KIND_STYLE: Record<EntityKind, KindStyle> = {
  Park: { color: '#F79767', label: '园区' },
  Company: { color: '#57C7E3', label: '企业' },
  Official: { color: '#F16667', label: '官员' },
  Person: { color: '#ECB5C9', label: '人物' },
  Region: { color: '#8DCC93', label: '地区' },
  Organization: { color: '#C990C0', label: '机构' },
  Industry: { color: '#FFC454', label: '产业' },
  Project: { color: '#4C8EDA', label: '项目' },
  Partnership: { color: '#DA7194', label: '合作机制' },
};

export const RELATION_STYLE: Record<RelationType, KindStyle> = {
  LOCATED_IN: { color: '#8A919C', label: '位于' },
  HOLDS_POSITION: { color: '#D64545', label: '任职' },
  MEMBER_OF: { color: '#C2457A', label: '成员' },
  CO_BUILT_BY: { color: '#3E8E6E', label: '共建' },
  INVESTS_IN: { color: '#2F6FC0', label: '投资' },
  FOCUSES_ON: { color: '#D99A00', label: '聚焦产业' },
  PART_OF: { color: '#E0783F', label: '隶属' },
  ATTENDED: { color: '#9B6A9A', label: '出席' },
};

/** Reports, which Bloom shows as nodes (entities link to them by MENTIONED_IN). */
export const REPORT_STYLE: KindStyle = { color: '#B8BCC2', label: '报告' };
export const MENTION_STYLE: KindStyle = { color: '#C9CCD1', label: '提及' };

/**
 * How many (from, to) endpoint rules of the ontology a kind takes part in: how many kinds of facts can attach to it.
 * A static stand-in for degree where a size must be fixed before any data exists (a Bloom category's base size).
 */
export function endpointRuleCount(kind: EntityKind): number {
  return RELATION_TYPES.reduce(
    (count, type) =>
      count + RELATION_SCHEMA[type].endpoints.filter(([from, to]) => from === kind || to === kind).length,
    0,
  );
}

/** Base sizes 1 (fewest endpoint rules) to 3 (most), evenly spread over the ontology's range. */
export function baseSize(kind: EntityKind): number {
  const counts = ENTITY_KINDS.map(endpointRuleCount);
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  return max === min ? 1 : 1 + Math.round((2 * (endpointRuleCount(kind) - min)) / (max - min));
}
