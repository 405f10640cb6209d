// The loader of cypher/neo4j/*.cypher: headers, fragments, and template variables filled only from the ontology.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_PROPERTY_NAMES, RELATION_TYPES } from '../../../src/ontology/model.ts';
import { MENTIONED_IN } from '../../../src/graph/neo4j/graph-model.ts';
import { CypherStatements } from '../../../src/graph/neo4j/statements.ts';
import type { TemplateVars } from '../../../src/graph/neo4j/statements.ts';
import { MAX_PATH_HOPS } from '../../../src/graph/store.ts';

const statements = CypherStatements.load();

describe('the statements of cypher/neo4j', () => {
  it('fill every placeholder and fragment, and hold one statement each', () => {
    for (const r of statements.allRenderings()) {
      expect(r.text, r.name).not.toMatch(/\{\{\s*>?\s*\w+\s*\}\}/);
      expect(r.text.trim().endsWith(';'), r.name).toBe(false);
      expect(r.text, r.name).not.toMatch(/^\s*\/\/ (name|params|fragment):/m);
    }
  });

  it('render one variant per value of each template variable', () => {
    const count = (name: string) => statements.allRenderings().filter((r) => r.name === name).length;
    expect(count('upsertEntities')).toBe(ENTITY_KINDS.length);
    expect(count('upsertRelations')).toBe(RELATION_TYPES.length);
    expect(count('claimRelationProperty')).toBe(RELATION_TYPES.length * RELATION_PROPERTY_NAMES.length);
    expect(count('shortestPath')).toBe(MAX_PATH_HOPS);
    expect(count('getEntities')).toBe(1);
  });

  it('put the label, type and property asked for into the text', () => {
    expect(statements.render('upsertEntities', { kindLabel: 'Park' }).text).toContain('SET e:Park');
    const claim = statements.render('claimRelationProperty', {
      relationType: 'INVESTS_IN',
      relationProperty: 'amount',
    });
    expect(claim.text).toContain('[r:INVESTS_IN]');
    expect(claim.text).toContain('r.amountValues');
    expect(statements.render('shortestPath', { maxHops: 3 }).text).toContain('*..3]');
    expect(statements.render('upsertEntities', { kindLabel: 'Park' }).params).toEqual(['reportId', 'rows']);
  });

  it('count degrees one way: ontology relationships in both directions, a loop once, never MENTIONED_IN', () => {
    const types = RELATION_TYPES.join('|');
    const degree = `COUNT { (e)-[:${types}]->() } + COUNT { (e)<-[:${types}]-(other) WHERE other <> e }`;
    const refresh = statements.render('refreshDegrees');
    expect(refresh.params).toEqual(['ids']);
    expect(refresh.text).toContain('MATCH (e:Entity {id: id})');
    const backfill = statements.render('backfillDegrees');
    expect(backfill.params).toEqual([]);
    expect(backfill.text).toContain('WHERE e.degree IS NULL');
    const recount = statements.render('recountDegrees');
    expect(recount.params).toEqual([]);
    expect(recount.text).toBe(`MATCH (e:Entity)\nSET e.degree = ${degree}`); // every entity
    for (const r of [refresh, backfill, recount]) {
      expect(r.text, r.name).toContain(`SET e.degree = ${degree}`);
      expect(r.text, r.name).not.toContain(MENTIONED_IN);
    }
  });

  it('refuse values outside the ontology, so data can never become Cypher', () => {
    const render = (vars: Record<string, unknown>) => () => statements.render('upsertEntities', vars as TemplateVars);
    expect(render({ kindLabel: 'Park) DETACH DELETE e //' })).toThrow(/not in the ontology's list/);
    expect(render({ kindLabel: 'park' })).toThrow(/not in the ontology's list/);
    expect(render({})).toThrow(/template variables kindLabel expected/);
    expect(render({ kindLabel: 'Park', relationType: 'LOCATED_IN' })).toThrow(/template variables/);
    expect(() => statements.render('shortestPath', { maxHops: MAX_PATH_HOPS + 1 })).toThrow(/not in the ontology/);
    expect(() => statements.render('noSuchStatement')).toThrow(/No Cypher statement named noSuchStatement/);
  });
});

describe('loading statement files', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const load = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'cypher-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return CypherStatements.load(dir);
  };

  it('reads names, parameters, comments and fragments', () => {
    const loaded = load({
      'a.cypher': [
        '// a file comment',
        '',
        '// fragment: fields',
        '{.id, .name}',
        '',
        '// name: one',
        '// params: ids, limit',
        '// what it does',
        'UNWIND $ids AS id',
        'MATCH (e:Entity {id: id})',
        'RETURN e {{> fields}} AS e LIMIT $limit;',
      ].join('\n'),
    });
    expect(loaded.names()).toEqual(['one']);
    const one = loaded.render('one');
    expect(one.params).toEqual(['ids', 'limit']);
    expect(one.text).toBe('UNWIND $ids AS id\nMATCH (e:Entity {id: id})\nRETURN e {.id, .name} AS e LIMIT $limit');
  });

  it('rejects files it cannot read unambiguously, naming the file', () => {
    expect(() => load({ 'x.cypher': 'MATCH (n) RETURN n' })).toThrow(/x.cypher: Cypher before the first/);
    expect(() => load({ 'x.cypher': '// name: a\nRETURN 1;\n// name: a\nRETURN 2' })).toThrow(/a is defined twice/);
    expect(() => load({ 'x.cypher': '// name: a\nRETURN {{> nope}}' })).toThrow(/unknown fragment nope/);
    expect(() => load({ 'x.cypher': '// name: a\nRETURN {{label}}' })).toThrow(/unknown placeholder/);
    expect(() => load({ 'x.cypher': '// name: a\nRETURN 1; RETURN 2' })).toThrow(/more than one statement/);
    expect(() => load({ 'x.cypher': '// name: a\n// only a comment' })).toThrow(/a is empty/);
    expect(() => load({ 'x.txt': 'RETURN 1' })).toThrow(/no .cypher files/);
  });
});
