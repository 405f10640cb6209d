// Sends one named statement of cypher/neo4j/ with exactly the parameters its header declares: the lint test checks
// the statements against those declarations, so this check makes it cover what the adapter really sends.
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherStatements, TemplateVars } from './statements.ts';

export type Row = Record<string, unknown>;

export async function runStatement(
  tx: ManagedTransaction,
  statements: CypherStatements,
  name: string,
  params: Row = {},
  vars: TemplateVars = {},
): Promise<Row[]> {
  const { text, params: declared } = statements.render(name, vars);
  const given = Object.keys(params);
  if (given.length !== declared.length || !declared.every((p) => given.includes(p))) {
    throw new Error(`Cypher ${name} takes parameters (${declared.join(', ')}), not (${given.join(', ')})`);
  }
  const result = await tx.run(text, params);
  return result.records.map((record) => record.toObject());
}
