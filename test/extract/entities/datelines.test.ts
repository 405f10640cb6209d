// Places written only in a news dateline: where the report was filed from, no place it speaks of.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

const regions = (text: string) =>
  extractReport({ name: 't.txt', text, model: null })
    .entities.filter((e) => e.kind === 'Region')
    .map((e) => e.name);

describe('dropDatelineRegions', () => {
  it('reads no region named only in a dateline (某社贵阳7月17日电, 某网-首屏新闻成都8月15日讯)', () => {
    expect(regions('新华社贵阳7月17日电（记者 王某）青禾科技有限公司在六盘水市投资建设项目。')).toEqual(['六盘水市']);
    expect(regions('青禾新闻网-首屏新闻成都8月15日讯（记者 李某）昭觉县发展新能源产业。')).toEqual(['昭觉县']);
  });
  it('keeps a dateline’s region the report also names in its text', () => {
    expect(regions('新华社贵阳7月17日电（记者 王某）贵阳市推进大数据产业发展。')).toEqual(['贵阳市']);
  });
});
