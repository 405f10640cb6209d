// The embedded store's name index: what it answers must be what a scan of every name would, before and after writes.
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../src/graph/embedded/name-index.ts';
import type { StoredEntity } from '../../../src/graph/store.ts';

const entity = (id: string, aliases: string[] = []): StoredEntity => {
  const [kind, name] = id.split(':') as [StoredEntity['kind'], string];
  return { id, kind, name, aliases };
};

const ENTITIES = [
  entity('Company:华辰科技有限公司', ['华辰科技']),
  entity('Park:滨江睢宁工业园', ['睢宁园']),
  entity('Park:睢宁园'),
  entity('Organization:睢宁园管委会'),
  entity('Region:江北市'),
].sort((a, b) => (a.id < b.id ? -1 : 1));

async function built(entities = ENTITIES, reload: (ids: string[]) => Promise<StoredEntity[]> = async () => []) {
  const index = new NameIndex();
  await index.ensure(async () => entities, reload);
  return index;
}

/** What a scan answers: every entity of the kinds whose name or an alias contains the text, in id order. */
const scan = (entities: StoredEntity[], text: string, kinds: string[] = []) =>
  entities
    .filter((e) => [e.name, ...e.aliases].some((n) => n.includes(text)))
    .filter((e) => kinds.length === 0 || kinds.includes(e.kind))
    .map((e) => e.id);

describe('NameIndex', () => {
  it.each(['睢宁', '睢宁园', '宁', '华辰科技', '有限公司', '不存在', '园管'])(
    'finds what a scan finds: %s',
    async (text) => {
      const index = await built();
      expect(index.contains(text, []).map((e) => e.id)).toEqual(scan(ENTITIES, text));
      expect(index.contains(text, ['Park']).map((e) => e.id)).toEqual(scan(ENTITIES, text, ['Park']));
    },
  );

  it('pages what a scan finds, by id after the cursor, with the total', async () => {
    const index = await built();
    index.refresh(['Park:睢宁园北区'], [entity('Park:睢宁园北区')]); // written after the build: merged in
    const all = scan([...ENTITIES, entity('Park:睢宁园北区')], '睢宁').sort();
    const pages: string[] = [];
    let after = '';
    for (;;) {
      const { items, totalCount } = index.containsPage('睢宁', [], after, 1);
      expect(totalCount).toBe(all.length);
      if (items.length === 0) break;
      pages.push(items[0]!.id);
      after = items[0]!.id;
    }
    expect(pages).toEqual(all);
  });

  it('ranks exact names and aliases first, then shorter names', async () => {
    const index = await built();
    const found = index.search('睢宁园', [], 10);
    expect(found.map((m) => [m.entity.id, m.exact])).toEqual([
      ['Park:滨江睢宁工业园', true],
      ['Park:睢宁园', true],
      ['Organization:睢宁园管委会', false],
    ]);
    expect(index.search('睢宁园', [], 1)).toHaveLength(1);
    expect(found[0]!.entity).toEqual(entity('Park:滨江睢宁工业园', ['睢宁园']));
  });

  it('follows writes: a new entity, a new alias, an alias taken away, an entity deleted', async () => {
    const index = await built();
    index.refresh(['Company:江北新材料有限公司'], [entity('Company:江北新材料有限公司')]);
    index.refresh(['Region:江北市'], [entity('Region:江北市', ['江北'])]);
    index.refresh(['Park:滨江睢宁工业园'], [entity('Park:滨江睢宁工业园')]);
    index.refresh(['Organization:睢宁园管委会'], []);
    const now = [
      ...ENTITIES.filter((e) => !['Park:滨江睢宁工业园', 'Organization:睢宁园管委会', 'Region:江北市'].includes(e.id)),
      entity('Company:江北新材料有限公司'),
      entity('Region:江北市', ['江北']),
      entity('Park:滨江睢宁工业园'),
    ].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const text of ['江北', '睢宁园', '有限公司', '园']) {
      expect(
        index.contains(text, []).map((e) => e.id),
        text,
      ).toEqual(scan(now, text));
    }
    expect(index.search('江北', [], 5)[0]).toEqual({ entity: entity('Region:江北市', ['江北']), exact: true });
  });

  it('refreshes, once built, the entities written while it was being built', async () => {
    const index = new NameIndex();
    let release!: () => void;
    const loading = index.ensure(
      () => new Promise<StoredEntity[]>((resolve) => (release = () => resolve(ENTITIES))),
      async (ids) => ids.filter((id) => id === 'Region:江北市').map((id) => entity(id, ['江北'])),
    );
    expect(index.active).toBe(true);
    index.refresh(['Region:江北市'], [entity('Region:江北市', ['江北'])]);
    release();
    await loading;
    expect(index.search('江北', [], 5).map((m) => m.exact)).toEqual([true]);
  });

  it('ranks as a scan of every name would, with every limit, before and after writes', async () => {
    // Names that share their pieces, as generated ones do, some with an alias that another name contains.
    const parts = ['江北', '睢宁', '华辰', '滨江'];
    const many = parts
      .flatMap((a, i) =>
        parts.flatMap((b, j) =>
          ['科技有限公司', '工业园', '园'].map((tail, k) =>
            entity(`${k === 0 ? 'Company' : 'Park'}:${a}${b}${tail}`, (i + j + k) % 3 === 0 ? [`${b}园`] : []),
          ),
        ),
      )
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const ranked = (entities: StoredEntity[], text: string, kinds: string[], limit: number) =>
      entities
        .filter((e) => [e.name, ...e.aliases].some((n) => n.includes(text)))
        .filter((e) => kinds.length === 0 || kinds.includes(e.kind))
        .map((e) => ({ id: e.id, rank: [e.name, ...e.aliases].includes(text) ? -1 : e.name.length }))
        .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
        .slice(0, limit)
        .map((e) => e.id);
    const check = (index: NameIndex, entities: StoredEntity[]) => {
      for (const text of ['江北', '宁园', '睢宁园', '北睢', '科技有', '园', '滨江华辰工业园'])
        for (const kinds of [[], ['Park']])
          for (const limit of [1, 2, 5, 100])
            expect(
              index.search(text, kinds as StoredEntity['kind'][], limit).map((m) => m.entity.id),
              `${text} ${kinds} ${limit}`,
            ).toEqual(ranked(entities, text, kinds, limit));
    };
    const index = await built(many);
    check(index, many);
    // A shorter name and a new alias written after the build rank where a scan puts them; a deleted one is gone.
    const written = [entity('Park:北睢园'), entity('Company:华辰滨江科技有限公司', ['宁园'])];
    index.refresh(
      written.map((e) => e.id),
      written,
    );
    index.refresh(['Park:江北睢宁园'], []);
    const now = [...many.filter((e) => e.id !== 'Park:江北睢宁园' && e.id !== written[1]!.id), ...written];
    check(index, now);
    expect(index.entity('Park:北睢园')).toEqual(written[0]);
    expect(index.entity('Park:江北睢宁园')).toBeUndefined();
  });

  it('is not built until asked, and forgets everything on reset', async () => {
    const index = new NameIndex();
    index.refresh(['Region:江北市'], [entity('Region:江北市')]);
    expect(index.active).toBe(false);
    await index.ensure(
      async () => ENTITIES,
      async () => [],
    );
    expect(index.contains('江北', [])).toHaveLength(1);
    index.reset();
    expect(index.active).toBe(false);
    await index.ensure(
      async () => [],
      async () => [],
    );
    expect(index.contains('江北', [])).toEqual([]);
  });
});
