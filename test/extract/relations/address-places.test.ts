// LOCATED_IN from a notice's fields, on invented notices (rules alone).
import { describe, expect, it } from 'vitest';
import { rulesAloneRelations } from './support.ts';

function located(text: string) {
  return rulesAloneRelations(text)
    .filter((r) => r.type === 'LOCATED_IN')
    .map(({ from, to }) => `${from} → ${to}`);
}

describe('a company named in a notice’s unit field', () => {
  it('lies in the last place of the address on its line or the next', () => {
    const found = located(
      [
        '华辰电驱项目信息公示',
        '建设单位:华辰动力科技有限公司',
        '通讯地址:广州市番禺区石楼镇龙瀛路36号',
        '编制单位:瑞丰咨询有限公司',
        '联系电话:020-12345678',
        '项目名称:华辰电池项目<br>建设单位:启航电池科技有限公司<br>建设地点:广东省广州市番禺区石楼镇龙瀛路38号',
      ].join('\n'),
    );
    expect(found).toContain('华辰动力科技有限公司 → 石楼镇');
    expect(found).toContain('启航电池科技有限公司 → 石楼镇');
    expect(found.filter((r) => r.startsWith('瑞丰咨询有限公司'))).toEqual([]);
  });
  it.each([
    ['单位名称：华辰机械有限公司，地址：浙江省台州市黄岩区江口街道。', '华辰机械有限公司 → 江口街道'],
    ['供应商名称：瑞丰科技股份有限公司；供应商地址：江苏省南京市江宁区。', '瑞丰科技股份有限公司 → 江宁区'],
    ['中标人：瑞丰科技股份有限公司，地址：江苏省南京市江宁区。', '瑞丰科技股份有限公司 → 江宁区'],
    ['华辰机械有限公司（地址：浙江省台州市黄岩区）中标。', '华辰机械有限公司 → 黄岩区'],
  ])('reads the other labels of a company field and an address in brackets: %s', (text, relation) => {
    expect(located(text)).toContain(relation);
  });
});

describe('a company with its address right after its name', () => {
  it.each([
    ['华辰科技有限公司，注册地址为柘城县起台镇青石路8号。', '华辰科技有限公司 → 起台镇'],
    ['远航电子有限公司地址：河南省商丘市梁园区华辰路88号。', '远航电子有限公司 → 梁园区'],
  ])('%s', (text, relation) => {
    expect(located(`公示\n${text}`)).toContain(relation);
  });
});
