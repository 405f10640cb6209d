// Scores predicted entities and relations against gold annotations (ONTOLOGY.md, "Gold file format").
// A typed port of shared/eval/score.mjs that must give the same numbers, misses and key order: the project is
// judged by that scorer, so every rule below (alignment order, duplicate handling, rounding) mirrors it exactly.
import { SCORED_RELATION_PROPERTIES, SCORED_RELATION_TYPES } from '../ontology/model.ts';

export interface GoldEntity {
  kind: string;
  name: string;
  aliases?: string[];
}

export interface GoldRelation {
  type: string;
  from: string;
  to: string;
  title?: unknown;
  amount?: unknown;
  status?: unknown;
  tier?: unknown;
  role?: unknown;
}

/** One annotated (or predicted) report. `doc` is matched on its base name. */
export interface GoldDoc {
  doc: string;
  entities?: GoldEntity[];
  relations?: GoldRelation[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts as tallied: LOCATED_IN counts right predictions (`tpP`) and found gold facts (`tpR`) apart. */
interface Tallied extends Counts {
  tpP: number;
  tpR: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface PropertyAccuracy {
  accuracy: number;
  right: number;
  total: number;
}

/** Keyed by entity kind / relation type, plus `all` (always the first key). */
export type ScoreTable = Record<string, Prf>;

export interface ScoreResult {
  entities: ScoreTable;
  relations: ScoreTable;
  properties: Record<string, PropertyAccuracy>;
  misses: string[];
}

const SCORED_RELATIONS: ReadonlySet<string> = new Set(SCORED_RELATION_TYPES);

/** The form names are compared in: NFKC, no pinyin annotations such as (yè), no quotes, dots or spaces, lower case. */
export function norm(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKC')
    .replace(/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')
    .replace(/[\s"'“”‘’「」『』《》〈〉【】·•・.．]/g, '')
    .toLowerCase();
}

const basename = (doc: unknown) =>
  String(doc ?? '')
    .split('/')
    .pop();

export const surfaceForms = (e: GoldEntity) => [e.name, ...(e.aliases ?? [])];

/** Pairs each predicted entity with the first unused gold entity of the same kind that shares a surface form. */
export function alignEntities(gold: GoldEntity[], pred: GoldEntity[]) {
  const goldForms = gold.map((g) => new Set(surfaceForms(g).map(norm)));
  const matchedGold = new Set<number>();
  const predToGold = new Map<number, number>();
  pred.forEach((p, pi) => {
    const forms = surfaceForms(p).map(norm);
    const gi = gold.findIndex(
      (g, i) => !matchedGold.has(i) && g.kind === p.kind && forms.some((f) => goldForms[i]!.has(f)),
    );
    if (gi >= 0) {
      matchedGold.add(gi);
      predToGold.set(pi, gi);
    }
  });
  return { predToGold, matchedGold };
}

/** Maps a name to a gold entity index: first through gold forms, then through forms of aligned predictions. */
export function resolver(entities: GoldEntity[], extraForms: Map<string, number>) {
  const byForm = new Map<string, number>();
  entities.forEach((e, i) =>
    surfaceForms(e).forEach((f) => {
      if (!byForm.has(norm(f))) byForm.set(norm(f), i);
    }),
  );
  for (const [form, i] of extraForms) if (!byForm.has(form)) byForm.set(form, i);
  return (name: string) => byForm.get(norm(name));
}

/**
 * A relation endpoint's key: the gold entity index it resolves to (through gold forms, then the forms of the
 * predictions aligned to gold, `predToGold`), or for one that matches no gold entity its own normalized name.
 */
export function endpointKey(
  goldEntities: GoldEntity[],
  predicted: GoldEntity[],
  predToGold: ReadonlyMap<number, number>,
): (name: string) => string {
  const extra = new Map<string, number>();
  predicted.forEach((e, i) => {
    const gi = predToGold.get(i);
    if (gi !== undefined) surfaceForms(e).forEach((f) => extra.set(norm(f), gi));
  });
  const resolve = resolver(goldEntities, extra);
  return (name) => String(resolve(name) ?? `?${norm(name)}`);
}

function prf({ tp, fp, fn, tpP, tpR }: Tallied): Prf {
  const p = tpP + fp ? tpP / (tpP + fp) : 0;
  const r = tpR + fn ? tpR / (tpR + fn) : 0;
  const round = (x: number) => +x.toFixed(4);
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), tp, fp, fn };
}

const emptyCounts = (): Tallied => ({ tp: 0, fp: 0, fn: 0, tpP: 0, tpR: 0 });

/** Counts per key plus `all`, in first-seen key order (as score.mjs's objects keep it). */
class Tally {
  private readonly counts = new Map<string, Tallied>([['all', emptyCounts()]]);

  /** A `tp` is right as a prediction and found as a fact at once; the other fields count alone. */
  bump(key: unknown, field: keyof Tallied): void {
    let c = this.counts.get(String(key));
    if (!c) this.counts.set(String(key), (c = emptyCounts()));
    const all = this.counts.get('all')!;
    for (const f of field === 'tp' ? (['tp', 'tpP', 'tpR'] as const) : [field]) {
      c[f]++;
      all[f]++;
    }
  }

  /** A gold LOCATED_IN found by reachability: counted as found, and in `tp` for the table. */
  found(key: string): void {
    this.bump(key, 'tpR');
    this.counts.get(key)!.tp++;
    this.counts.get('all')!.tp++;
  }

  table(): ScoreTable {
    return Object.fromEntries([...this.counts].map(([k, v]) => [k, prf(v)]));
  }
}

type Edges = Map<string, Set<string>>;

export function edgeMap(pairs: [string, string][]): Edges {
  const edges: Edges = new Map();
  for (const [a, b] of pairs) {
    let next = edges.get(a);
    if (!next) edges.set(a, (next = new Set()));
    next.add(b);
  }
  return edges;
}

/** Is `to` reachable from `from` over the edges (breadth first, as score.mjs searches)? */
export function reachable(edges: Edges, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    for (const next of edges.get(queue.shift()!) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

export function score(goldDocs: GoldDoc[], predDocs: GoldDoc[]): ScoreResult {
  const predByDoc = new Map(predDocs.map((d) => [basename(d.doc), d]));
  const ent = new Tally();
  const rel = new Tally();
  const props = new Map<string, { right: number; total: number }>();
  const misses: string[] = [];

  for (const g of goldDocs) {
    const p = predByDoc.get(basename(g.doc)) ?? { entities: [], relations: [] };
    const gEnts = g.entities ?? [];
    const pEnts = p.entities ?? [];
    const { predToGold, matchedGold } = alignEntities(gEnts, pEnts);
    pEnts.forEach((e, i) => {
      if (predToGold.has(i)) ent.bump(e.kind, 'tp');
      else {
        ent.bump(e.kind, 'fp');
        misses.push(`${g.doc}  wrong entity   ${e.kind} ${e.name}`);
      }
    });
    gEnts.forEach((e, i) => {
      if (!matchedGold.has(i)) {
        ent.bump(e.kind, 'fn');
        misses.push(`${g.doc}  missed entity  ${e.kind} ${e.name}`);
      }
    });

    // Relation endpoints resolve to gold entity indexes; one that matches no gold entity keeps its own name.
    const toGold = endpointKey(gEnts, pEnts, predToGold);
    const key = (r: GoldRelation) => `${r.type}|${toGold(r.from)}|${toGold(r.to)}`;
    const goldRels = new Map<string, GoldRelation>();
    for (const r of g.relations ?? []) if (SCORED_RELATIONS.has(r.type)) goldRels.set(key(r), r);
    // LOCATED_IN is transitive: scored by reachability over the other side's LOCATED_IN edges.
    const located = (rels: GoldRelation[]) =>
      edgeMap(rels.filter((r) => r.type === 'LOCATED_IN').map((r) => [toGold(r.from), toGold(r.to)]));
    const goldLocated = located([...goldRels.values()]);
    const predLocated = located((p.relations ?? []).filter((r) => SCORED_RELATIONS.has(r.type)));

    const seen = new Set<string>();
    for (const r of p.relations ?? []) {
      if (!SCORED_RELATIONS.has(r.type)) continue;
      const k = key(r);
      if (seen.has(k)) continue;
      seen.add(k);
      const wrong = () => {
        rel.bump(r.type, 'fp');
        misses.push(`${g.doc}  wrong relation ${r.type} ${r.from} -> ${r.to}`);
      };
      if (r.type === 'LOCATED_IN') {
        if (reachable(goldLocated, toGold(r.from), toGold(r.to))) rel.bump(r.type, 'tpP');
        else wrong();
        continue;
      }
      const gr = goldRels.get(k);
      if (!gr) {
        wrong();
        continue;
      }
      rel.bump(r.type, 'tp');
      for (const prop of SCORED_RELATION_PROPERTIES) {
        if (gr[prop] === undefined) continue;
        let t = props.get(prop);
        if (!t) props.set(prop, (t = { right: 0, total: 0 }));
        t.total++;
        if (norm(gr[prop]) === norm(r[prop])) t.right++;
        else misses.push(`${g.doc}  wrong ${prop}    ${r.type} ${r.from} -> ${r.to}: ${r[prop]} (gold ${gr[prop]})`);
      }
    }
    for (const [k, r] of goldRels) {
      const missed = () => {
        rel.bump(r.type, 'fn');
        misses.push(`${g.doc}  missed relation ${r.type} ${r.from} -> ${r.to}`);
      };
      if (r.type === 'LOCATED_IN') {
        if (reachable(predLocated, toGold(r.from), toGold(r.to))) rel.found(r.type);
        else missed();
      } else if (!seen.has(k)) missed();
    }
  }
  const properties = Object.fromEntries(
    [...props].map(([k, v]) => [k, { accuracy: +(v.right / v.total).toFixed(4), ...v }]),
  );
  return { entities: ent.table(), relations: rel.table(), properties, misses };
}
