// Every Cypher text the Neo4j adapter can send, checked by Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support's lintCypherQuery) against the schema derived from model.ts: labels, relationship
// types, property keys, the (from)-[type]->(to) shapes the ontology allows, each statement's declared parameters, and
// Neo4j 5's real function and procedure signatures. Errors and warnings both fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../src/ontology/model.ts';
import { CypherStatements } from '../../../src/graph/neo4j/statements.ts';
import type { RenderedStatement } from '../../../src/graph/neo4j/statements.ts';
import { neo4jLinter } from './lint-cypher.ts';
import type { CypherLinter } from './lint-cypher.ts';

const statements = CypherStatements.load();
const renderings = statements.allRenderings();
let problems: CypherLinter;

beforeAll(async () => {
  problems = await neo4jLinter([...renderings.map((r) => r.text), ...BROKEN.map((b) => b.text)]);
});

/** The linter is synchronous and slow (~0.3 s a statement): let vitest's worker answer its RPC between statements. */
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

const label = (r: RenderedStatement) =>
  `${r.name}${Object.keys(r.vars).length ? ` ${JSON.stringify(r.vars)}` : ''} (params: ${r.params.join(', ') || 'none'})`;

describe('Cypher of the Neo4j adapter', () => {
  it.each(renderings.map((r) => [label(r), r] as const))('%s lints without errors or warnings', async (_, r) => {
    await yieldToEventLoop();
    expect(problems(r.text, r.params), r.text).toEqual([]);
  });

  it('renders every statement, with every kind label and every relation type of model.ts', () => {
    expect(new Set(renderings.map((r) => r.name))).toEqual(new Set(statements.names()));
    for (const kind of ENTITY_KINDS)
      expect(
        renderings.some((r) => r.text.includes(`:${kind}`)),
        kind,
      ).toBe(true);
    for (const type of RELATION_TYPES) {
      expect(
        renderings.some((r) => new RegExp(`:${type}\\]`).test(r.text)),
        type,
      ).toBe(true);
    }
    expect(renderings.find((r) => r.name === 'shortestPath')?.text).toContain(RELATION_TYPES.join('|'));
  });

  it('declares exactly the parameters each statement uses', () => {
    for (const r of renderings) {
      const used = new Set([...r.text.matchAll(/\$([A-Za-z]\w*)/g)].map((m) => m[1]));
      expect([...used].sort(), r.name).toEqual([...r.params].sort());
    }
  });
});

// Proof that the linter and the schema are live: each of these must be caught.
const BROKEN = [
  { why: 'a misspelt function', text: 'MATCH (e:Entity) RETURN toLowr(e.name) AS n', expect: /toLowr/ },
  {
    why: 'a YIELD column the procedure lacks',
    text: "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD nod RETURN nod",
    params: ['q'],
    expect: /nod/,
  },
  { why: 'an undeclared parameter', text: 'MATCH (e:Entity {id: $missing}) RETURN e', expect: /\$missing/ },
  { why: 'a label outside the ontology', text: 'MATCH (e:Factory) RETURN e', expect: /Factory/ },
  { why: 'a property the store never writes', text: 'MATCH (e:Entity) RETURN e.nmae AS n', expect: /nmae/ },
  {
    why: 'a relation the endpoint rules forbid',
    text: 'MATCH (c:Company)-[r:FOCUSES_ON]->(i:Industry) RETURN r',
    expect: /FOCUSES_ON/,
  },
  { why: 'a syntax error', text: 'MATCH (e:Entity RETURN e', expect: /./ },
  { why: 'an undefined variable', text: 'MATCH (e:Entity) RETURN x', expect: /`x` not defined/ },
];

describe('the lint is live', () => {
  it.each(BROKEN.map((b) => [b.why, b] as const))('catches %s', (_, b) => {
    const found = problems(b.text, b.params ?? []);
    expect(
      found.some((p) => b.expect.test(p)),
      found.join('\n'),
    ).toBe(true);
  });
});

const ADAPTER_DIR = 'src/graph/neo4j';
const adapterSources = readdirSync(ADAPTER_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: join(ADAPTER_DIR, f), text: readFileSync(join(ADAPTER_DIR, f), 'utf8') }));

function stringLiterals(file: string, source: string): string[] {
  const literals: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    if (ts.isTemplateExpression(node)) literals.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest));
  return literals;
}

describe('the adapter sends only these statements', () => {
  it('holds no Cypher in its TypeScript', () => {
    const cypherClause = /\b(MATCH|MERGE|UNWIND|CREATE|DELETE|DETACH|RETURN|CALL|SET|WITH)\s+\S/;
    for (const { file, text } of adapterSources) {
      for (const literal of stringLiterals(file, text))
        expect(cypherClause.test(literal), `${file}: ${literal}`).toBe(false);
    }
  });

  it('names only statements that exist, and every statement is used (by the store, its tests or the export)', () => {
    const store = adapterSources.find((s) => s.file.endsWith('store.ts'))!.text;
    const named = new Set([...store.matchAll(/(?:run|total)\(\s*'(\w+)'/g)].map((m) => m[1]!));
    const schemaList = /SCHEMA_STATEMENTS = \[([^\]]*)\]/.exec(store)?.[1] ?? '';
    for (const m of schemaList.matchAll(/'(\w+)'/g)) named.add(m[1]!);
    const testHelpers = readdirSync('test/graph/neo4j')
      .map((f) => readFileSync(join('test/graph/neo4j', f), 'utf8'))
      .join('\n');
    for (const m of testHelpers.matchAll(/runStatement\([^,]+,[^,]+,\s*'(\w+)'/g)) named.add(m[1]!);
    // `kg export --format cypher` ends with one of them (the store's way to count degrees).
    const cypherExport = readFileSync('src/export/cypher.ts', 'utf8');
    for (const m of cypherExport.matchAll(/render\('(\w+)'/g)) named.add(m[1]!);
    expect([...named].sort()).toEqual(statements.names().sort());
  });
});
