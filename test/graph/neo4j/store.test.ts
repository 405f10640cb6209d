// Opening the Neo4j store when it cannot work: one clear UserError naming the setting or the server, no stack trace.
// (The store's behaviour against a real server is neo4j.store.test.ts.)
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.ts';
import { openNeo4jStore } from '../../../src/graph/neo4j/index.ts';

describe('openNeo4jStore', () => {
  it('names a missing setting', async () => {
    await expect(openNeo4jStore({ uri: '', user: 'neo4j', password: 'x' })).rejects.toThrow(/NEO4J_URI/);
    await expect(openNeo4jStore({ uri: 'bolt://localhost', user: 'neo4j', password: '' })).rejects.toThrow(
      /NEO4J_PASSWORD/,
    );
  });

  it('names a URI it cannot use', async () => {
    const error = await openNeo4jStore({ uri: 'http://localhost:7474', user: 'neo4j', password: 'x' }).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^Neo4j URI "http:\/\/localhost:7474": .*scheme/);
  });

  it.each(['bolt://127.0.0.1:1', 'neo4j+s://127.0.0.1:1'])('names the server it cannot reach (%s)', async (uri) => {
    const error = await openNeo4jStore({ uri, user: 'neo4j', password: 'x' }).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(`Neo4j at ${uri}: `);
  });
});
