// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The flow of docs/design.md, one direction: the ontology under everything; extract → graph (resolve, the GraphStore port, its stores) → api; the CLI
 * and src/ingest.ts (the use case) on top. Each entry forbids a layer's imports against that flow, matched on the
 * import's path (relative imports always name the folder they reach: '../graph/store.ts', '../../api/server.ts').
 */
const folder = (name, message) => ({ regex: `(^|/)(${name})(/|\\.ts$)`, message });
const flow = (files, forbidden) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: forbidden }] },
});

const NOT_CLI = folder('cli', 'only the CLI imports src/cli/: it sits on top of everything else');
const NOT_API = folder('api', 'only the CLI (kg serve) imports the API');
const NOT_STORES = folder(
  'graph/(embedded|neo4j|open|store|resolve|paging)',
  'extraction is pure: it never touches a store (the ontology, src/ontology/, is fine)',
);
const NOT_EXTRACT = folder(
  'extract',
  'the API never parses text: ingest through src/ingest.ts, handle names through src/names.ts',
);
const NOT_INGEST = folder('ingest', 'the ingest use case sits above the stores and the extractor');

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      'coverage/',
      'bench/out/',
      'neo4j/target/',
      'neo4j-data/',
      '**/*.generated.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  flow(
    ['src/ontology/**'],
    [folder('graph|api|cli|extract|export|bloom|explore|ingest|names', 'the ontology depends on nothing')],
  ),
  flow(['src/extract/**', 'src/eval/**'], [NOT_STORES, NOT_API, NOT_CLI, NOT_INGEST, folder('export|bloom|explore')]),
  flow(['src/graph/**'], [NOT_API, NOT_CLI, NOT_INGEST, NOT_EXTRACT, folder('export|bloom|explore')]),
  flow(['src/export/**', 'src/bloom/**'], [NOT_API, NOT_CLI, NOT_INGEST, NOT_EXTRACT]),
  flow(
    ['src/api/**'],
    [
      NOT_CLI,
      NOT_EXTRACT,
      folder(
        'graph/embedded|graph/neo4j/store',
        "the API reads the GraphStore port (a Neo4j store offers its connection as the port's `neo4j`)",
      ),
    ],
  ),
  flow(['src/explore/**', 'src/client/**'], [NOT_CLI, NOT_EXTRACT, NOT_INGEST]),
);
