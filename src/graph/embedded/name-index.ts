// Partial-name search for the embedded store: an in-memory index of the two- and three-character pieces (grams) of
// every entity's name and aliases. LadybugDB answers `name CONTAINS text` only by scanning every entity (0.4 s on a
// million), and partial search is what users type. A query of two characters or more reads the postings of its
// rarest gram and checks each candidate's names; one character has no gram, so its candidates are every entity (a
// scan of memory, not disk). Three-character grams narrow what pairs cannot (科技 is in most company names), and each
// posting is kept in the order a search ranks (shorter names first, then by id), so a search reads only as many
// matches as it returns: a query that a hundred thousand names contain costs what a rare one does. Entities written
// since the build are out of that order and checked on their own (a server that takes many writes checks more).
//
// Kept exact by the store: built from one read of all names (entities in id order), then every write re-reads the
// entities it touched (refresh). A posting may outlive a name it came from (an alias a deleted report took away);
// the check against the current names drops it.
import { kindOfId } from '../../ontology/model.ts';
import type { EntityId, EntityKind } from '../../ontology/model.ts';
import type { StoredEntity } from '../store.ts';
import { IndexBuild } from './index-build.ts';

const SEPARATOR = '\u001f';

/** What a search answers: the entity, and whether one of its names is the text itself. */
export interface NameMatch {
  entity: StoredEntity;
  exact: boolean;
}

/** The two- and three-character pieces of a text. */
function grams(text: string): Set<string> {
  const found = new Set<string>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    found.add(chars[i]! + chars[i + 1]!);
    if (i + 2 < chars.length) found.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return found;
}

/** The length of an entity's own name (before its aliases): what ranks a partial match. */
function primaryLength(names: string): number {
  const end = names.indexOf(SEPARATOR);
  return end === -1 ? names.length : end;
}

/** A posting's ordinals, shorter names first, then by ordinal: sorted as numbers, each its rank above its ordinal. */
function byRank(list: readonly number[], rank: Int32Array): Int32Array {
  const keys = Float64Array.from(list, (ordinal) => rank[ordinal]! * 2 ** 32 + ordinal).sort();
  return Int32Array.from(keys, (key) => key % 2 ** 32);
}

export class NameIndex {
  private ids: EntityId[] = [];
  /** Name and aliases joined by SEPARATOR; '' for an entity that no longer exists. */
  private names: string[] = [];
  private readonly ordinals = new Map<EntityId, number>();
  /** Each gram's entities: as built, shorter names first, then by id (ordinal); a write appends. */
  private readonly postings = new Map<string, Int32Array | number[]>();
  /** The entities whose aliases are each alias (an exact match that a posting's order does not put first). */
  private readonly aliasOwners = new Map<string, number[]>();
  /** Entities written since the build: out of their postings' order, so searches check them on their own. */
  private readonly late = new Set<number>();
  /** Entities below this ordinal were loaded in id order. */
  private sortedUpTo = 0;
  private readonly lifecycle = new IndexBuild();

  /** Builds the index once (concurrent callers wait for the same build). */
  async ensure(
    loadAll: () => Promise<StoredEntity[]>,
    reload: (ids: EntityId[]) => Promise<StoredEntity[]>,
  ): Promise<void> {
    await this.lifecycle.ensure(
      async () => this.load(await loadAll()),
      async (ids) => this.apply(ids, await reload(ids)),
    );
  }

  /** Every entity's names, in id order, into ordinals and rank-ordered postings. */
  private load(all: readonly StoredEntity[]): void {
    const lists = new Map<string, number[]>();
    for (const entity of all) {
      const ordinal = this.ids.length;
      this.ids.push(entity.id);
      const text = [entity.name, ...entity.aliases].join(SEPARATOR);
      this.names.push(text);
      this.ordinals.set(entity.id, ordinal);
      this.ownAliases(ordinal, entity.aliases);
      for (const gram of grams(text)) {
        const list = lists.get(gram);
        if (list) list.push(ordinal);
        else lists.set(gram, [ordinal]);
      }
    }
    const rank = Int32Array.from(this.names, primaryLength);
    for (const [gram, list] of lists) this.postings.set(gram, byRank(list, rank));
    this.sortedUpTo = this.ids.length;
  }

