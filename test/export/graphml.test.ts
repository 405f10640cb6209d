// `kg export --format graphml`: well-formed XML (checked by a validating parser), typed <key>s for every attribute,
// one node per entity and one edge per relation of the seeds' graph, with the attribute values intact.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlEscape } from '../../src/export/graphml.ts';
import { RELATION_PROPERTY_NAMES } from '../../src/ontology/model.ts';
import type { GraphStats } from '../../src/graph/store.ts';
import { seededEmbeddedStore } from '../api/support/seeded.ts';
import type { TempStore } from '../api/support/seeded.ts';
import { exportText, total } from './support/collect.ts';

interface Data {
  '@_key': string;
  '#text': string | number;
}
interface Element {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: Data[];
}
interface Key {
  '@_id': string;
  '@_for': string;
  '@_attr.name': string;
  '@_attr.type': string;
}

let seeded: TempStore;
let text: string;
let stats: GraphStats;
let keys: Key[];
let nodes: Element[];
let edges: Element[];

beforeAll(async () => {
  seeded = await seededEmbeddedStore();
  text = await exportText(seeded.store, 'graphml');
  stats = await seeded.store.stats();
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  });
  const doc = parser.parse(text) as { graphml: { key: Key[]; graph: { node: Element[]; edge: Element[] } } };
  keys = doc.graphml.key;
  nodes = doc.graphml.graph.node;
  edges = doc.graphml.graph.edge;
}, 120_000);
afterAll(() => seeded?.close());

const value = (element: Element, key: string) => element.data?.find((d) => d['@_key'] === key)?.['#text'];

describe("the seeds' graph as GraphML", () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('declares a typed key for every attribute it uses, including every relation property', () => {
    const declared = new Map(keys.map((k) => [k['@_id'], k]));
    for (const element of [...nodes, ...edges])
      for (const d of element.data ?? []) expect(declared.has(d['@_key']), d['@_key']).toBe(true);
    for (const p of RELATION_PROPERTY_NAMES)
      expect(keys.some((k) => k['@_for'] === 'edge' && k['@_attr.name'] === p)).toBe(true);
    expect(keys.find((k) => k['@_attr.name'] === 'amount')!['@_attr.type']).toBe('double');
    for (const k of keys) expect(['string', 'int', 'double']).toContain(k['@_attr.type']);
  });

  it('has one node per entity and one edge per relation, edges between known nodes', () => {
    expect(nodes).toHaveLength(total(stats.entities));
    expect(edges).toHaveLength(total(stats.relations));
    const ids = new Set(nodes.map((n) => n['@_id']));
    expect(ids.size).toBe(nodes.length);
    for (const e of edges) {
      expect(ids.has(e['@_source']!)).toBe(true);
      expect(ids.has(e['@_target']!)).toBe(true);
    }
  });

  it('keeps the values: names, kinds, relation types, properties and evidence sentences', async () => {
    const [entity] = (await seeded.store.findEntities({ kinds: ['Park'] }, { first: 1 })).items;
    const node = nodes.find((n) => n['@_id'] === entity!.id)!;
    expect(value(node, 'n_name')).toBe(entity!.name);
    expect(value(node, 'n_kind')).toBe('Park');
    const invests = edges.find((e) => value(e, 'e_type') === 'INVESTS_IN' && value(e, 'e_amount') !== undefined)!;
    const relation = (
      await seeded.store.relationsOf(invests['@_source']!, { types: ['INVESTS_IN'], direction: 'OUT' })
    ).items.find((r) => r.id === invests['@_id'])!;
    expect(Number(value(invests, 'e_amount'))).toBe(relation.amount);
    expect(String(value(invests, 'e_evidence'))).toContain(relation.evidence[0]!.sentence);
  });
});

describe('XML escaping', () => {
  it('escapes markup characters and drops what XML 1.0 cannot carry', () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('a\u0000b\u0008c\ud800d\tе\n园区')).toBe('abcd\tе\n园区');
    expect(XMLValidator.validate(`<x a="${xmlEscape('"\u0001<')}">${xmlEscape('&\u001f]]>')}</x>`)).toBe(true);
  });
});
