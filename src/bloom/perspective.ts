// Builds the Neo4j Bloom perspective (cypher/bloom/park-graph.perspective.json) from the ontology, the Neo4j layout
// and the shared style: a category per entity kind plus reports, every relationship type styled, the search phrases.
// The file format is ../shared/BLOOM-FORMAT.md (what perspectives exported by Bloom 2.x carry); every key it lists is
// written, even when empty. Entity categories carry an icon and a range rule sizing nodes by `degree`, both in the
// shape real Bloom exports have (sources cited in style.ts and at degreeSizeRule). Deterministic: the same model
// gives the same file, so a test can check it is fresh.
import { ENTITY_KINDS, RELATION_PROPERTY_TYPES, RELATION_SCHEMA, RELATION_TYPES } from '../ontology/model.ts';
import type { EntityKind, RelationProperty, RelationType } from '../ontology/model.ts';
import {
  DEGREE_PROPERTY,
  ENTITY_LABEL,
  ENTITY_PROPERTIES,
  EVIDENCE_PROPERTIES,
  MENTIONED_IN,
  MENTION_PROPERTIES,
  NODE_LABELS,
  REPORT_LABEL,
  REPORT_PROPERTIES,
  claimProperties,
} from '../graph/neo4j/graph-model.ts';
import { SEARCH_PHRASES } from './search-phrases.ts';
import type { SearchPhrase } from './search-phrases.ts';
import { KIND_ICON, KIND_STYLE, MENTION_STYLE, RELATION_STYLE, REPORT_ICON, REPORT_STYLE, baseSize } from './style.ts';
import type { KindStyle } from './style.ts';

export const PERSPECTIVE_FILE = 'cypher/bloom/park-graph.perspective.json';
export const PERSPECTIVE_NAME = 'park-graph';
/** Stable, so importing a newer file is recognisably the same perspective. */
export const PERSPECTIVE_ID = '3f9c2a4e-6b1d-4c8e-9a57-2d0e8b61f4a3';
/** The Bloom version whose exports this file follows. */
export const BLOOM_VERSION = '2.21.0';
/** Fixed timestamps (epoch ms) keep the generated file byte-stable. */
const EDITED_AT = Date.UTC(2025, 0, 1);

type DataType = 'string' | 'number' | 'bigint' | 'boolean' | 'array';

/** Bloom types Neo4j integers `bigint` and floats `number` (entityCount here; ids and counts in its own exports). */
const ENTITY_TYPES: Record<(typeof ENTITY_PROPERTIES)[number] | typeof DEGREE_PROPERTY, DataType> = {
  id: 'string',
  kind: 'string',
  name: 'string',
  aliases: 'array',
  searchText: 'string',
  [DEGREE_PROPERTY]: 'bigint',
};
const REPORT_TYPES: Record<(typeof REPORT_PROPERTIES)[number], DataType> = {
  id: 'string',
  name: 'string',
  title: 'string',
  publishedAt: 'string',
  source: 'string',
  authors: 'array',
  entityCount: 'bigint',
  relationCount: 'bigint',
};
const MENTION_TYPES: Record<(typeof MENTION_PROPERTIES)[number], DataType> = {
  name: 'string',
  aliases: 'array',
  surfaces: 'array',
  sentences: 'array',
  starts: 'array',
  ends: 'array',
};
const EVIDENCE_TYPES: Record<(typeof EVIDENCE_PROPERTIES)[number], DataType> = {
  id: 'string',
  reports: 'array',
  evidence: 'array',
  evidenceReports: 'array',
  evidenceStarts: 'array',
  evidenceEnds: 'array',
};
/** Internal to the store (the full-text index reads it); hidden from Bloom users. */
const HIDDEN_PROPERTIES = new Set(['searchText']);

const entries = <K extends string>(types: Record<K, DataType>) => Object.entries(types) as [K, DataType][];

function relationPropertyTypes(type: RelationType): [string, DataType][] {
  const own = RELATION_SCHEMA[type].properties.flatMap((p): [string, DataType][] => {
    const [values, reports] = claimProperties(p);
    return [
      [p, RELATION_PROPERTY_TYPES[p]],
      [values, 'array'],
      [reports, 'array'],
    ];
  });
  return [...entries(EVIDENCE_TYPES), ...own];
}

function propertyCaption(key: string, isCaption: boolean) {
  return { key, type: 'property', isCaption, inTooltip: !HIDDEN_PROPERTIES.has(key), styles: [], isGdsData: false };
}

/**
 * The degrees an entity category's size rule spans, and the node sizes at its ends (Bloom's size multipliers). The
 * seeds' graph has degrees 0 to 22 (median 1); degrees past `to` fall outside the rule and keep the category's base
 * size. In Bloom, the rule's "refresh range" refits the span to the data in the scene.
 */
export const DEGREE_SIZES = { from: 0, to: 30, minSize: 1, maxSize: 4 } as const;

/**
 * A range rule sizing nodes by degree, small to large, with every key of the range rules Bloom exports, as found in
 * neo4j-product-examples/demo-fraud-detection-with-p2p abridged-demo/bloom-perspective.json (Bloom 2.7.0: a range rule
 * on a `degree` property there too). `basedOn` is `<property>_<dataType>`; the rule holds from conditionValue up to
 * rangeValue and scales size from minSize at minSizeValue to maxSize at maxSizeValue. applyColor is off: the color
 * keys are kept, set to the category's color, which stays as it is.
 */