  /** After a write: the current names of the entities it touched (`found`: those that still exist). */
  refresh(ids: readonly EntityId[], found: readonly StoredEntity[]): void {
    this.lifecycle.written(ids, () => this.apply(ids, found));
  }

  /** An entity as the index holds it (its names are all a stored entity has), if built and holding it. */
  entity(id: EntityId): StoredEntity | undefined {
    const ordinal = this.lifecycle.ready ? this.ordinals.get(id) : undefined;
    return ordinal === undefined || this.names[ordinal] === '' ? undefined : this.entityAt(ordinal);
  }

  /** Whether it is built: it then holds every entity the store holds, so one it lacks does not exist. */
  get ready(): boolean {
    return this.lifecycle.ready;
  }

  /** Whether refresh needs the entities it names (the index is built or being built). */
  get active(): boolean {
    return this.lifecycle.active;
  }

  /** Forgets everything (after a bulk load wrote past the store's own writes). */
  reset(): void {
    this.ids = [];
    this.names = [];
    this.ordinals.clear();
    this.postings.clear();
    this.aliasOwners.clear();
    this.late.clear();
    this.sortedUpTo = 0;
    this.lifecycle.reset();
  }

  private apply(ids: readonly EntityId[], found: readonly StoredEntity[]): void {
    const byId = new Map(found.map((e) => [e.id, e]));
    for (const id of ids) {
      const entity = byId.get(id);
      let ordinal = this.ordinals.get(id);
      if (ordinal === undefined) {
        if (!entity) continue;
        ordinal = this.ids.length;
        this.ids.push(id);
        this.names.push('');
        this.ordinals.set(id, ordinal);
      }
      const text = entity ? [entity.name, ...entity.aliases].join(SEPARATOR) : '';
      const before = grams(this.names[ordinal]!);
      this.names[ordinal] = text;
      this.late.add(ordinal);
      this.ownAliases(ordinal, entity?.aliases ?? []);
      for (const gram of grams(text)) {
        if (before.has(gram)) continue;
        const list = this.postings.get(gram);
        if (!list) this.postings.set(gram, [ordinal]);
        else if (list instanceof Int32Array) this.postings.set(gram, [...list, ordinal]);
        else list.push(ordinal);
      }
    }
  }

  /** Records an entity's aliases (an owner that later loses one is checked out when searched). */
  private ownAliases(ordinal: number, aliases: readonly string[]): void {
    for (const alias of aliases) {
      const owners = this.aliasOwners.get(alias);
      if (!owners) this.aliasOwners.set(alias, [ordinal]);
      else if (!owners.includes(ordinal)) owners.push(ordinal);
    }
  }

