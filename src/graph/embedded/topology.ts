// Every relation of the graph in memory: which entity each entity is related to, by which relation type and which
// way, and the relation's stored support (its evidence references and property values, records.ts). LadybugDB needs
// 2 to 20 ms to read one entity's relations (a hub's, 300 ms), so a server's first path between two entities took
// hundreds of milliseconds and a neighborhood read a hundred entities; searched here, they take microseconds, and a
// lookup reads no relation from the store. Only the cited sentences stay in LadybugDB.
//
// Built once for a serving store (`kg serve`) from two exports of LadybugDB (COPY … TO a file: 5 million relations
// in seconds, against minutes row by row), and kept exact as the name index is: every write re-reads the relations
// of the entities it touched (every relation a report states joins two of its entities, so both ends of a changed
// relation are re-read), and those replace what the export said of them. Supports are kept as UTF-8 bytes, decoded
// when a relation is asked for: as JS strings they would take twice the memory.
import { LRUCache } from 'lru-cache';
import { RELATION_TYPES } from '../../ontology/model.ts';
import type { EntityId, RelationType } from '../../ontology/model.ts';
import { IndexBuild } from './index-build.ts';

/** One relation as seen from one of its ends; `support` when asked for. */
export interface Link {
  from: EntityId;
  type: RelationType;
  to: EntityId;
  support?: string;
}

/** The graph as the exports give it: entity ids by storage offset, and each relation by its ends' offsets. */
export interface TopologyExport {
  /** `offset,id` lines (CSV: a field with a comma, quote or line break is quoted, quotes doubled). */
  entities: string;
  /** `fromOffset,toOffset,type,support` lines, the same CSV, as bytes. */
  relations: Buffer;
}

const TYPE_CODE = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
/** A link's code: its type's index, doubled, plus one when it leaves the entity. */
const OUTWARD = 1;

/** The links of one entity: neighbour ordinals, codes, and which relation each is, side by side. */
interface Links {
  neighbours: Int32Array;
  codes: Uint8Array;
  /** Exported links: the relation's index in the export; rewritten ones carry their supports instead. */
  relations?: Int32Array;
  supports?: string[];
}

/** An entity with this many relations or more is a hub, whose links are kept once built; how many hubs are kept. */
const HUB_DEGREE = 64;
const HUBS_KEPT = 4096;

const NO_LINKS: Links = { neighbours: new Int32Array(0), codes: new Uint8Array(0), supports: [] };

export class Topology {
  private ids: EntityId[] = [];
  private readonly ordinals = new Map<EntityId, number>();
  /** The export's links, both ways, entity by entity: those of ordinal i are at starts[i] .. starts[i + 1]. */
  private starts = new Int32Array(1);
  private neighbours = new Int32Array(0);
  private codes = new Uint8Array(0);
  private relations = new Int32Array(0);
  /** The exported relations' supports, one after another: relation i's bytes end at supportEnds[i]. */
  private supportBytes = Buffer.alloc(0);
  private supportEnds = new Int32Array(0);
  /** The links of hubs searches crossed lately, built once: a path search through a hub otherwise makes thousands of
   *  link objects each time (a write forgets those of the entities it touched). */
  private readonly hubLinks = new LRUCache<number, { out: Link[]; in: Link[] }>({ max: HUBS_KEPT });
  /** Entities a write touched since the export: their current links (none when the entity is gone). */
  private readonly rewritten = new Map<number, Links>();
  private readonly gone = new Set<number>();
  private readonly lifecycle = new IndexBuild();

  /** Builds once (concurrent callers wait for the same build); `reread` gives the current links of entities written
   *  meanwhile, with their supports (undefined for one that no longer exists). */
  async ensure(
    exportAll: () => Promise<TopologyExport>,
    reread: (ids: EntityId[]) => Promise<Map<EntityId, Link[] | undefined>>,
  ): Promise<void> {
    await this.lifecycle.ensure(
      async () => this.load(await exportAll()),
      async (ids) => this.apply(await reread(ids)),
    );
  }

  /** Whether a write must tell this topology what it changed (it is built or being built). */
  get active(): boolean {
    return this.lifecycle.active;
  }

  /** Whether reads can use it. */
  get ready(): boolean {
    return this.lifecycle.ready;
  }

  /** After a write: the current links of the entities it touched, with supports (undefined: the entity is gone). */
  refresh(current: Map<EntityId, Link[] | undefined>): void {
    this.lifecycle.written(current.keys(), () => this.apply(current));
  }

  /** Forgets everything (after a bulk load wrote past the store's own writes). */
  reset(): void {
    this.ids = [];
    this.ordinals.clear();
    this.starts = new Int32Array(1);
    this.neighbours = new Int32Array(0);
    this.codes = new Uint8Array(0);
    this.relations = new Int32Array(0);
    this.supportBytes = Buffer.alloc(0);
    this.supportEnds = new Int32Array(0);
    this.rewritten.clear();
    this.gone.clear();
    this.hubLinks.clear();
    this.lifecycle.reset();
  }

