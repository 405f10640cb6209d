import { describe, expect, it } from 'vitest';
import { csvRows, Topology, type Link } from '../../../src/graph/embedded/topology.ts';

/** An export as LadybugDB writes it: entities by storage offset (with a gap a deleted entity left), relations. */
const EXPORT = {
  entities: '0,Park:甲园\n1,"Company:乙,""丙""公司"\n3,"Region:丁\n市"\n',
  // Supports as LadybugDB writes them: plain, quoted (a comma, a doubled quote, a line break), and empty.
  relations: Buffer.from(
    '1,0,INVESTS_IN,r1#2|amount=100000000\n0,3,LOCATED_IN,"r1#3|title=主任,""代理""\n"\n1,3,LOCATED_IN,\n',
  ),
};
const [park, company, city] = ['Park:甲园', 'Company:乙,"丙"公司', 'Region:丁\n市'];

async function built(exported = EXPORT) {
  const topology = new Topology();
  await topology.ensure(
    async () => exported,
    async () => new Map(),
  );
  return topology;
}

describe('CSV rows', () => {
  it('read quoted fields with commas, doubled quotes and line breaks, and empty ones', () => {
    expect([...csvRows('1,plain\n2,"a,b"\n3,"q""uote"\n4,"new\nline"\n5,""\n6,\n')]).toEqual([
      ['1', 'plain'],
      ['2', 'a,b'],
      ['3', 'q"uote'],
      ['4', 'new\nline'],
      ['5', ''],
      ['6', ''],
    ]);
  });

  it('refuse a quoted field that never ends', () => {
    expect(() => [...csvRows('1,"open\n')]).toThrow(/does not end/);
  });
});

describe('topology', () => {
  it('gives each entity its relations both ways, by type, from the export', async () => {
    const topology = await built();
    expect(topology.ready).toBe(true);
    expect(topology.links(park)).toEqual({
      out: [{ from: park, type: 'LOCATED_IN', to: city }],
      in: [{ from: company, type: 'INVESTS_IN', to: park }],
    });
    expect(topology.links(company, ['LOCATED_IN'])).toEqual({
      out: [{ from: company, type: 'LOCATED_IN', to: city }],
      in: [],
    });
    expect(topology.degree(city)).toBe(2);
    expect(topology.links(city, [], { withSupport: true }).in.map((l) => l.support)).toEqual([
      'r1#3|title=主任,"代理"\n',
      '',
    ]);
    expect(topology.links(park, ['INVESTS_IN'], { withSupport: true }).in[0]!.support).toBe('r1#2|amount=100000000');
    expect(topology.has(city)).toBe(true);
    expect(topology.has('Park:nowhere')).toBe(false);
    expect(topology.links('Park:nowhere')).toEqual({ out: [], in: [] });
  });

  it('takes what a write left over what the export said: new, changed and removed entities', async () => {
    const topology = await built();
    const project = 'Project:戊项目';
    const links: Link[] = [
      { from: project, type: 'LOCATED_IN', to: park, support: 'r2#0' },
      { from: company, type: 'INVESTS_IN', to: project, support: 'r2#1|status=签约' },
    ];
    topology.refresh(
      new Map<string, Link[] | undefined>([
        [project, links],
        [park, [links[0]!, { from: park, type: 'LOCATED_IN', to: city, support: 'r1#3' }]],
        [company, [links[1]!]],
      ]),
    );
    expect(topology.links(project, [], { withSupport: true })).toEqual({ out: [links[0]], in: [links[1]] });
    expect(topology.links(company)).toEqual({ out: [{ from: company, type: 'INVESTS_IN', to: project }], in: [] });
    expect(topology.degree(park)).toBe(2);
    topology.refresh(new Map([[project, undefined]]));
    expect(topology.has(project)).toBe(false);
    expect(topology.degree(project)).toBe(0);
  });

  it('re-reads the entities written while it was being built', async () => {
    const topology = new Topology();
    let release = () => {};
    const exported = new Promise<typeof EXPORT>((resolve) => (release = () => resolve(EXPORT)));
    const reread: string[][] = [];
    const building = topology.ensure(
      () => exported,
      async (ids) => {
        reread.push(ids);
        return new Map([[park, []]]);
      },
    );
    expect(topology.active).toBe(true);
    expect(topology.ready).toBe(false);
    topology.refresh(new Map([[park, []]]));
    release();
    await building;
    expect(reread).toEqual([[park]]);
    expect(topology.degree(park)).toBe(0);
    expect(topology.degree(city)).toBe(2);
  });

  it('refuses an export it cannot read, naming the row', async () => {
    const park = '0,Park:甲园\n';
    await expect(built({ entities: park, relations: Buffer.from('0,7,LOCATED_IN,r#0\n') })).rejects.toThrow(/row 1/);
    await expect(built({ entities: park, relations: Buffer.from('0,0,KNOWS,r#0\n') })).rejects.toThrow(/row 1/);
    await expect(built({ entities: park, relations: Buffer.from('0,0,PART_OF,"r#0\n') })).rejects.toThrow(/not end/);
  });

  it('forgets everything on reset, and builds again when asked', async () => {
    const topology = await built();
    topology.reset();
    expect(topology.active).toBe(false);
    expect(topology.has(park)).toBe(false);
    await topology.ensure(
      async () => EXPORT,
      async () => new Map(),
    );
    expect(topology.degree(city)).toBe(2);
  });
});
