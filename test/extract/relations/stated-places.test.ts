// LOCATED_IN as reports state it, on sentences written for these tests (companies and parks invented). LOCATED_IN is
// scored by reachability (ONTOLOGY.md), so a test asks whether the place is reached over the rules' edges.
import { describe, expect, it } from 'vitest';
import { rulesAloneRelations } from './support.ts';

/** The places each thing reaches over the LOCATED_IN edges the rules alone give for a text. */
function placesOf(text: string): (from: string) => string[] {
  const edges = rulesAloneRelations(text).filter((r) => r.type === 'LOCATED_IN');
  return (from) => {
    const seen = new Set<string>();
    for (let todo = [from]; todo.length;) {
      const next = todo.pop()!;
      for (const r of edges) if (r.from === next && !seen.has(r.to)) todo.push((seen.add(r.to), r.to));
    }
    return [...seen];
  };
}

describe('a place after a verb of location', () => {
  it.each([
    ['华辰科技有限公司位于江苏省常州市武进区。', '华辰科技有限公司', ['武进区', '常州市', '江苏省']],
    ['瑞丰集团扎根山东省寿光市二十余年。', '瑞丰集团', ['寿光市', '山东省']],
    ['华辰集团将总部迁至浙江杭州。', '华辰集团', ['杭州市', '浙江省']],
    ['启航科技股份有限公司总部设在广东省深圳市南山区。', '启航科技股份有限公司', ['南山区', '深圳市', '广东省']],
  ])('%s', (text, thing, places) => {
    expect(placesOf(text)(thing)).toEqual(expect.arrayContaining(places));
  });
  it('takes no place moved from for where a thing lies (从上海迁至西安)', () => {
    expect(placesOf('一批企业从上海迁至西安。')('上海市')).toEqual([]);
  });
});

describe("a region's own", () => {
  it('puts what follows 某地的 in the place, a county written by its province or city (浙江海宁, 无锡江阴)', () => {
    expect(placesOf('浙江海宁的瑞丰经编有限公司扩大产能。')('瑞丰经编有限公司')).toEqual(['海宁市', '浙江省']);
    expect(placesOf('来自无锡江阴的华辰特钢集团签约入驻。')('华辰特钢集团')).toEqual(
      expect.arrayContaining(['江阴市', '无锡市']),
    );
  });
});

describe('what is built in a place (在Y…建设X)', () => {
  it('puts what is set up or built in the last place of the chain after 在', () => {
    const places = placesOf('华辰集团在江苏盐城投资50亿元建设华辰动力电池产业园。');
    expect(places('华辰动力电池产业园')).toEqual(expect.arrayContaining(['盐城市', '江苏省']));
  });
});

describe('a place written right before another', () => {
  it('holds it: a town the gazetteer lacks in its county, a village in its town', () => {
    const places = placesOf('滨海县青禾镇青石村建起了光伏电站。');
    expect(places('青石村')).toEqual(expect.arrayContaining(['青禾镇', '滨海县']));
    expect(places('青禾镇')).toContain('滨海县');
  });
});