  has(id: EntityId): boolean {
    const ordinal = this.ordinals.get(id);
    return ordinal !== undefined && !this.gone.has(ordinal);
  }

  /** How many relations an entity has, both ways. */
  degree(id: EntityId): number {
    const ordinal = this.ordinals.get(id);
    return ordinal === undefined ? 0 : this.linksOf(ordinal).codes.length;
  }

  /** The entities an entity is related to (by relations of `types`, every type when none), either way. */
  relatedTo(id: EntityId, types: readonly RelationType[] = []): EntityId[] {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return [];
    const { neighbours, codes } = this.linksOf(ordinal);
    const found: EntityId[] = [];
    for (let i = 0; i < codes.length; i++) {
      if (types.length === 0 || types.includes(RELATION_TYPES[codes[i]! >> 1]!)) found.push(this.ids[neighbours[i]!]!);
    }
    return found;
  }

  /** An entity's relations (of `types`, every type when none), each way; with their supports when asked. A hub's
   *  are shared between callers: read them, never change them. */
  links(id: EntityId, types: readonly RelationType[] = [], { withSupport = false } = {}): { out: Link[]; in: Link[] } {
    const found = { out: [] as Link[], in: [] as Link[] };
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return found;
    const plain = types.length === 0 && !withSupport;
    const kept = plain ? this.hubLinks.get(ordinal) : undefined;
    if (kept) return kept;
    const links = this.linksOf(ordinal);
    if (plain && links.codes.length >= HUB_DEGREE) this.hubLinks.set(ordinal, found);
    for (let i = 0; i < links.codes.length; i++) {
      const code = links.codes[i]!;
      const type = RELATION_TYPES[code >> 1]!;
      if (types.length > 0 && !types.includes(type)) continue;
      const other = this.ids[links.neighbours[i]!]!;
      const link: Link = code & OUTWARD ? { from: id, type, to: other } : { from: other, type, to: id };
      if (withSupport) link.support = links.supports?.[i] ?? this.supportOf(links.relations![i]!);
      (code & OUTWARD ? found.out : found.in).push(link);
    }
    return found;
  }

  private supportOf(relation: number): string {
    const start = relation === 0 ? 0 : this.supportEnds[relation - 1]!;
    return this.supportBytes.toString('utf8', start, this.supportEnds[relation]!);
  }

  private linksOf(ordinal: number): Links {
    const rewritten = this.rewritten.get(ordinal);
    if (rewritten) return rewritten;
    if (ordinal + 1 >= this.starts.length) return NO_LINKS;
    const [from, to] = [this.starts[ordinal]!, this.starts[ordinal + 1]!];
    return {
      neighbours: this.neighbours.subarray(from, to),
      codes: this.codes.subarray(from, to),
      relations: this.relations.subarray(from, to),
    };
  }

  private ordinalOf(id: EntityId): number {
    let ordinal = this.ordinals.get(id);
    if (ordinal === undefined) {
      ordinal = this.ids.length;
      this.ids.push(id);
      this.ordinals.set(id, ordinal);
    }
    return ordinal;
  }

  private apply(current: Map<EntityId, Link[] | undefined>): void {
    for (const [id, links] of current) {
      const ordinal = this.ordinalOf(id);
      this.hubLinks.delete(ordinal);
      if (links === undefined) {
        this.gone.add(ordinal);
        this.rewritten.set(ordinal, NO_LINKS);
        continue;
      }
      this.gone.delete(ordinal);
      const neighbours = new Int32Array(links.length);
      const codes = new Uint8Array(links.length);
      links.forEach((link, i) => {
        const outward = link.from === id;
        neighbours[i] = this.ordinalOf(outward ? link.to : link.from);
        codes[i] = (TYPE_CODE.get(link.type)! << 1) | (outward ? OUTWARD : 0);
      });
      this.rewritten.set(ordinal, { neighbours, codes, supports: links.map((link) => link.support ?? '') });
    }
  }

