// The graph's visual style, once: colors, captions, Bloom icons and base sizes per entity kind and relation type.
// The Bloom perspective (src/bloom/perspective.ts) and the /explore page (src/explore/) both draw with it. Pure data
// over model.ts: no I/O, so the browser bundle can import it too.
import { ENTITY_KINDS, RELATION_SCHEMA, RELATION_TYPES } from '../ontology/model.ts';
import type { EntityKind, RelationType } from '../ontology/model.ts';

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

/*
 * Bloom icons. A category's `icon` is a key of Bloom's built-in icon set; Neo4j documents neither the keys nor what
 * they depict. Every key below occurs in a perspective exported by Bloom in a public repository (cited, with the
 * Bloom version and the category it styles there: what the icon depicts is inferred from that category). Keys outlive
 * Bloom versions: 59435072-… styles addresses in 1.4.0 exports and a geolocation in 2.21.0 ones.
 *   DB188874-D25F-4B34-A296-E5E950072319  User, Customer, Seller: vaibhavmann7/Bloom example/Review Network.json
 *       (2.21.0), neo4j-product-examples/demo-fraud-detection-with-p2p abridged-demo/bloom-perspective.json (2.7.0),
 *       neo4j-graph-examples/entity-resolution bloom/Entity Resolution Perspective.json (1.9.1)
 *   F91CCD45-2C41-40B8-ADF6-5CBED4BD6C6E  Account Holder: neo4j-graph-examples/bloom
 *       bloom/bloom-fraud-detection.bloom-perspective.json (1.4.0)
 *   1BA78CC1-ED89-46D5-9D2B-D78DC944A59D  Group, Family, Customer: neo4j-graph-examples/cybersecurity
 *       bloom/Windows_Domains.json (2.0.0), neo4j-graph-examples/entity-resolution (1.9.1), vaibhavmann7/Bloom
 *       example/Logistics & Delivery.json (2.21.0)
 *   59435072-6EE1-4BB0-869A-50F2FB447DEB  Address, GeoLocation: neo4j-graph-examples/bloom (1.4.0, both files),
 *       vaibhavmann7/Bloom example/Logistics & Delivery.json (2.21.0)
 *   0D861286-D74D-4267-98BF-A5616808778A  DepartureWarehouse, ArrivalWarehouse: neo4j-product-examples/
 *       supply-chain-logistics-demo part1-getting-started-gds-and-bloom/bloom-perspective.json (2.3.0)
 *   7B9D2D75-AC63-4E4E-97A5-5C7987BB30BF  Shop: neo4j-graph-examples/bloom (1.4.0, both files)
 *   36ADC22A-4278-4483-8CF4-5CC5F66CA25D  Financial Institute: neo4j-graph-examples/bloom (1.4.0, both files)
 *   BAFA5E62-A381-4DD8-A74E-8525A8FC0DA3  Product, OrderItem: vaibhavmann7/Bloom
 *       example/Customer Purchase Journey.json, example/Logistics & Delivery.json, example/Review Network.json (2.21.0)
 *   1FB418FC-D628-4913-95FD-3D9231004CBD  Destination: neo4j-product-examples/supply-chain-logistics-demo
 *       part1-getting-started-gds-and-bloom/bloom-perspective.json (2.3.0)
 *   8F7F6D1D-BA8D-439B-921F-BC505DA348B6  Review: vaibhavmann7/Bloom example/Product Performance.json,
 *       example/Review Network.json (2.21.0)
 */
export const KIND_ICON: Record<EntityKind, string> = {
  Park: '0D861286-D74D-4267-98BF-A5616808778A',
  Company: '7B9D2D75-AC63-4E4E-97A5-5C7987BB30BF',
  Official: 'F91CCD45-2C41-40B8-ADF6-5CBED4BD6C6E',
  Person: 'DB188874-D25F-4B34-A296-E5E950072319',
  Region: '59435072-6EE1-4BB0-869A-50F2FB447DEB',
  Organization: '36ADC22A-4278-4483-8CF4-5CC5F66CA25D',
  Industry: 'BAFA5E62-A381-4DD8-A74E-8525A8FC0DA3',
  Project: '1FB418FC-D628-4913-95FD-3D9231004CBD',
  Partnership: '1BA78CC1-ED89-46D5-9D2B-D78DC944A59D',
};
export const REPORT_ICON = '8F7F6D1D-BA8D-439B-921F-BC505DA348B6';

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
