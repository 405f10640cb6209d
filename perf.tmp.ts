import { openEmbeddedStore } from './src/graph/embedded/index.ts';
import { nameOf } from './bench/synthetic.ts';
const store = await openEmbeddedStore('/tmp/exp/graph');
const time = async (label: string, f: () => Promise<unknown>) => {
  const s = performance.now(); const r: any = await f(); const ms = performance.now() - s;
  console.log(label.padEnd(36), ms.toFixed(2), 'ms', r?.nodes ? `${r.nodes.length} nodes ${r.edges.length} edges` : r?.totalCount ?? '');
};
let lookup = '';
for (let k = 0; k < 60; k++) {
  const id = `Park:${nameOf('Park', k * 997)}`;
  const { totalCount } = await store.relationsOf(id, {}, { first: 1 });
  if (totalCount >= 20 && totalCount <= 30) { lookup = id; break; }
}
store.cache.clear();
console.log(lookup);
for (const round of ["cold", "warm", "warm", "warm", "warm"]) {
  await time(`${round} relationsOf 20`, () => store.relationsOf(lookup, {}, { first: 20 }));
  await time(`${round} neighborhood d2`, () => store.neighborhood(lookup, { depth: 2, limit: 100 }));
}
let target = '';
for (let j = 1; j < 200; j++) {
  const to = `Park:${nameOf('Park', j)}`;
  const s = performance.now();
  const p = to === lookup ? undefined : await store.shortestPath(lookup, to, 4);
  if (p && p.edges.length >= 2) { target = to; console.log('found', j, p.edges.length, (performance.now()-s).toFixed(1), 'ms'); break; }
}
store.cache.clear();
for (const round of ["cold", "warm", "warm", "warm", "warm", "warm"]) await time(`${round} path`, () => store.shortestPath(lookup, target, 4));
console.log(Math.round(process.memoryUsage().rss / 1e6), 'MB');
await store.close();
