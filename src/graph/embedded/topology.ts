// The shape of the whole graph in memory: which entity each entity is related to, by which relation type and which
// way, without the relations' properties or evidence. A path or a neighborhood searched through LadybugDB reads every
// crossed entity's relations (2 to 20 ms each, a hub's 300 ms), so a server's first path between two entities took
// hundreds of milliseconds; searched here, it takes microseconds, and only the relations on the answer are read.
//
// Built once for a serving store (`kg serve`) from two exports of LadybugDB (COPY … TO a file: 5 million relations
// in under a second, against minutes row by row), and kept exact as the name index is: every write re-reads the
// relations of the entities it touched (every relation a report states joins two of its entities, so both ends of a
// changed relation are re-read), and those replace what the export said of them.
import { RELATION_TYPES } from '../../ontology/model.ts';
import type { EntityId, RelationType } from '../../ontology/model.ts';

/** One relation as seen from one of its ends. */
export interface Link {
  from: EntityId;
  type: RelationType;
  to: EntityId;
}

/** The graph as the exports give it: entity ids by storage offset, and each relation's ends by offset. */
export interface TopologyExport {
  /** `offset,id` lines (CSV: an id with a comma, quote or line break is quoted, quotes doubled). */
  entities: string;
  /** `fromOffset,toOffset,type` lines. */
  relations: string;
}

const TYPE_CODE = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
/** A link's code: its type's index, doubled, plus one when it leaves the entity. */
const OUTWARD = 1;

/** The links of one entity: neighbour ordinals and codes, side by side. */
interface Links {
  neighbours: Int32Array;
  codes: Uint8Array;
}

const NO_LINKS: Links = { neighbours: new Int32Array(0), codes: new Uint8Array(0) };

export class Topology {
  private ids: EntityId[] = [];
  private readonly ordinals = new Map<EntityId, number>();
  /** The export's links, both ways, entity by entity: those of ordinal i are at starts[i] .. starts[i + 1]. */
  private starts = new Int32Array(1);
  private neighbours = new Int32Array(0);
  private codes = new Uint8Array(0);
  /** Entities a write touched since the export: their current links (none when the entity is gone). */
  private readonly rewritten = new Map<number, Links>();
  private readonly gone = new Set<number>();
  private building: Promise<void> | undefined;
  private built = false;
  /** Entities written while the export was read: re-read once it is in. */
  private readonly pending = new Set<EntityId>();

  /** Builds once (concurrent callers wait for the same build); `reread` gives the current links of entities written
   *  meanwhile (undefined for one that no longer exists). */
  async ensure(
    exportAll: () => Promise<TopologyExport>,
    reread: (ids: EntityId[]) => Promise<Map<EntityId, Link[] | undefined>>,
  ): Promise<void> {
    if (this.built) return;
    this.building ??= (async () => {
      this.load(await exportAll());
      if (this.pending.size > 0) {
        const ids = [...this.pending];
        this.pending.clear();
        this.apply(await reread(ids));
      }
      this.built = true;
    })().catch((error: unknown) => {
      this.building = undefined;
      throw error;
    });
    await this.building;
  }

  /** Whether a write must tell this topology what it changed (it is built or being built). */
  get active(): boolean {
    return this.building !== undefined;
  }

  /** Whether searches can use it. */
  get ready(): boolean {
    return this.built;
  }

  /** After a write: the current links of the entities it touched (undefined: the entity is gone). */
  refresh(current: Map<EntityId, Link[] | undefined>): void {
    if (!this.building) return;
    if (!this.built) for (const id of current.keys()) this.pending.add(id);
    else this.apply(current);
  }

  /** Forgets everything (after a bulk load wrote past the store's own writes). */
  reset(): void {
    this.ids = [];
    this.ordinals.clear();
    this.starts = new Int32Array(1);
    this.neighbours = new Int32Array(0);
    this.codes = new Uint8Array(0);
    this.rewritten.clear();
    this.gone.clear();
    this.pending.clear();
    this.building = undefined;
    this.built = false;
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

  /** An entity's relations (of `types`, every type when none), each way. */
  links(id: EntityId, types: readonly RelationType[] = []): { out: Link[]; in: Link[] } {
    const found = { out: [] as Link[], in: [] as Link[] };
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return found;
    const { neighbours, codes } = this.linksOf(ordinal);
    for (let i = 0; i < codes.length; i++) {
      const type = RELATION_TYPES[codes[i]! >> 1]!;
      if (types.length > 0 && !types.includes(type)) continue;
      const other = this.ids[neighbours[i]!]!;
      if (codes[i]! & OUTWARD) found.out.push({ from: id, type, to: other });
      else found.in.push({ from: other, type, to: id });
    }
    return found;
  }

  private linksOf(ordinal: number): Links {
    const rewritten = this.rewritten.get(ordinal);
    if (rewritten) return rewritten;
    if (ordinal + 1 >= this.starts.length) return NO_LINKS;
    const [from, to] = [this.starts[ordinal]!, this.starts[ordinal + 1]!];
    return { neighbours: this.neighbours.subarray(from, to), codes: this.codes.subarray(from, to) };
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
      this.rewritten.set(ordinal, { neighbours, codes });
    }
  }

  /** The exports, read into ordinals (entities in offset order) and links grouped by entity. */
  private load({ entities, relations }: TopologyExport): void {
    const byOffset: number[] = [];
    for (const [offset, id] of csvRows(entities)) byOffset[Number(offset)] = this.ordinalOf(id!);
    const count = this.ids.length;
    // Each relation's ends and type code, then each entity's count of links, then the links placed.
    const rows = relationRows(relations, byOffset);
    const degree = new Int32Array(count + 1);
    for (let i = 0; i < rows.length; i += 3) {
      degree[rows[i]!]!++;
      degree[rows[i + 1]!]!++;
    }
    const starts = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) starts[i + 1] = starts[i]! + degree[i]!;
    const next = starts.slice(0, count);
    const neighbours = new Int32Array(starts[count]!);
    const codes = new Uint8Array(starts[count]!);
    for (let i = 0; i < rows.length; i += 3) {
      const [a, b, code] = [rows[i]!, rows[i + 1]!, rows[i + 2]!];
      neighbours[next[a]!] = b;
      codes[next[a]!++] = (code << 1) | OUTWARD;
      neighbours[next[b]!] = a;
      codes[next[b]!++] = code << 1;
    }
    [this.starts, this.neighbours, this.codes] = [starts, neighbours, codes];
  }
}

/** `fromOffset,toOffset,type` lines as ordinal, ordinal, type code triples (read in place: five million lines). */
function relationRows(text: string, byOffset: readonly number[]): Int32Array {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const rows = new Int32Array(lines * 3);
  let at = 0;
  const integer = () => {
    let value = 0;
    for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) value = value * 10 + c - 48;
    at++; // the comma
    return value;
  };
  for (let row = 0; row < lines; row++) {
    const [from, to] = [byOffset[integer()], byOffset[integer()]];
    const end = text.indexOf('\n', at);
    const code = TYPE_CODE.get(text.slice(at, end));
    if (from === undefined || to === undefined || code === undefined)
      throw new Error(`topology: an unreadable relation at line ${row + 1} of the export`);
    [rows[row * 3], rows[row * 3 + 1], rows[row * 3 + 2]] = [from, to, code];
    at = end + 1;
  }
  return rows;
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
