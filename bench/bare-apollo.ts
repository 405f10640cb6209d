// The baseline of `npm run bench:api`: a bare Apollo Server (its standalone HTTP server) with the served schema,
// answering every query from constants of the same shape as the real answers. No store, no limits, no loaders:
// the most a GraphQL server on this stack can do. Prints its URL on stdout.
// Usage: node --import tsx bench/bare-apollo.ts <answers.json>   (answers: { [queryField]: value })
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { SCHEMA_FILE } from '../src/api/print-schema.ts';

const answers = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Record<string, unknown>;
const server = new ApolloServer({
  typeDefs: readFileSync(SCHEMA_FILE, 'utf8'),
  resolvers: {
    Query: Object.fromEntries(Object.entries(answers).map(([field, value]) => [field, () => value])),
    Entity: { __resolveType: (value: { __typename: string }) => value.__typename },
  },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
console.log(url.replace(/\/$/, ''));