  /** The exports, read into ordinals (entities in offset order) and links grouped by entity. */
  private load({ entities, relations }: TopologyExport): void {
    const byOffset: number[] = [];
    for (const [offset, id] of csvRows(entities)) byOffset[Number(offset)] = this.ordinalOf(id!);
    const count = this.ids.length;
    const { ends, supportBytes, supportEnds } = relationRows(relations, byOffset);
    // Each entity's count of links, then the links placed, two per relation.
    const starts = new Int32Array(count + 1);
    for (let i = 0; i < ends.length; i += 3) {
      starts[ends[i]! + 1]!++;
      starts[ends[i + 1]! + 1]!++;
    }
    for (let i = 0; i < count; i++) starts[i + 1]! += starts[i]!;
    const next = starts.slice(0, count);
    const total = starts[count]!;
    const [neighbours, codes, relationOf] = [new Int32Array(total), new Uint8Array(total), new Int32Array(total)];
    for (let relation = 0; relation < ends.length / 3; relation++) {
      const [a, b, code] = [ends[relation * 3]!, ends[relation * 3 + 1]!, ends[relation * 3 + 2]!];
      for (const [self, other, outward] of [
        [a, b, OUTWARD],
        [b, a, 0],
      ] as const) {
        const at = next[self]!++;
        neighbours[at] = other;
        codes[at] = (code << 1) | outward;
        relationOf[at] = relation;
      }
    }
    [this.starts, this.neighbours, this.codes, this.relations] = [starts, neighbours, codes, relationOf];
    [this.supportBytes, this.supportEnds] = [supportBytes, supportEnds];
  }
}

const [COMMA, QUOTE, NEWLINE] = [44, 34, 10];

/**
 * `fromOffset,toOffset,type,support` rows read from the export's bytes (five million rows: no string per row): the
 * ends as ordinals and the type's code, three per relation, and the supports unquoted into one buffer.
 */
function relationRows(bytes: Buffer, byOffset: readonly number[]) {
  let at = 0;
  const integer = () => {
    let value = 0;
    for (let c = bytes[at]!; c >= 48 && c <= 57; c = bytes[++at]!) value = value * 10 + c - 48;
    at++; // the comma
    return value;
  };
  // A field's bytes, unquoted: [start, end) of the bytes to keep, and whether doubled quotes are in it.
  const field = (stop: number): [number, number, boolean] => {
    if (bytes[at] !== QUOTE) {
      const start = at;
      while (at < bytes.length && bytes[at] !== stop) at++;
      return [start, at++, false];
    }
    const start = ++at;
    let doubled = false;
    for (;;) {
      at = bytes.indexOf(QUOTE, at);
      if (at < 0) throw new Error('topology: a quoted field of the export does not end');
      if (bytes[at + 1] !== QUOTE) break;
      doubled = true;
      at += 2;
    }
    const end = at;
    at += 2; // the closing quote and the separator after it
    return [start, end, doubled];
  };
  // At most one row per line break (a quoted support may hold more).
  let lines = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lines++;
  const ends = new Int32Array(lines * 3);
  const spans = new Int32Array(lines * 2);
  const doubledIn = new Uint8Array(lines);
  let rows = 0;
  let size = 0;
  for (; at < bytes.length; rows++) {
    const [from, to] = [byOffset[integer()], byOffset[integer()]];
    const [typeStart, typeEnd] = field(COMMA);
    const code = TYPE_CODE.get(bytes.toString('latin1', typeStart, typeEnd));
    const [start, end, doubled] = field(NEWLINE);
    if (from === undefined || to === undefined || code === undefined)
      throw new Error(`topology: an unreadable relation at row ${rows + 1} of the export`);
    [ends[rows * 3], ends[rows * 3 + 1], ends[rows * 3 + 2]] = [from, to, code];
    [spans[rows * 2], spans[rows * 2 + 1], doubledIn[rows]] = [start, end, doubled ? 1 : 0];
    size += end - start;
  }
  const supportBytes = Buffer.alloc(size);
  const supportEnds = new Int32Array(rows);
  let written = 0;
  for (let i = 0; i < rows; i++) {
    const part = bytes.subarray(spans[i * 2], spans[i * 2 + 1]);
    if (!doubledIn[i]) written += part.copy(supportBytes, written);
    else {
      for (let k = 0; k < part.length; k++) {
        supportBytes[written++] = part[k]!;
        if (part[k] === QUOTE) k++; // a doubled quote stands for one
      }
    }
    supportEnds[i] = written;
  }
  return { ends: ends.subarray(0, rows * 3), supportBytes: supportBytes.subarray(0, written), supportEnds };
}

/** The rows of a CSV text (RFC 4180: a quoted field may hold commas, doubled quotes and line breaks). */
export function* csvRows(text: string): Generator<string[]> {
  let at = 0;
  while (at < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[at] === '"') {
        for (at++; ;) {
          const quote = text.indexOf('"', at);
          if (quote < 0) throw new Error('CSV: a quoted field does not end');
          field += text.slice(at, quote);
          at = quote + 1;
          if (text[at] !== '"') break;
          field += '"';
          at++;
        }
      } else {
        let end = at;
        while (end < text.length && text[end] !== ',' && text[end] !== '\n') end++;
        field = text.slice(at, end);
        at = end;
      }
      row.push(field);
      if (text[at] !== ',') break;
      at++;
    }
    at++; // the line break
    yield row;
  }
}
