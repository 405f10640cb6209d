// The client's generated types follow schema/schema.graphql and the client's operations.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generateClientTypes, TYPES_FILE } from '../../src/client/codegen.ts';

it('src/client/types.generated.ts is fresh (run `npm run generate` after changing the schema or operations)', async () => {
  expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await generateClientTypes());
}, 60_000);

it('generates from the schema it is given: a field the operations need cannot vanish unnoticed', async () => {
  const schema = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
  await expect(generateClientTypes(schema.replace('  fromId: ID!\n', ''))).rejects.toThrow(/fromId/);
}, 60_000);
