// docker-compose.yml (for users) and .github/workflows/neo4j.yml (users' CI) cannot run here, but they must run the
// Neo4j the tests run: neo4j/pom.xml's version, APOC, and the launcher's settings. Fast tier: reads files only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pom = read('neo4j/pom.xml');
const launcher = read('neo4j/src/main/java/parkgraph/Neo4jLauncher.java');
const launcherTs = read('neo4j/launcher.ts');
const compose = read('docker-compose.yml');
const workflow = read('.github/workflows/neo4j.yml');

const property = (name: string) => {
  const match = new RegExp(`<${name}>([^<]+)</${name}>`).exec(pom);
  if (!match) throw new Error(`neo4j/pom.xml has no <${name}>`);
  return match[1]!;
};
const neo4jVersion = property('neo4j.version');
const apocVersion = property('apoc.version');

/** The neo4j service's block of a compose file or workflow: from `neo4j:` to the next line as indented or less. */
function serviceBlock(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s+neo4j:\s*$/.test(l));
  if (start < 0) throw new Error('no neo4j service');
  const indent = lines[start]!.search(/\S/);
  const end = lines.findIndex((l, i) => i > start && l.trim() !== '' && l.search(/\S/) <= indent);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('the Neo4j of the tests, the compose file and the workflow stay in step', () => {
  it('the launcher runs Neo4j 5.26 LTS and APOC of the same line', () => {
    expect(neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(apocVersion.split('.').slice(0, 2)).toEqual(neo4jVersion.split('.').slice(0, 2));
    expect(pom).toMatch(/<artifactId>neo4j-harness<\/artifactId>\s*<version>\$\{neo4j\.version\}<\/version>/);
    expect(pom).toMatch(/<artifactId>apoc-core<\/artifactId>\s*<version>\$\{apoc\.version\}<\/version>/);
  });

  for (const [file, text] of [
    ['docker-compose.yml', compose],
    ['.github/workflows/neo4j.yml', workflow],
  ] as const) {
    describe(file, () => {
      const service = serviceBlock(text);

      it(`runs the image of Neo4j ${neo4jVersion} Community`, () => {
        expect(service).toMatch(new RegExp(`image: neo4j:${neo4jVersion.replace(/\./g, '\\.')}-community\\s`));
      });

      it('loads APOC, unrestricted, as the launcher does', () => {
        expect(service).toMatch(/NEO4J_PLUGINS: '\["apoc"\]'/);
        expect(service).toMatch(/NEO4J_dbms_security_procedures_unrestricted: apoc\.\*/);
        expect(launcher).toMatch(/procedure_unrestricted, List\.of\("apoc\.\*"\)/);
      });

      it('keeps auth on, as the launcher does', () => {
        expect(service).toMatch(/NEO4J_AUTH: neo4j\/\S+/);
        expect(service).not.toMatch(/NEO4J_AUTH: none/);
        expect(launcher).toMatch(/auth_enabled, true/);
      });
    });
  }

  it("the compose file's default page cache is the launcher's", () => {
    expect(compose).toMatch(/NEO4J_server_memory_pagecache_size: \$\{NEO4J_PAGECACHE:-512M\}/);
    expect(launcher).toMatch(/String pageCache = "512m"/);
    expect(launcherTs).toMatch(/options\.pageCache \?\? '512m'/);
  });

  it('the workflow runs the same suites as .ci/run', () => {
    expect(workflow).toMatch(/run: npm run test:neo4j/);
    expect(read('.ci/run')).toMatch(/^npm run test:neo4j$/m);
  });
});