function degreeSizeRule(categoryId: number, style: KindStyle, captionKeys: string[]) {
  const { from, to, minSize, maxSize } = DEGREE_SIZES;
  return {
    id: `rule:${EDITED_AT + categoryId}`,
    type: 'range',
    size: 1,
    minSize,
    maxSize,
    minColor: style.color,
    midColor: style.color,
    maxColor: style.color,
    minPoint: String(from),
    maxPoint: String(to),
    applyColor: false,
    applySize: true,
    applyCaption: false,
    captionKeys,
    color: style.color,
    isTimeZoneConvertEnabled: false,
    selectedTimeZone: 'Z',
    basedOn: `${DEGREE_PROPERTY}_${ENTITY_TYPES[DEGREE_PROPERTY]}`,
    valuesMapper: [],
    existingValues: [],
    maxSizeValue: String(to),
    maxColorValue: String(to),
    minSizeValue: String(from),
    minColorValue: String(from),
    conditionValue: from,
    rangeValue: to + 1,
    condition: 'between',
    midColorValue: String(Math.round((from + to) / 2)),
  };
}

function category(id: number, label: string, style: KindStyle, icon: string, size: number, captionKey: string) {
  const isReport = label === REPORT_LABEL;
  const properties = isReport ? entries(REPORT_TYPES) : entries(ENTITY_TYPES);
  return {
    id,
    name: label,
    labels: [label],
    properties: properties.map(([name, dataType]) => ({ name, exclude: HIDDEN_PROPERTIES.has(name), dataType })),
    color: style.color,
    icon,
    size,
    textSize: 2,
    textAlign: 'top',
    captionKeys: [captionKey],
    captions: properties.map(([name]) => propertyCaption(name, name === captionKey)),
    styleRules: isReport ? [] : [degreeSizeRule(id, style, [captionKey])],
    createdAt: EDITED_AT,
    lastEditedAt: EDITED_AT,
  };
}

function relationshipType(type: string, style: KindStyle, properties: [string, DataType][], captionKey?: string) {
  return {
    id: type,
    name: type,
    color: style.color,
    size: type === MENTIONED_IN ? 1 : 2,
    textSize: 1,
    textAlign: 'top',
    properties: properties.map(([propertyKey, dataType]) => ({ propertyKey, type, dataType })),
    captionKeys: captionKey ? [captionKey] : [],
    captions: [
      { key: type, type: 'relationship', isCaption: true, inTooltip: true, styles: [] },
      ...(captionKey ? [propertyCaption(captionKey, true)] : []),
    ],
    styleRules: [],
  };
}

/** The property shown on a relationship beside its type: the one property it carries, when it carries one. */
function relationCaption(type: RelationType): RelationProperty | undefined {
  const own = RELATION_SCHEMA[type].properties;
  return own.length === 1 ? own[0] : undefined;
}

function template(phrase: SearchPhrase, index: number) {
  return {
    id: `tmpl:${EDITED_AT + index}`,
    name: phrase.description,
    text: phrase.text,
    cypher: phrase.cypher,
    createdAt: EDITED_AT + index,
    isUpdateQuery: null,
    hasCypherErrors: false,
    params: phrase.params.map((p) => ({
      name: `$${p.name}`,
      dataType: 'String',
      collapsed: false,
      suggestionLabel: p.suggestFrom,
      suggestionProp: 'name',
      suggestionBoolean: false,
      cypher: null,
    })),
  };
}

function labelProperties(label: string) {
  const types = label === REPORT_LABEL ? entries(REPORT_TYPES) : entries(ENTITY_TYPES);
  return types.map(([propertyKey, dataType]) => ({ propertyKey, type: label, dataType }));
}

export function buildPerspective() {
  const kinds = ENTITY_KINDS.map((kind: EntityKind, i) =>
    category(i + 1, kind, KIND_STYLE[kind], KIND_ICON[kind], baseSize(kind), 'name'),
  );
  const reports = category(ENTITY_KINDS.length + 1, REPORT_LABEL, REPORT_STYLE, REPORT_ICON, 1, 'title');
  const relations = RELATION_TYPES.map((type) =>
    relationshipType(type, RELATION_STYLE[type], relationPropertyTypes(type), relationCaption(type)),
  );
  const mentions = relationshipType(MENTIONED_IN, MENTION_STYLE, entries(MENTION_TYPES));
  const pathSegments = [
    ...RELATION_TYPES.flatMap((type) =>
      RELATION_SCHEMA[type].endpoints.map(([source, target]) => ({ source, relationshipType: type, target })),
    ),
    ...ENTITY_KINDS.map((source) => ({ source, relationshipType: MENTIONED_IN, target: REPORT_LABEL })),
  ];
  const key = (k: string) => ({ key: k, metadataProp: false });

  return {
    name: PERSPECTIVE_NAME,
    id: PERSPECTIVE_ID,
    version: BLOOM_VERSION,
    type: 'STANDARD_PERSPECTIVE',
    createdAt: EDITED_AT,
    lastEditedAt: EDITED_AT,
    categories: [...kinds, reports],
    labels: Object.fromEntries(NODE_LABELS.map((label) => [label, labelProperties(label)])),
    relationshipTypes: [...relations, mentions],
    hiddenRelationshipTypes: [],
    hiddenCategories: [],
    hideUncategorisedData: false,
    templates: SEARCH_PHRASES.map(template),
    sceneActions: [],
    palette: { colors: [...ENTITY_KINDS.map((k) => KIND_STYLE[k].color), REPORT_STYLE.color], currentIndex: 0 },
    parentPerspectiveId: null,
    maxLimitToastMsgEnabled: false,
    isAuto: false,
    history: [],
    metadata: {
      pathSegments,
      indexes: [
        { label: ENTITY_LABEL, type: 'native', propertyKeys: ['id', 'kind', 'name'].map(key) },
        { label: REPORT_LABEL, type: 'native', propertyKeys: [key('id')] },
      ],
      stats: { labels: {}, relationshipTypes: {} },
    },
  };
}

export type Perspective = ReturnType<typeof buildPerspective>;
