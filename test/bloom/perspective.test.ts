// The Bloom perspective users import (cypher/bloom/park-graph.perspective.json): fresh, complete for the ontology,
// carrying every key of the file format (../shared/BLOOM-FORMAT.md, transcribed below), an icon and a size-by-degree
// rule per entity kind, and every search phrase's Cypher linted by Neo4j's own parser and semantic checks against the
// Neo4j store's schema.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_SCHEMA, RELATION_TYPES } from '../../src/ontology/model.ts';
import {
  DEGREE_PROPERTY,
  ENTITY_LABEL,
  MENTIONED_IN,
  NODE_LABELS,
  REPORT_LABEL,
} from '../../src/graph/neo4j/graph-model.ts';
import { PERSPECTIVE_PATH, perspectiveFileText } from '../../src/bloom/write.ts';
import { neo4jLinter } from '../graph/neo4j/lint-cypher.ts';
import type { CypherLinter } from '../graph/neo4j/lint-cypher.ts';

type Json = Record<string, unknown>;
const fileText = readFileSync(PERSPECTIVE_PATH, 'utf8');
const perspective = JSON.parse(fileText) as Json;
const categories = perspective.categories as Json[];
const relationshipTypes = perspective.relationshipTypes as Json[];
const templates = perspective.templates as Json[];

// The keys BLOOM-FORMAT.md lists, level by level.
const FORMAT = {
  top: [
    'name',
    'id',
    'version',
    'type',
    'createdAt',
    'lastEditedAt',
    'categories',
    'labels',
    'relationshipTypes',
    'hiddenRelationshipTypes',
    'hiddenCategories',
    'hideUncategorisedData',
    'templates',
    'sceneActions',
    'palette',
    'parentPerspectiveId',
    'maxLimitToastMsgEnabled',
    'isAuto',
    'history',
    'metadata',
  ],
  labelProperty: ['propertyKey', 'type', 'dataType'],
  palette: ['colors', 'currentIndex'],
  metadata: ['pathSegments', 'indexes', 'stats'],
  pathSegment: ['source', 'relationshipType', 'target'],
  index: ['label', 'type', 'propertyKeys'],
  stats: ['labels', 'relationshipTypes'],
  category: [
    'id',
    'name',
    'labels',
    'properties',
    'color',
    'icon',
    'size',
    'textSize',
    'textAlign',
    'captionKeys',
    'captions',
    'styleRules',
    'createdAt',
    'lastEditedAt',
  ],
  categoryProperty: ['name', 'exclude', 'dataType'],
  categoryCaption: ['key', 'type', 'isCaption', 'inTooltip', 'styles', 'isGdsData'],
  relationshipType: [
    'id',
    'name',
    'color',
    'size',
    'textSize',
    'textAlign',
    'properties',
    'captionKeys',
    'captions',
    'styleRules',
  ],
  relationshipProperty: ['propertyKey', 'type', 'dataType'],
  relationshipCaption: ['key', 'type', 'isCaption', 'inTooltip', 'styles'],
  template: ['id', 'name', 'text', 'cypher', 'createdAt', 'isUpdateQuery', 'hasCypherErrors', 'params'],
  // A range rule as Bloom exports it (neo4j-product-examples/demo-fraud-detection-with-p2p,
  // abridged-demo/bloom-perspective.json, Bloom 2.7.0).
  rangeRule: [
    'id',
    'type',
    'size',
    'minSize',
    'maxSize',
    'minColor',
    'midColor',
    'maxColor',
    'minPoint',
    'maxPoint',
    'applyColor',
    'applySize',
    'applyCaption',
    'captionKeys',
    'color',
    'isTimeZoneConvertEnabled',
    'selectedTimeZone',
    'basedOn',
    'valuesMapper',
    'existingValues',
    'maxSizeValue',
    'maxColorValue',
    'minSizeValue',
    'minColorValue',
    'conditionValue',
    'rangeValue',
    'condition',
    'midColorValue',
  ],
  param: ['name', 'dataType', 'collapsed', 'suggestionLabel', 'suggestionProp', 'suggestionBoolean', 'cypher'],
};

function expectKeys(object: unknown, keys: readonly string[], where: string) {
  expect(typeof object, where).toBe('object');
  expect(Object.keys(object as Json), where).toEqual(expect.arrayContaining([...keys]));
}

const HEX = /^#[0-9A-F]{6}$/i;
/** Keys of Bloom's icon set look like this in its exports (the only other value is "no-icon"). */
const BLOOM_ICON_KEY = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;
/** The data types Bloom gives numeric properties: integers and floats. */
const NUMERIC = ['bigint', 'number'];

