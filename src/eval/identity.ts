// One node per real entity, measured (issue #10, item 11): the reports are resolved into one graph (the caller does
// that with src/graph/resolve.ts, which this stage may not import), and each graph node an extracted entity landed
// on is compared with the gold entity it names. A gold entity split over several nodes is one the graph shows twice;
// a node holding several gold entities is one that merged different things.
import { namedInReportOnly, officialBodyName, placesFolded } from '../names.ts';
import { norm, type GoldDoc } from './score.ts';

/** An extracted entity of one report and the graph node it was resolved to. */
export interface PlacedEntity {
  node: string;
  kind: string;
  name: string;
  aliases: readonly string[];
}

/** One report's entities as the graph placed them; `doc` is matched with the gold's on its base name. */
export interface PlacedReport {
  doc: string;
  entities: readonly PlacedEntity[];
}

export interface IdentityFigures {
  /** Reports counted. */
  reports: number;
  /** Distinct gold entities (across reports) named in the counted reports. */
  goldEntities: number;
  /** Of those, the ones that more than one counted report names. */
  sharedEntities: number;
  /** Gold entities some node holds. */
  placed: number;
  /** Gold entities held by more than one node. */
  split: number;
  /** Nodes holding at least one gold entity. */
  nodes: number;
  /** Nodes holding more than one gold entity. */
  merged: number;
  /** Each split entity with its nodes, and each merged node with its gold entities (for train and dev only). */
  splitExamples: { entity: string; nodes: string[] }[];
  mergedExamples: { node: string; entities: string[] }[];
}

const basename = (doc: string) => doc.split('/').pop() ?? doc;
/** A form's key: kind and normalized form; a body named by its level word alone or a park by its kind alone (省政府,
 *  经济技术开发区) is its report's own, so two reports' 省政府 never join two provinces' governments. */
const formKey = (doc: string, kind: string, form: string) => {
  const name = norm(form);
  return namedInReportOnly(kind, name) ? `${kind}:${name}@${doc}` : `${kind}:${name}`;
};

/** What a region's full name adds to its short form, and an industry's to its own name (山东 = 山东省, 大数据 = 大数据产业,
 *  旅游 = 旅游业). */
const GENERIC_TAILS: Record<string, readonly string[]> = {
  Region: ['省', '市', '县', '区', '自治区'],
  Industry: ['产业', '行业', '业'],
};

/**
 * Gold entities across reports: one per kind + normalized name, joined when a gold entity lists one as its alias,
 * a short form joined with the one full form the gold writes elsewhere (annotators of different reports chose
 * 山东 and 山东省 for one province; 吉林 beside 吉林省 and 吉林市 stays apart), and a body's official name with its
 * short forms (工信部 = 工业和信息化部, 某县发改委 = 某县发展和改革委员会): one body, whichever form each report's
 * annotator kept. A body named by its level word alone (省委) or a park by its kind alone (开发区) is one per report: the
 * form joins nothing across reports.
 */
class GoldIdentity {
  private readonly parent = new Map<string, string>();
  private readonly label = new Map<string, string>();

  constructor(gold: readonly GoldDoc[]) {
    for (const doc of gold)
      for (const e of doc.entities ?? []) {
        const keyOf = (form: string) => formKey(basename(doc.doc), e.kind, form);
        const key = keyOf(e.name);
        if (!this.label.has(key)) this.label.set(key, `${e.kind} ${e.name}`);
        for (const alias of e.aliases ?? []) if (norm(alias)) this.union(key, keyOf(alias));
        if (e.kind === 'Organization') this.union(keyOf(officialBodyName(norm(e.name))), key);
        // A body or a park written with or without its city, or its place's level (呼伦贝尔市海拉尔区人民政府 =
        // 海拉尔区人民政府, 岱岳区某某产业园 = 岱岳某某产业园): one, as a region's short and full forms are.
        if (e.kind === 'Organization' || e.kind === 'Park')
          this.union(keyOf(placesFolded(norm(e.name), e.kind === 'Park')), key);
      }
    for (const [kind, tails] of Object.entries(GENERIC_TAILS)) {
      const names = new Set([...this.label.keys()].filter((k) => k.startsWith(`${kind}:`)));
      for (const short of names) {
        const full = tails.map((t) => short + t).filter((f) => names.has(f));
        if (full.length === 1 && short.length > kind.length + 2) this.union(full[0]!, short);
      }
    }
  }

  private find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  /** The identity of a gold entity of `doc` named `name`. */
  of(doc: string, kind: string, name: string): string {
    return this.find(formKey(doc, kind, name));
  }

  /** A readable name for an identity. */
  describe(identity: string): string {
    return this.label.get(identity) ?? identity;
  }
}

/**
 * The gold entity of `doc` an extracted entity names: same kind, sharing a surface form, preferring one whose forms
 * hold the extracted entity's own name (its aliases may be looser).
 */
function goldOf(doc: GoldDoc, e: PlacedEntity) {
  const candidates = (doc.entities ?? []).filter((g) => g.kind === e.kind);
  const formsOf = (g: (typeof candidates)[number]) => new Set([g.name, ...(g.aliases ?? [])].map(norm));
  const name = norm(e.name);
  return (
    candidates.find((g) => formsOf(g).has(name)) ??
    candidates.find((g) => e.aliases.some((a) => norm(a) !== '' && formsOf(g).has(norm(a))))
  );
}

/**
 * The identity figures over the reports `counted` accepts (all by default). Gold identities are built from every
 * gold file given, so an entity two reports name differently but one of them ties is one entity.
 */
export function measureIdentity(
  gold: readonly GoldDoc[],
  placed: readonly PlacedReport[],
  counted: (doc: string) => boolean = () => true,
  examples = false,
): IdentityFigures {
  const identity = new GoldIdentity(gold);
  const placedByDoc = new Map(placed.map((r) => [basename(r.doc), r]));
  const nodesOf = new Map<string, Set<string>>();
  const entitiesOf = new Map<string, Set<string>>();
  const reportsOf = new Map<string, number>();
  const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
    const set = map.get(key) ?? new Set<V>();
    map.set(key, set.add(value));
  };
  let reports = 0;
  for (const doc of gold) {
    if (!counted(basename(doc.doc))) continue;
    reports++;
    const named = new Set((doc.entities ?? []).map((g) => identity.of(basename(doc.doc), g.kind, g.name)));
    for (const id of named) {
      reportsOf.set(id, (reportsOf.get(id) ?? 0) + 1);
      if (!nodesOf.has(id)) nodesOf.set(id, new Set());
    }
    for (const e of placedByDoc.get(basename(doc.doc))?.entities ?? []) {
      const g = goldOf(doc, e);
      if (!g) continue;
      const id = identity.of(basename(doc.doc), g.kind, g.name);
      add(nodesOf, id, e.node);
      add(entitiesOf, e.node, id);
    }
  }
  const splits = [...nodesOf].filter(([, nodes]) => nodes.size > 1);
  const merges = [...entitiesOf].filter(([, ids]) => ids.size > 1);
  return {
    reports,
    goldEntities: nodesOf.size,
    sharedEntities: [...reportsOf.values()].filter((n) => n > 1).length,
    placed: [...nodesOf.values()].filter((nodes) => nodes.size > 0).length,
    split: splits.length,
    nodes: entitiesOf.size,
    merged: merges.length,
    splitExamples: examples ? splits.map(([id, nodes]) => ({ entity: identity.describe(id), nodes: [...nodes] })) : [],
    mergedExamples: examples
      ? merges.map(([node, ids]) => ({ node, entities: [...ids].map((id) => identity.describe(id)) }))
      : [],
  };
}
