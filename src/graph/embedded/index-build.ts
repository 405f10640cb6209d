// How an in-memory index of the embedded store (name-index.ts, topology.ts) comes to be and stays exact: built once,
// on first need (concurrent callers wait for the same build); the entities a write touches while it is being built
// are remembered and re-read once it is, and after that each write's are applied at once.
import type { EntityId } from '../../ontology/model.ts';

export class IndexBuild {
  private building: Promise<void> | undefined;
  private built = false;
  /** Entities written while the index was being built: re-read once it is. */
  private readonly pending = new Set<EntityId>();

  /** Runs `build` once, then `catchUp` with the entities written meanwhile. A build that fails may be tried again. */
  async ensure(build: () => Promise<void>, catchUp: (ids: EntityId[]) => Promise<void>): Promise<void> {
    if (this.built) return;
    this.building ??= (async () => {
      await build();
      if (this.pending.size > 0) {
        const ids = [...this.pending];
        this.pending.clear();
        await catchUp(ids);
      }
      this.built = true;
    })().catch((error: unknown) => {
      this.building = undefined;
      throw error;
    });
    await this.building;
  }

  /** After a write that touched `ids`: `apply` it now if built, remember them if being built; nothing if never
   *  asked for (the build will read them). */
  written(ids: Iterable<EntityId>, apply: () => void): void {
    if (!this.building) return;
    if (!this.built) for (const id of ids) this.pending.add(id);
    else apply();
  }

  /** Whether writes must say what they touched (built or being built). */
  get active(): boolean {
    return this.building !== undefined;
  }

  /** Whether it is built, and reads may use it. */
  get ready(): boolean {
    return this.built;
  }

  reset(): void {
    this.pending.clear();
    this.building = undefined;
    this.built = false;
  }
}
