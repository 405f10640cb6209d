// Cadre bios before appointment, as the rules read them (every name invented).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('cadre bios before appointment (任前公示)', () => {
  it('reads the posts held now and the one proposed', () => {
    const { people, posts } = extract(
      '张建国，男，汉族，1978年8月生，大学学历，2000年7月参加工作，现任临朐县委常委、组织部部长，拟任临朐县委副书记。',
    );
    expect(people).toEqual(['Official 张建国']);
    expect(posts).toEqual(['张建国 -> 临朐县']);
  });
  it('reads the posts in the sentences after the name, up to the next bio', () => {
    const { people, posts } = extract(
      '张建国，男，汉族，1970年5月生，1991年7月参加工作。现任潍坊市委常委、临朐县委书记。拟任副厅级领导职务。' +
        '李明华，女，1980年1月生。现任华辰实业有限公司副总经理。',
    );
    expect(people).toEqual(['Official 张建国', 'Person 李明华']);
    expect(posts).toEqual(['张建国 -> 临朐县', '张建国 -> 潍坊市', '李明华 -> 华辰实业有限公司']);
  });
  it('reads a row of a table of cadres, and a name of any surname', () => {
    expect(extract('张建国 男 汉族 1978.08 临朐县委常委、组织部部长 拟任临朐县委副书记').posts).toEqual([
      '张建国 -> 临朐县',
    ]);
    expect(extract('扎西拉姆，女，藏族，1980年3月生，现任滨江区文化广电旅游局副局长。').posts).toEqual([
      '扎西拉姆 -> 滨江区文化广电旅游局',
    ]);
  });
});
