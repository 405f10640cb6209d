// The partnership recognizer alone: numbered schemes and the named schemes of regional policy.
import { describe, expect, it } from 'vitest';
import { recognizePartnerships } from '../../../src/extract/entities/partnerships.ts';

const names = (text: string) => recognizePartnerships(text, 0).map((c) => c.name);

describe('recognizePartnerships', () => {
  it('reads a city cluster’s integration as a scheme (长株潭一体化), not a kind of integration (城乡一体化)', () => {
    const names = (text: string) => recognizePartnerships(text, 0).map((c) => c.name);
    // (A shorter reading inside a name is left to the overlap pass.)
    expect(names('随着长株潭一体化持续推进，宁镇扬一体化加快。')).toEqual(
      expect.arrayContaining(['长株潭一体化', '宁镇扬一体化']),
    );
    expect(names('推进城乡一体化和产城一体化。')).toEqual([]);
  });
  it('reads trade agreements after the verbs that take them, and an innovation corridor of two places', () => {
    expect(
      names(
        '积极推动加入《青禾经济伙伴关系协定》，签署中国－东盟自贸区3.0版升级协定，全面与进步跨太平洋伙伴关系协定。',
      ),
    ).toEqual(['青禾经济伙伴关系协定', '中国－东盟自贸区3.0版升级协定', '全面与进步跨太平洋伙伴关系协定']);
    expect(names('深莞科技创新走廊建设加快，推进协定谈判。')).toEqual(['深莞科技创新走廊']);
    // …and an economic corridor of countries named by their one-character forms.
    expect(names('推进中俄经济走廊建设。')).toEqual(['中俄经济走廊']);
  });
  it('reads a scheme of paired directions with what it joins (东西部扶贫协作)', () => {
    expect(names('深化东西部扶贫协作。')).toEqual(['东西部扶贫协作']);
  });
  it('reads a numbered scheme up to its head, and a named scheme with the pair of places before it', () => {
    const text = '推动“2+4”共建园区联动发展，深化杭州绍兴山海协作。';
    const found = recognizePartnerships(text, 0).map((c) => [c.name, text.slice(c.start, c.end)]);
    expect(found).toEqual([
      ['“2+4”共建园区联动发展', '“2+4”共建园区联动发展'],
      ['山海协作', '杭州绍兴山海协作'],
    ]);
  });
  it('leaves one place before a scheme out of its span: it is the scope, not a partner', () => {
    const text = '浙江省山海协作园区加快建设。';
    const [c] = recognizePartnerships(text, 0);
    expect(text.slice(c!.start, c!.end)).toBe('山海协作');
  });
});

describe('recognizePartnerships on the s7 forms table', () => {
  const names = (text: string) => recognizePartnerships(text, 0).map((c) => c.name);
  it('reads two one-character forms before 合作, 协作 or 合作备忘录, not one place twice or a cooperative', () => {
    expect(names('深化粤港合作、粤澳合作，推进闽宁协作，签署《琼港合作备忘录》。')).toEqual([
      '粤港合作',
      '粤澳合作',
      '闽宁协作',
      '琼港合作备忘录',
    ]);
    expect(names('推动深港合作、榕台合作和深中一体化。')).toEqual(['深港合作', '榕台合作', '深中一体化']);
    expect(names('新疆合作社发展壮大，发展农民专业合作社。')).toEqual([]);
    // A phrase that runs on may be a park's or a facility's name: 粤港合作（某某）产业园.
    expect(names('粤港合作（滨江）产业园开园。')).toEqual([]);
  });
  it('reads two cities paired by their first characters before what they build together', () => {
    const names = (text: string) => recognizePartnerships(text, 0).map((c) => c.name);
    expect(names('印发沈本同城化行动计划，引进沈大合作交流项目24个。')).toEqual(['沈本同城化', '沈大合作']);
    expect(names('签约京沈对口合作新项目53个。')).toContain('京沈对口合作');
    // …not a word of its own, a cooperative or a park the pair builds.
    expect(names('深化合作，成立专业合作社，建设沈本合作产业园。')).toEqual([]);
  });
  it('names a framework agreement’s scheme, and leaves a park named after a scheme to the park', () => {
    expect(names('该产业园是《粤澳合作框架协议》下首个落地项目。')).toEqual(['粤澳合作']);
    expect(names('考察了横琴粤澳合作中医药科技产业园。')).toEqual([]);
  });
  it('reads two places joined by a dash before what they build together', () => {
    expect(names('以中国-中南半岛经济走廊、中国-东盟港口城市合作网络建设为重点，促进中国—东盟开放合作。')).toEqual([
      '中国-中南半岛经济走廊',
      '中国-东盟港口城市合作网络',
      '中国—东盟开放合作',
    ]);
    expect(names('建设中国—东盟信息港和中国-东盟合作示范区。')).toEqual([]);
  });
  it('reads a macro-region’s 一体化 without 发展, but not the name of its demonstration zone', () => {
    expect(names('积极融入长三角一体化，推进京津冀一体化发展。')).toEqual(['长三角一体化', '京津冀一体化发展']);
    expect(names('长三角一体化示范区建设提速。')).toEqual([]);
  });
  it('reads a quoted initiative a place joins the building of, not a campaign it pushes', () => {
    expect(names('主动服务和融入“一带一路”建设。')).toEqual(['一带一路']);
    expect(names('推进“美丽乡村”建设。')).toEqual([]);
  });
});

