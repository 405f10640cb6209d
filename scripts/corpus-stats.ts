// `npm run corpus:stats`: what corpus/ holds (reports, entities, relations, provinces, genres, scripts, encodings,
// per split) and how much the independent audit changed the first-pass gold (corpus/audit/first-pass/ against
// corpus/gold/): the figures corpus/README.md quotes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../src/eval/corpus.ts';
import { readJsonDir } from '../src/eval/load.ts';
import { norm, type GoldDoc, type GoldRelation } from '../src/eval/score.ts';

const ROOT = 'corpus';
const gold = readJsonDir(join(ROOT, 'gold'));
const { splitOf, sourceOf } = loadCorpus(join(ROOT, 'gold'));

const count = (docs: GoldDoc[]) => ({
  reports: docs.length,
  entities: docs.reduce((n, d) => n + (d.entities ?? []).length, 0),
  relations: docs.reduce((n, d) => n + (d.relations ?? []).length, 0),
});
const tally = (values: (string | undefined)[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v ?? '?', (counts.get(v ?? '?') ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
};
const sources = gold.map((g) => sourceOf.get(g.doc));

// The audit's change rate: items of the first pass that the audit removed or changed, and items it added.
const PROPS = ['title', 'amount', 'currency', 'status', 'tier', 'role'] as const;
const entityKey = (e: { kind: string; name: string }) => `${e.kind}|${norm(e.name)}`;
const entityForm = (e: { kind: string; name: string; aliases?: string[] }) =>
  `${entityKey(e)}|${[...(e.aliases ?? [])].map(norm).sort().join(',')}`;
const relationKey = (r: GoldRelation) => `${r.type}|${norm(r.from)}|${norm(r.to)}`;
const relationForm = (r: GoldRelation) =>
  `${relationKey(r)}|${PROPS.map((p) => String((r as unknown as Record<string, unknown>)[p] ?? '')).join('|')}`;

function diff<T>(before: T[], after: T[], key: (x: T) => string, form: (x: T) => string) {
  const a = new Map(before.map((x) => [key(x), form(x)]));
  const b = new Map(after.map((x) => [key(x), form(x)]));
  let removed = 0;
  let changed = 0;
  for (const [k, f] of a) {
    if (!b.has(k)) removed++;
    else if (b.get(k) !== f) changed++;
  }
  const added = [...b.keys()].filter((k) => !a.has(k)).length;
  return { before: a.size, after: b.size, added, removed, changed };
}

const firstPassDir = join(ROOT, 'audit', 'first-pass');
const firstPass = existsSync(firstPassDir) ? new Map(readJsonDir(firstPassDir).map((d) => [d.doc, d])) : new Map();
const audited = gold.filter(
  (g) => firstPass.has(g.doc) && existsSync(join(ROOT, 'audit', g.doc.replace(/\.\w+$/, '.md'))),
);
const sum = (rows: ReturnType<typeof diff>[]) =>
  rows.reduce((t, r) => ({
    before: t.before + r.before,
    after: t.after + r.after,
    added: t.added + r.added,
    removed: t.removed + r.removed,
    changed: t.changed + r.changed,
  }));
const zero = { before: 0, after: 0, added: 0, removed: 0, changed: 0 };
const entityDiff = sum([
  zero,
  ...audited.map((g) => diff(firstPass.get(g.doc)!.entities ?? [], g.entities ?? [], entityKey, entityForm)),
]);
const relationDiff = sum([
  zero,
  ...audited.map((g) => diff(firstPass.get(g.doc)!.relations ?? [], g.relations ?? [], relationKey, relationForm)),
]);
const rate = (d: typeof zero) => (d.before ? +((d.added + d.removed + d.changed) / d.before).toFixed(3) : 0);

const out = {
  all: count(gold),
  splits: Object.fromEntries(
    ['train', 'dev', 'test'].map((s) => [s, count(gold.filter((g) => splitOf.get(g.doc) === s))]),
  ),
  repositories: new Set(sources.map((s) => s?.repo)).size,
  provinces: tally(sources.map((s) => s?.province)),
  genres: tally(sources.map((s) => s?.genre)),
  scripts: tally(sources.map((s) => s?.script)),
  encodings: tally(sources.map((s) => s?.encoding)),
  formats: tally(sources.map((s) => s?.format)),
  audit: {
    reports: audited.length,
    entities: { ...entityDiff, changeRate: rate(entityDiff) },
    relations: { ...relationDiff, changeRate: rate(relationDiff) },
  },
};
console.log(JSON.stringify(out, null, 2));