describe('the perspective file', () => {
  it('is what `npm run generate` writes from the model (run it after changing the model)', async () => {
    expect(fileText).toBe(await perspectiveFileText());
  });

  it('carries every key of the Bloom file format, at every level', () => {
    expectKeys(perspective, FORMAT.top, 'perspective');
    expect(perspective.type).toBe('STANDARD_PERSPECTIVE');
    expect(perspective.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    for (const key of ['createdAt', 'lastEditedAt']) expect(Number.isInteger(perspective[key]), key).toBe(true);
    for (const key of ['hiddenRelationshipTypes', 'hiddenCategories', 'sceneActions', 'history'])
      expect(perspective[key], key).toEqual([]);
    expect(perspective.parentPerspectiveId).toBeNull();
    expectKeys(perspective.palette, FORMAT.palette, 'palette');
    for (const [label, properties] of Object.entries(perspective.labels as Record<string, Json[]>)) {
      for (const p of properties) {
        expectKeys(p, FORMAT.labelProperty, `labels.${label}`);
        expect(p.type).toBe(label);
      }
    }
    const metadata = perspective.metadata as Json;
    expectKeys(metadata, FORMAT.metadata, 'metadata');
    for (const s of metadata.pathSegments as Json[]) expectKeys(s, FORMAT.pathSegment, 'pathSegment');
    for (const i of metadata.indexes as Json[]) expectKeys(i, FORMAT.index, 'index');
    expectKeys(metadata.stats, FORMAT.stats, 'stats');
    for (const c of categories) {
      expectKeys(c, FORMAT.category, `category ${String(c.name)}`);
      for (const p of c.properties as Json[]) expectKeys(p, FORMAT.categoryProperty, `${String(c.name)} property`);
      for (const caption of c.captions as Json[])
        expectKeys(caption, FORMAT.categoryCaption, `${String(c.name)} caption`);
    }
    for (const r of relationshipTypes) {
      expectKeys(r, FORMAT.relationshipType, `relationship type ${String(r.name)}`);
      expect(typeof r.size, `${String(r.name)} size is required`).toBe('number');
      for (const p of r.properties as Json[]) {
        expectKeys(p, FORMAT.relationshipProperty, `${String(r.name)} property`);
        expect(p.type).toBe(r.name);
      }
      const typeCaption = (r.captions as Json[]).find((c) => c.type === 'relationship');
      expectKeys(typeCaption, FORMAT.relationshipCaption, `${String(r.name)} caption`);
    }
    for (const t of templates) {
      expectKeys(t, FORMAT.template, `template ${String(t.text)}`);
      for (const p of t.params as Json[]) expectKeys(p, FORMAT.param, `${String(t.text)} param`);
    }
  });

  it('has a category per entity kind (and one for reports), captioned by name, each in its own color', () => {
    const byLabel = new Map(categories.map((c) => [(c.labels as string[])[0], c]));
    expect([...byLabel.keys()].sort()).toEqual([...ENTITY_KINDS, REPORT_LABEL].sort());
    for (const kind of ENTITY_KINDS) {
      const c = byLabel.get(kind)!;
      expect(c.labels, kind).toEqual([kind]);
      expect(c.captionKeys, kind).toEqual(['name']);
      expect(
        (c.captions as Json[]).filter((x) => x.isCaption).map((x) => x.key),
        kind,
      ).toEqual(['name']);
      expect(c.color, kind).toMatch(HEX);
      expect(c.size, kind).toBeGreaterThanOrEqual(1);
      expect(typeof c.icon, kind).toBe('string');
    }
    const colors = categories.map((c) => String(c.color).toUpperCase());
    expect(new Set(colors).size).toBe(colors.length);
    expect(new Set(categories.map((c) => c.id)).size).toBe(categories.length);
    expect(byLabel.get(REPORT_LABEL)!.captionKeys).toEqual(['title']);
  });

  it("gives every category its own icon from Bloom's icon set", () => {
    const icons = categories.map((c) => c.icon);
    for (const c of categories) expect(c.icon, String(c.name)).toMatch(BLOOM_ICON_KEY);
    expect(new Set(icons).size).toBe(categories.length);
  });

  it('sizes the nodes of every entity kind by degree, small to large, with a range rule as Bloom exports it', () => {
    const labels = perspective.labels as Record<string, Json[]>;
    const degreeType = (label: string) => labels[label]!.find((p) => p.propertyKey === DEGREE_PROPERTY)?.dataType;
    for (const label of [ENTITY_LABEL, ...ENTITY_KINDS]) expect(NUMERIC, label).toContain(degreeType(label));
    expect(degreeType(REPORT_LABEL)).toBeUndefined();
    for (const c of categories.filter((c) => (c.labels as string[])[0] !== REPORT_LABEL)) {
      const kind = (c.labels as string[])[0]!;
      const property = (c.properties as Json[]).find((p) => p.name === DEGREE_PROPERTY);
      expect(property, kind).toMatchObject({ exclude: false, dataType: degreeType(kind) });
      const rules = c.styleRules as Json[];
      expect(rules, kind).toHaveLength(1);
      const rule = rules[0]!;
      expectKeys(rule, FORMAT.rangeRule, `${kind} size rule`);
      expect(rule, kind).toMatchObject({
        type: 'range',
        basedOn: `${DEGREE_PROPERTY}_${degreeType(kind)}`,
        condition: 'between',
        applySize: true,
        applyColor: false,
      });
      expect(rule.minSize as number, kind).toBeLessThan(rule.maxSize as number);
      const [from, to] = [Number(rule.minSizeValue), Number(rule.maxSizeValue)];
      expect(from, kind).toBeLessThan(to);
      expect(rule.conditionValue as number, kind).toBeLessThanOrEqual(from);
      expect(rule.rangeValue as number, kind).toBeGreaterThan(to);
    }
    const ruleIds = categories.flatMap((c) => (c.styleRules as Json[]).map((r) => r.id));
    expect(new Set(ruleIds).size).toBe(ENTITY_KINDS.length);
  });

  it('styles every relation type of the ontology, and MENTIONED_IN, with its properties declared', () => {
    const byName = new Map(relationshipTypes.map((r) => [r.name as string, r]));
    expect([...byName.keys()].sort()).toEqual([...RELATION_TYPES, MENTIONED_IN].sort());
    for (const type of RELATION_TYPES) {
      const r = byName.get(type)!;
      expect(r.id).toBe(type);
      expect(r.color, type).toMatch(HEX);
      const declared = (r.properties as Json[]).map((p) => p.propertyKey);
      expect(declared, type).toEqual(
        expect.arrayContaining(['evidence', 'reports', ...RELATION_SCHEMA[type].properties]),
      );
    }
    const colors = relationshipTypes.map((r) => String(r.color).toUpperCase());
    expect(new Set(colors).size).toBe(colors.length);
  });

  it('declares every label of the Neo4j layout, and a path segment for every endpoint rule', () => {
    expect(Object.keys(perspective.labels as Json).sort()).toEqual([...NODE_LABELS].sort());
    const segments = new Set(
      ((perspective.metadata as Json).pathSegments as Json[]).map(
        (s) => `${s.source}|${s.relationshipType}|${s.target}`,
      ),
    );
    for (const type of RELATION_TYPES)
      for (const [from, to] of RELATION_SCHEMA[type].endpoints)
        expect(segments.has(`${from}|${type}|${to}`)).toBe(true);
  });
});

describe('the search phrases', () => {
  let lint: CypherLinter;
  beforeAll(async () => {
    lint = await neo4jLinter(templates.map((t) => t.cypher as string));
  });

  const paramNames = (t: Json) => (t.params as Json[]).map((p) => String(p.name).slice(1));

  it('cover the questions users ask, each with its own phrase', () => {
    const phrases = templates.map((t) => t.text as string);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const pattern of [/企业/, /领导/, /关联的园区/, /产业/, /如何关联/, /报告/])
      expect(
        phrases.some((p) => pattern.test(p)),
        String(pattern),
      ).toBe(true);
    const cypher = templates.map((t) => t.cypher as string).join('\n');
    expect(cypher).toContain('shortestPath(');
    expect(cypher).toContain(`:${MENTIONED_IN}]->(:${REPORT_LABEL})`);
  });

  it.each(templates.map((t) => [t.text as string, t] as const))(
    '"%s": its parameters are in the phrase and the Cypher, suggested from a label of the graph',
    (_, t) => {
      const used = new Set([...(t.cypher as string).matchAll(/\$([A-Za-z]\w*)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual(paramNames(t).sort());
      for (const p of t.params as Json[]) {
        expect(t.text as string).toContain(String(p.name));
        expect(NODE_LABELS).toContain(p.suggestionLabel);
        expect(p.suggestionProp).toBe('name');
        expect(p.dataType).toBe('String');
      }
    },
  );

  it.each(templates.map((t) => [t.text as string, t] as const))('"%s": its Cypher lints clean', async (_, t) => {
    await new Promise((resolve) => setImmediate(resolve)); // the linter is synchronous and slow: let vitest breathe
    expect(lint(t.cypher as string, paramNames(t)), t.cypher as string).toEqual([]);
  });

  it('would be caught linting a phrase that breaks the schema', () => {
    const broken = (templates[0]!.cypher as string).replace(':Company', ':Factory');
    expect(lint(broken, paramNames(templates[0]!)).join('\n')).toMatch(/Factory/);
  });
});