describe('recognizePartnerships on the s8 forms table', () => {
  const names = (text: string) => recognizePartnerships(text, 0).map((c) => c.name);
  it('reads a pair’s scheme before 共建, and an initiative before the node a place serves as', () => {
    expect(names('湖安产业园是沪滇合作共建的产业园区。')).toEqual(['沪滇合作']);
    expect(names('铜仁市作为“一带一路”重要节点城市。')).toEqual(['一带一路']);
    expect(names('见证了本省积极融入对接 “一带一路”战略的成果。')).toEqual(['一带一路']);
    expect(names('该市是“智慧城市”建设试点。')).toEqual([]);
  });
});

describe('partnerships in the s9 forms table', () => {
  const found = (text: string) => recognizePartnerships(text, 0).map((c) => [c.name, text.slice(c.start, c.end)]);
  it('reads a national initiative unquoted as well as quoted', () => {
    expect(found('湖州积极参与一带一路建设。')).toEqual([['一带一路', '一带一路']]);
    expect(found('广西主动融入西部陆海新通道建设。')).toEqual([['西部陆海新通道', '西部陆海新通道']]);
  });
  it('reads an agreement places sign by its title, but not a company’s', () => {
    expect(found('香港与海南省签署《合作备忘录》。')).toEqual([['合作备忘录', '《合作备忘录》']]);
    expect(found('湖州市与嘉兴市签署《战略合作框架协议》。')).toEqual([['战略合作框架协议', '《战略合作框架协议》']]);
    expect(found('华辰科技与睿达装备签署《战略合作协议》。')).toEqual([]);
  });
  it('leaves a park named after a scheme to the park, but keeps the scheme before a generic 园区', () => {
    expect(found('宁波—丽水山海协作产业园于2020年开园。')).toEqual([]);
    expect(found('青田山海协作产业园已入驻企业12家。')).toEqual([]);
    expect(found('浙江省山海协作园区考核结果公布。')).toEqual([['山海协作', '山海协作']]);
  });
  it('reads 结对共建 as a scheme only between two places joined right before it', () => {
    expect(found('湖州市吴兴区与广元市青川县结对共建。')).toEqual([['结对共建', '结对共建']]);
    expect(found('村党支部与华辰科技有限公司党支部结对共建。')).toEqual([]);
  });
  it('reads any 结对 pairing (结对帮扶) as a scheme only between two places joined before it, not an activity', () => {
    expect(found('湖州市吴兴区与广元市青川县结对帮扶。')).toEqual([['结对帮扶', '结对帮扶']]);
    expect(found('支部设立了结对帮扶、维护治安等小组，一户企业结对帮扶一个县。')).toEqual([]);
  });
  it('reads a pairing named by its two places’ one-character forms whole (甲乙对口支援协作, 甲乙对口合作)', () => {
    expect(found('落实鲁琼对口支援协作部署，推进晋桂对口合作。').map(([name]) => name)).toEqual(
      expect.arrayContaining(['鲁琼对口支援协作', '晋桂对口合作']),
    );
  });
  it('reads two cities’ innovation corridor or same-city scheme, and a campaign pairing firms with villages', () => {
    expect(names('推进广深科技创新走廊建设，深化成眉同城发展。')).toEqual(['广深科技创新走廊', '成眉同城发展']);
    expect(names('开展万企兴万村行动和百企结百村活动。')).toEqual(['万企兴万村', '百企结百村']);
    expect(names('全县万企业兴旺，百村振兴。')).toEqual([]);
  });
  it('takes no places into a one-to-one pairing’s span: the giver is before it, the receiver after', () => {
    expect(found('湖州市吴兴区对口帮扶广元市青川县。')).toEqual([['对口帮扶', '对口帮扶']]);
  });
});
