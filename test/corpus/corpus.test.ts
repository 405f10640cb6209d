// The committed corpus (corpus/): every report has a gold file and a source, every gold file is well formed in the
// ontology's terms, and the splits keep each source (repository) in one split with at least 20 test reports.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_KINDS, RELATION_TYPES, isAllowedRelation, type EntityKind, type RelationType } from '../../src/ontology/model.ts';
import { readReport } from '../../src/extract/read.ts';
import { normalize } from '../../src/extract/normalize.ts';
import { loadCorpus, SPLITS } from '../../src/eval/corpus.ts';
import { readJsonDir } from '../../src/eval/load.ts';
import { norm, type GoldDoc } from '../../src/eval/score.ts';
import { root } from '../cli/run-kg.ts';

const dir = join(root, 'corpus');
const reports = readdirSync(join(dir, 'reports')).filter((f) => !f.startsWith('.'));
const gold = readJsonDir(join(dir, 'gold'));
const { splitOf, sourceOf } = loadCorpus(join(dir, 'gold'));
const goldOf = new Map(gold.map((g) => [g.doc, g]));

describe('corpus/', () => {
  it('pairs every report with one gold file and one source entry, and nothing else', () => {
    expect(reports.length).toBeGreaterThanOrEqual(60);
    expect([...goldOf.keys()].sort()).toEqual([...reports].sort());
    expect([...sourceOf.keys()].sort()).toEqual([...reports].sort());
    expect([...splitOf.keys()].sort()).toEqual([...reports].sort());
  });

  it('records where each report came from', () => {
    for (const [file, s] of sourceOf) {
      expect(s.repo, file).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(s.commit === null || /^[0-9a-f]{40}$/.test(s.commit), `${file} commit`).toBe(true);
      expect(['utf-8', 'gb18030', 'big5'], `${file} encoding`).toContain(s.encoding);
      expect(['simplified', 'traditional'], `${file} script`).toContain(s.script);
    }
  });

  it('never uses a repository reserved for independent evaluation', () => {
    const reserved = [
      'leeperfect/PeopleDailyMaterial',
      'likgjava/eb',
      'eidors/checkResourcesFiles',
      'Rock-Candy-Tea/RSSHUB-PAGE',
      'yl3030/HOTA-2',
    ].map((r) => r.toLowerCase());
    for (const [file, s] of sourceOf) expect(reserved, file).not.toContain(s.repo.toLowerCase());
  });

  it('splits by source: no repository in two splits, and at least 20 test reports', () => {
    const splitsOfRepo = new Map<string, Set<string>>();
    for (const [file, split] of splitOf) {
      const repo = sourceOf.get(file)!.repo.toLowerCase();
      splitsOfRepo.set(repo, (splitsOfRepo.get(repo) ?? new Set()).add(split));
    }
    for (const [repo, splits] of splitsOfRepo) expect([...splits], repo).toHaveLength(1);
    const count = (split: string) => [...splitOf.values()].filter((s) => s === split).length;
    expect(count('test')).toBeGreaterThanOrEqual(20);
    for (const split of SPLITS) expect(count(split), split).toBeGreaterThan(0);
  });

  describe.each(gold.map((g): [string, GoldDoc] => [g.doc, g]))('%s', (doc, g) => {
    it('uses only the ontology’s kinds and types, with unique names', () => {
      for (const e of g.entities ?? []) expect(ENTITY_KINDS, `${doc} ${e.name}`).toContain(e.kind);
      for (const r of g.relations ?? []) expect(RELATION_TYPES, `${doc} ${r.from}->${r.to}`).toContain(r.type);
      const forms = (g.entities ?? []).map((e) => `${e.kind}:${norm(e.name)}`);
      expect(forms.filter((f, i) => forms.indexOf(f) !== i), doc).toEqual([]);
    });

    it('names only entities of its own file, of the kinds the ontology allows at each end', () => {
      const kindOf = new Map((g.entities ?? []).map((e) => [e.name, e.kind as EntityKind]));
      const bad = (g.relations ?? []).filter(
        (r) =>
          !kindOf.has(r.from) ||
          !kindOf.has(r.to) ||
          !isAllowedRelation(r.type as RelationType, kindOf.get(r.from)!, kindOf.get(r.to)!),
      );
      expect(bad, doc).toEqual([]);
    });

    it('annotates names the report writes (most found in its normalized text)', () => {
      const text = norm(normalize(readReport(readFileSync(join(dir, 'reports', doc)), doc)).text);
      const entities = g.entities ?? [];
      const written = entities.filter((e) => [e.name, ...(e.aliases ?? [])].some((f) => text.includes(norm(f))));
      // Some names are written across a list (辽宁、浙江…7个自贸试验区 gives 辽宁自贸试验区, …): the annotator joined
      // them. Gold written from another report would find few of its names here.
      expect(written.length / entities.length, doc).toBeGreaterThanOrEqual(0.7);
    });
  });
});
