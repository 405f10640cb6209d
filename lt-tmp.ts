import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { CypherStatements } from './src/graph/neo4j/statements.ts';
const all = CypherStatements.load().allRenderings();
let t = Date.now();
for (const s of all) lintCypherQuery(s.text, { parameters: {}, defaultLanguage: 'CYPHER 5' } as never);
console.log((Date.now() - t) / all.length, 'ms/statement');
t = Date.now();
for (const s of all) lintCypherQuery(s.text, { parameters: {}, defaultLanguage: 'CYPHER 5' } as never);
console.log((Date.now() - t) / all.length, 'ms/statement 2nd');
