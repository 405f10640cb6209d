// `kg export --format cypher`: literals escaped so any text survives, and the seeds' script: the store schema first,
// every report, entity and relation merged on its id, degrees counted last. cypher.slow.test.ts lints every statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherFloat, cypherLiteral, cypherString } from '../../src/export/cypher.ts';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/ontology/model.ts';
import { CypherStatements } from '../../src/graph/neo4j/statements.ts';
import type { GraphStats } from '../../src/graph/store.ts';
import { seededEmbeddedStore } from '../api/support/seeded.ts';
import type { TempStore } from '../api/support/seeded.ts';
import { neo4jLinter } from '../graph/neo4j/lint-cypher.ts';
import { exportText } from './support/collect.ts';

describe('Cypher literals', () => {
  it('escape quotes, backslashes and control characters, and keep Chinese as is', () => {
    expect(cypherString(`苏州·宿迁 "1+5" it's C:\\dir`)).toBe(`'苏州·宿迁 "1+5" it\\'s C:\\\\dir'`);
    expect(cypherString('a\nb\r\tc\u0000\u001f')).toBe("'a\\nb\\r\\tc\\u0000\\u001f'");
    expect(cypherString("\\'")).toBe("'\\\\\\''");
  });

  it('write integers as INTEGER and amounts as FLOAT, lists and maps nested', () => {
    expect(cypherLiteral(42)).toBe('42');
    expect(cypherLiteral(new CypherFloat(1000000000))).toBe('1000000000.0');
    expect(cypherLiteral(new CypherFloat(2.5e21))).toBe('2.5e21');
    expect(cypherLiteral(1.5)).toBe('1.5');
    expect(cypherLiteral({ id: 'x', tags: ['a', null, true], n: { m: 1 } })).toBe(
      "{id: 'x', tags: ['a', null, true], n: {m: 1}}",
    );
    expect(() => cypherLiteral({ 'bad key': 1 })).toThrow(/bad key/);
    expect(() => cypherLiteral(new CypherFloat(Number.NaN))).toThrow(/NaN/);
  });

  it('survive the linter with the nastiest strings', async () => {
    const nasty = ["it's", 'back\\slash', 'line\nbreak', '\u0000', '"quoted"', '*/ // -- ;', '`tick`', '苏宿·园区'];
    const text = `RETURN ${cypherLiteral(nasty)} AS values`;
    const lint = await neo4jLinter([text]);
    expect(lint(text)).toEqual([]);
  });
});

describe("the seeds' graph as a Cypher script", () => {
  let seeded: TempStore;
  let script: string;
  let stats: GraphStats;

  beforeAll(async () => {
    seeded = await seededEmbeddedStore();
    script = await exportText(seeded.store, 'cypher');
    stats = await seeded.store.stats();
  }, 120_000);
  afterAll(() => seeded?.close());

  it('creates the store schema first, then MERGEs every report, entity and relation on its id', async () => {
    expect(script.indexOf('CREATE CONSTRAINT entity_id')).toBeLessThan(script.indexOf('\nMERGE'));
    for (const kind of ENTITY_KINDS) expect(script.includes(`SET e:${kind}\n`), kind).toBe(!!stats.entities[kind]);
    for (const type of RELATION_TYPES)
      expect(script.includes(`MERGE (a)-[r:${type}]->(b)`), type).toBe(!!stats.relations[type]);
    const merged = (prefix: string) => [...script.matchAll(new RegExp(`^  \\{${prefix}`, 'gm'))].length;
    expect(merged("id: '[A-Za-z]+:[^|']+', kind:")).toBe(Object.values(stats.entities).reduce((a, b) => a + b!, 0));
    expect(merged("id: '[^']+\\|[A-Z_]+\\|")).toBe(Object.values(stats.relations).reduce((a, b) => a + b!, 0));
    expect(script).not.toMatch(/\$[A-Za-z]/); // parameter-free
  });

  it("ends by counting every entity's degree with the Neo4j store's own statement, after the last relation", () => {
    const recount = `${CypherStatements.load().render('recountDegrees').text};\n`;
    expect(script.endsWith(recount)).toBe(true);
    expect(script.indexOf('SET e.degree')).toBeGreaterThan(script.lastIndexOf('MERGE (a)-[r:'));
  });
});