  /** Ordinals whose names may contain `text`: the postings of its rarest gram (ranked: shorter names first, as
   *  built), or every entity (in id order). */
  private candidates(text: string): { ordinals: Iterable<number>; ranked: boolean } {
    const pieces = [...grams(text)];
    if (pieces.length === 0) return { ordinals: this.names.keys(), ranked: false };
    let rarest: Int32Array | number[] | undefined;
    for (const gram of pieces) {
      const list = this.postings.get(gram);
      if (!list) return { ordinals: [], ranked: true };
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return { ordinals: rarest!, ranked: true };
  }

  private entityAt(ordinal: number): StoredEntity {
    const [name, ...aliases] = this.names[ordinal]!.split(SEPARATOR);
    const id = this.ids[ordinal]!;
    return { id, kind: kindOfId(id)!, name: name!, aliases };
  }

  /** Whether an entity is of `kinds` (all when empty) and its name or an alias contains `text`. */
  private matches(ordinal: number, text: string, kinds: readonly EntityKind[]): boolean {
    return this.names[ordinal]!.includes(text) && (kinds.length === 0 || kinds.includes(kindOfId(this.ids[ordinal]!)!));
  }

  /** Ordinals of the entities of `kinds` (all when empty) whose name or an alias contains `text`. */
  private matching(text: string, kinds: readonly EntityKind[]): number[] {
    const found: number[] = [];
    for (const ordinal of this.candidates(text).ordinals) if (this.matches(ordinal, text, kinds)) found.push(ordinal);
    return found;
  }

  /**
   * The matches a search must rank. A ranked posting is read only until it has given `limit` matches: its order is
   * the search's (an exact name is as short as a name holding the text can be), so every later one ranks after those.
   * Exact matches by alias and entities written since the build are out of that order, and always checked.
   */
  private *searched(text: string, kinds: readonly EntityKind[], limit: number): Generator<number> {
    const { ordinals, ranked } = this.candidates(text);
    const seen = new Set<number>();
    let taken = 0;
    for (const ordinal of ordinals) {
      if (ranked && this.late.has(ordinal)) continue;
      if (ranked && taken >= limit) break;
      if (!this.matches(ordinal, text, kinds)) continue;
      taken++;
      seen.add(ordinal);
      yield ordinal;
    }
    if (!ranked) return;
    for (const ordinal of [...(this.aliasOwners.get(text) ?? []), ...this.late]) {
      if (seen.has(ordinal) || !this.matches(ordinal, text, kinds)) continue;
      seen.add(ordinal);
      yield ordinal;
    }
  }

  /** Names containing `text`: exact matches first (by id), then shorter names first, then by id; at most `limit`. */
  search(text: string, kinds: readonly EntityKind[], limit: number): NameMatch[] {
    // The best `limit` kept in order as the matches stream by: a common bigram matches most of the graph, and
    // ranking it whole would cost more than the search.
    const best: { ordinal: number; rank: number; id: string }[] = [];
    const bounded = `${SEPARATOR}${text}${SEPARATOR}`;
    const before = (a: { rank: number; id: string }, b: { rank: number; id: string }) =>
      a.rank < b.rank || (a.rank === b.rank && a.id < b.id);
    for (const ordinal of this.searched(text, kinds, limit)) {
      const names = this.names[ordinal]!;
      const end = names.indexOf(SEPARATOR);
      // Most entities have no alias: their one name is the text or not (no string built for the check).
      const exact = end === -1 ? names === text : `${SEPARATOR}${names}${SEPARATOR}`.includes(bounded);
      const rank = exact ? -1 : end === -1 ? names.length : end;
      const worst = best.length === limit ? best[limit - 1]! : undefined;
      if (worst && (rank > worst.rank || (rank === worst.rank && this.ids[ordinal]! >= worst.id))) continue;
      const candidate = { ordinal, rank, id: this.ids[ordinal]! };
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    return best.map(({ ordinal, rank }) => ({ entity: this.entityAt(ordinal), exact: rank === -1 }));
  }

  /**
   * The entities of `kinds` whose name or an alias contains `text`, in id order: the `size` + 1 after the cursor
   * `after` (an id; '' for the first), and how many there are in all.
   */
  containsPage(text: string, kinds: readonly EntityKind[], after: string, size: number) {
    // Ordinals below sortedUpTo are in id order (a write may have appended a small one to a posting: sort them);
    // later ones, entities written since the build, are few, and merged in.
    const ordinals = Int32Array.from(this.matching(text, kinds)).sort();
    let lo = 0;
    let hi = ordinals.length;
    while (lo < hi && ordinals[hi - 1]! >= this.sortedUpTo) hi--;
    const base = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ids[ordinals[mid]!]! > after) hi = mid;
      else lo = mid + 1;
    }
    const window = [...ordinals.subarray(lo, Math.min(base, lo + size + 1))];
    const late = [...ordinals.subarray(base)].filter((o) => this.ids[o]! > after);
    const items = [...window, ...late]
      .map((o) => this.entityAt(o))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, size + 1);
    return { items, totalCount: ordinals.length };
  }

  /** Every entity of `kinds` whose name or an alias contains `text`, in id order. */
  contains(text: string, kinds: readonly EntityKind[]): StoredEntity[] {
    return this.containsPage(text, kinds, '', Number.MAX_SAFE_INTEGER - 1).items;
  }
}
