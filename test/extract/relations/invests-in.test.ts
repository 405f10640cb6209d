// INVESTS_IN in the standard forms of investment news, on invented sentences (rules alone).
import { describe, expect, it } from 'vitest';
import { rulesAloneRelations } from './support.ts';

function investments(...lines: string[]) {
  const text = ['滨江高新区：项目建设提速', ...lines].join('\n');
  return rulesAloneRelations(text).filter((r) => r.type === 'INVESTS_IN');
}

describe('INVESTS_IN forms', () => {
  it('gives a new area’s report its investments in the zone whose committee delivers it, not in the namesake district', () => {
    const text = [
      '各位代表：',
      '现在，我代表龙华新区管理委员会向大会作工作报告，请予审议。',
      '一、2023年工作回顾',
      '深圳市龙华区经济稳步增长，龙华街道完成改造。',
      '全年引进华辰科技有限公司，总投资10亿元，已开工。',
    ].join('\n');
    expect(rulesAloneRelations(text).filter((r) => r.type === 'INVESTS_IN')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '龙华新区', amount: 1_000_000_000, status: '开工' },
    ]);
  });
  it('reads no investment in the projects a plan relies on (依托甲、乙等项目), but one in those brought in', () => {
    expect(investments('依托华辰石膏、青禾保温材料等项目，打造新型建材产业集群。')).toEqual([]);
    expect(investments('引进华辰石膏、青禾保温材料等项目，打造新型建材产业集群。').map((r) => r.from)).toEqual([
      '华辰石膏',
      '青禾保温材料',
    ]);
  });
  it('reads 某公司投资N亿元建设… with its sum, in the project the amount is said of', () => {
    expect(investments('华辰科技有限公司投资20亿元建设新型显示面板项目。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '华辰科技有限公司',
      to: '新型显示面板项目',
      amount: 2_000_000_000,
    });
  });
  it('reads a facility named with its company as that company’s (某集团高端某某生产基地, 某有限公司某地基地)', () => {
    const found = investments(
      '华辰集团、青禾海洋工程有限公司负责人陪同考察。',
      '他先后来到青禾海洋工程有限公司滨江基地、华辰集团高端容错计算机生产基地。',
    ).map((r) => `${r.from} -> ${r.to}`);
    expect(found).toContain('华辰集团 -> 华辰集团高端容错计算机生产基地');
    expect(found).toContain('青禾海洋工程有限公司 -> 青禾海洋工程有限公司滨江基地');
  });
  it('reads a project named with its company’s brand alone, which the report writes nowhere else, as the company’s', () => {
    const found = investments(
      '二是睿达源烨分布式屋顶光伏发电项目。',
      '项目由国有合资企业上海睿达源烨能源科技发展有限公司出资建设。',
    ).map((r) => `${r.from} -> ${r.to}`);
    expect(found).toContain('上海睿达源烨能源科技发展有限公司 -> 睿达源烨分布式屋顶光伏发电项目');
  });
  it('gives a project named with its company’s short name the sum the report states of it', () => {
    expect(
      investments(
        '西安青禾微波技术开发有限公司董事长宣布：青禾微波雷达总装基地项目正式开工。',
        '青禾微波雷达总装基地项目总投资3亿元，建设周期为2年。',
        '青禾微波将坚守技术创新，为产业发展贡献力量。',
      ),
    ).toContainEqual(
      expect.objectContaining({
        from: '西安青禾微波技术开发有限公司',
        to: '青禾微波雷达总装基地项目',
        amount: 300_000_000,
      }),
    );
  });
  it('reads what a company that signs goes on to invest in the next clause (某公司与某县政府签订协议，拟投资…建设X)', () => {
    expect(investments('青禾科技有限公司与滨江县政府签订协议，拟投资6亿元建设数字经济产业园。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '青禾科技有限公司',
      to: '数字经济产业园',
      amount: 600_000_000,
    });
    // …but not a clause that names its own subject.
    expect(
      investments('青禾科技有限公司与滨江县政府签订协议，华辰集团拟投资6亿元建设数字经济产业园。').map((r) => r.from),
    ).not.toContain('青禾科技有限公司');
  });
  it('reads 由某公司投资建设的X, with the stage after it', () => {
    expect(investments('由恒泰精工有限公司投资建设的智能传感器产业园一期竣工投产。')).toEqual([
      { type: 'INVESTS_IN', from: '恒泰精工有限公司', to: '智能传感器产业园', status: '投产' },
    ]);
  });
  it('reads a named project before 由某有限公司投资建设 as the company’s, not as part of its name', () => {
    expect(investments('恒瑞电池项目由华辰科技有限公司投资建设，总投资12亿元。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '华辰科技有限公司',
      to: '恒瑞电池项目',
      amount: 1_200_000_000,
    });
  });
  it('reads the innermost of the places a company is said to build in (在某市某县投资建设…)', () => {
    expect(investments('华辰科技有限公司将在宿迁市泗阳县投资建设生产基地。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '泗阳县' },
    ]);
  });
  it('gives an investor read later the sum and stage the report states of its project (该项目由某公司投资建设)', () => {
    expect(
      investments('总投资10亿元的恒瑞新材料项目在滨江高新区开工。', '该项目由华辰科技有限公司投资建设，预计明年投产。'),
    ).toContainEqual({
      type: 'INVESTS_IN',
      from: '华辰科技有限公司',
      to: '恒瑞新材料项目',
      amount: 1_000_000_000,
      status: '开工',
    });
  });
  it('reads X项目由某公司投资, with the sum in the next clause', () => {
    expect(investments('新能源电池项目由凌云控股集团投资，总投资30亿元。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '凌云控股集团',
      to: '滨江高新区',
      amount: 3_000_000_000,
    });
  });
  it('reads the investor in brackets after its project, with a sum in dollars', () => {
    expect(investments('智能制造产业园项目（投资方：华辰科技有限公司）总投资3.5亿美元。')).toEqual([
      {
        type: 'INVESTS_IN',
        from: '华辰科技有限公司',
        to: '智能制造产业园项目',
        amount: 350_000_000,
        currency: 'USD',
      },
    ]);
  });
  it('reads 某公司投资N亿元在某园区建设… as an investment in that park', () => {
    expect(investments('新远科技有限公司投资5亿元在滨江高新区建设研发中心。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '新远科技有限公司',
      to: '滨江高新区',
      amount: 500_000_000,
    });
  });
  it('keeps a company’s most specific target: its project, not also the park it signed with', () => {
    const found = investments(
      '近日，滨江高新区与青禾新能源科技有限公司签约，总投资20亿元的储能电池项目正式落户。',
      '该项目由青禾新能源科技有限公司投资建设，预计明年竣工。',
    );
    expect(found.map((r) => r.to)).toEqual(['储能电池项目']);
    // …which takes the sum and the stage said with the park.
    expect(found[0]).toMatchObject({ amount: 2_000_000_000, status: '签约' });
  });
  it('reads a company a place co-builds a park with (某县携手某公司共建X) as investing in it', () => {
    expect(investments('柘城县携手华辰控股集团有限公司共建华辰智能制造产业园，项目总投资30亿元。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '华辰控股集团有限公司',
      to: '华辰智能制造产业园',
      amount: 3_000_000_000,
    });
  });
  it('gives the stage said once for the projects a sentence lists (签约项目包括：…) to each', () => {
    const found = investments(
      '签约项目包括：青禾包装材料有限公司投资5亿元建设的包装材料生产项目，远帆智能装备有限公司投资3亿元建设的智能装备制造项目。',
    );
    expect(found.map((r) => [r.from, r.status])).toEqual([
      ['青禾包装材料有限公司', '签约'],
      ['远帆智能装备有限公司', '签约'],
    ]);
  });
  it('reads 计划投资 after the project', () => {
    // The output names the project (年产10万吨…项目), so the amount goes to it rather than to the report's zone.
    expect(investments('华辰科技有限公司年产10万吨新材料项目计划投资8000万元。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '华辰科技有限公司',
      to: '华辰科技有限公司年产10万吨新材料项目',
      amount: 80_000_000,
    });
  });
  it('gives each item of a list the stage said once for all, and not their total', () => {
    const found = investments('当天，恒泰精工、瑞丰新材料、凌云装备等3个项目集中签约，总投资45亿元。');
    expect(found).toHaveLength(3);
    expect(found.every((r) => r.status === '签约' && r.amount === undefined)).toBe(true);
  });
  it('does not make the firms a park has brought in (…等企业与机构N家) or the one that runs it investors', () => {
    expect(investments('园区引进华辰科技有限公司、恒泰精工有限公司等企业与机构70余家，年产值13亿元。')).toEqual([]);
    expect(investments('将东港物流园区产权划归凌云物流有限公司，由凌云物流有限公司运营、管理。')).toEqual([]);
    // A stage stated for such a list is an investment.
    expect(investments('华辰科技有限公司、恒泰精工有限公司等企业签约落户。')).toHaveLength(2);
  });
  it('reads 园区与某公司签订投资协议 with the sum of 项目总投资 in the next clause', () => {
    expect(investments('滨江高新区与瑞丰新材料有限公司签订投资协议，项目总投资10亿元。')).toEqual([
      { type: 'INVESTS_IN', from: '瑞丰新材料有限公司', to: '滨江高新区', amount: 1_000_000_000 },
    ]);
  });
  it('does not read a building verb inside a park’s name (经济开发区) as the company’s', () => {
    const visit = rulesAloneRelations('新闻速递\n华辰科技有限公司总经理一行到岚湾经济开发区考察，双方进行座谈。');
    expect(visit.filter((r) => r.type === 'INVESTS_IN')).toEqual([]);
  });
  it('does not make a bank that signs a credit agreement an investor', () => {
    expect(investments('滨江高新区与华辰银行股份有限公司签约，授信50亿元。')).toEqual([]);
  });
  it('does not make a zone’s own development company an investor in its zone', () => {
    expect(investments('滨江高新区投资发展有限公司投资10亿元推进园区基础设施建设。')).toEqual([]);
  });
  it('does not make works, industries or places listed as projects investors', () => {
    expect(investments('基础设施提升、海上风电、滨湖南路改造等项目加快推进，物联网、大数据等产业项目签约。')).toEqual(
      [],
    );
  });
  it('does not read registered capital or an investment word inside a name as an investment', () => {
    expect(investments('华辰科技有限公司注册资本5000万元，主营电子元器件。')).toEqual([]);
    expect(investments('滨江城市投资建设集团有限公司、滨江交通投资集团有限公司：为推进园区开发，现通知如下。')).toEqual(
      [],
    );
  });
});

describe('INVESTS_IN in a government work report', () => {
  const report = (line: string) =>
    rulesAloneRelations(
      ['2024年安顺市人民政府工作报告', '过去一年，安顺市经济运行稳中向好，安顺市人民生活持续改善。', line].join('\n'),
    ).filter((r) => r.type === 'INVESTS_IN');
  it('reads the sum written between a company and its project, and the stage said once for both', () => {
    const found = report('瑞丰集团30亿元新能源电池项目、凌云控股集团15亿元光伏组件项目开工建设。');
    expect(found).toContainEqual({
      type: 'INVESTS_IN',
      from: '瑞丰集团',
      to: '安顺市',
      amount: 3_000_000_000,
      status: '开工',
    });
    expect(found).toContainEqual({
      type: 'INVESTS_IN',
      from: '凌云控股集团',
      to: '安顺市',
      amount: 1_500_000_000,
      status: '开工',
    });
  });
  it('does not give a company the stage of another company’s project in a later clause', () => {
    const found = report('全年引进华辰科技有限公司等亿元以上项目56个，恒泰精工有限公司年产5万台电机项目竣工投产。');
    expect(found).toContainEqual({ type: 'INVESTS_IN', from: '华辰科技有限公司', to: '安顺市' });
    // The project its output names (年产…项目) is recognized, so the stage goes to it.
    expect(found).toContainEqual({
      type: 'INVESTS_IN',
      from: '恒泰精工有限公司',
      to: '恒泰精工有限公司年产5万台电机项目',
      status: '投产',
    });
  });
  it('reads the project a company builds in the clause after its sum (计划总投资8亿元，建设X)', () => {
    expect(investments('华辰科技有限公司计划总投资8亿元，建设年产5万吨新材料项目。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '年产5万吨新材料项目', amount: 800_000_000 },
    ]);
    expect(investments('睿达精工有限公司拟投资3亿元，在滨江高新区建设智能装备产业园。')).toEqual([
      { type: 'INVESTS_IN', from: '睿达精工有限公司', to: '智能装备产业园', amount: 300_000_000 },
    ]);
  });
  it('reads no investment of those who attend a signing ceremony or build, design or supervise for another', () => {
    expect(investments('华辰科技有限公司董事长周明远出席签约仪式并致辞。')).toEqual([]);
    expect(investments('华辰建设集团有限公司承建的滨江大桥项目开工建设。')).toEqual([]);
    expect(investments('项目由睿达设计院设计，恒泰建设工程有限公司施工，计划年底竣工。')).toEqual([]);
  });
  it('gives a list’s total sum in the next clause to none of its items', () => {
    const found = investments('引进华辰科技有限公司、睿达精工有限公司等项目12个，总投资45亿元。');
    expect(found.map((r) => r.from)).toEqual(['华辰科技有限公司', '睿达精工有限公司']);
    expect(found.every((r) => r.amount === undefined)).toBe(true);
  });
  it('reads no investment of a company that itself brings in talent or lines (某公司引进…), but of one brought in', () => {
    expect(investments('华辰科技有限公司积极引进高端人才和先进生产线。')).toEqual([]);
    expect(investments('园区企业睿达精工有限公司招引上下游配套企业10家。')).toEqual([]);
    expect(investments('今年引进华辰科技有限公司新能源电池项目。').map((r) => r.from)).toEqual(['华辰科技有限公司']);
  });
});

describe('INVESTS_IN in the s9 forms table', () => {
  it('reads a project’s fields (项目名称 … 建设单位) as the owner’s investment in that project, with its sum', () => {
    expect(
      investments(
        '项目名称：智能终端产业园项目。',
        '建设地点：滨江县城东。',
        '建设单位：华辰科技有限公司。',
        '总投资：12亿元。',
      ),
    ).toEqual([{ type: 'INVESTS_IN', from: '华辰科技有限公司', to: '智能终端产业园项目', amount: 1_200_000_000 }]);
    // …and the investor named after the project in running text.
    expect(investments('年产10万吨新材料项目，投资方为睿达集团，总投资8亿元。')).toEqual([
      { type: 'INVESTS_IN', from: '睿达集团', to: '年产10万吨新材料项目', amount: 800_000_000 },
    ]);
  });
  it('reads the sum and stage from the project’s overview several sentences after the owner, not past another', () => {
    expect(
      investments(
        '项目名称：智能终端产业园项目。',
        '建设单位：华辰科技有限公司。',
        '项目概况。',
        '项目位于滨江县城东。',
        '建设内容包括新建厂房、办公楼。',
        '项目建成后年产10万台智能终端。',
        '总投资约12亿元，全部自筹解决。',
        '项目2023年开工，2025年投产。',
      ),
    ).toEqual([
      {
        type: 'INVESTS_IN',
        from: '华辰科技有限公司',
        to: '智能终端产业园项目',
        amount: 1_200_000_000,
        status: '投产',
      },
    ]);
    const found = investments(
      '项目名称：智能终端产业园项目。',
      '建设单位：华辰科技有限公司。',
      '项目名称：新材料产业化项目。',
      '建设单位：睿达集团。',
      '总投资约8亿元。',
    );
    expect(found.find((r) => r.from === '华辰科技有限公司')).not.toHaveProperty('amount');
  });
  it('reads no investment in the park where a project’s land lies (建设用地位于某园区内)', () => {
    const found = investments(
      '华辰科技有限公司智能终端产业化建设用地位于滨江县城东路与江南路交汇处（滨江县岚湾经济开发区内）。',
    );
    expect(found.map((r) => r.to)).not.toContain('滨江县岚湾经济开发区');
  });
  it('reads no investment of the firm that assesses, designs or builds for the owner', () => {
    const found = investments(
      '项目名称：智能终端产业园项目。',
      '建设单位：华辰科技有限公司。',
      '环境影响评价机构：睿达环境科技有限公司。',
      '施工单位：恒泰建设有限公司。',
    );
    expect(found.map((r) => r.from)).toEqual(['华辰科技有限公司']);
  });
  it('gives a company the place its clause names, not the report’s subject (某县引进某公司, 某公司落户某园)', () => {
    expect(investments('今年以来，睢宁县成功引进华辰科技有限公司，项目总投资12亿元。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '华辰科技有限公司',
      to: '睢宁县',
      amount: 1_200_000_000,
    });
    expect(investments('睿达电子有限公司落户岚湾经济开发区，总投资5亿元。')).toContainEqual({
      type: 'INVESTS_IN',
      from: '睿达电子有限公司',
      to: '岚湾经济开发区',
      amount: 500_000_000,
    });
    // A park named only as where something else happens keeps the subject.
    expect(investments('华辰科技有限公司新能源电池项目签约，岚湾经济开发区举行仪式。').map((r) => r.to)).toEqual([
      '滨江高新区',
    ]);
  });
  it('reads no investment of a government, nor of a company merely named near a sum', () => {
    expect(investments('县政府投资1.2亿元建设城市公园，华辰集团捐资100万元。')).toEqual([]);
    expect(investments('华辰集团董事长王建国出席会议，全区固定资产投资完成120亿元。')).toEqual([]);
    expect(investments('华辰科技有限公司全年实现产值15亿元、纳税1.2亿元。')).toEqual([]);
  });
  it('reads 该公司/该集团 as the one company named just before, and no reference two companies share', () => {
    expect(investments('华辰科技有限公司是一家新能源企业。该公司计划投资6亿元在岚湾经济开发区建设生产基地。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '岚湾经济开发区', amount: 600_000_000 },
    ]);
    expect(investments('睿达集团总部位于上海。今年，该集团投资10亿元建设智能装备产业园。')).toEqual([
      { type: 'INVESTS_IN', from: '睿达集团', to: '智能装备产业园', amount: 1_000_000_000 },
    ]);
    expect(investments('华辰科技有限公司与睿达集团签订战略合作协议。该公司计划投资3亿元建设研发中心。')).toEqual([]);
  });
  it('gives each registered company in a list of projects its own project and the stage said once for all', () => {
    expect(investments('凌云科技有限公司光伏组件项目、启明电子有限公司电子元器件项目等5个项目集中开工。')).toEqual([
      { type: 'INVESTS_IN', from: '凌云科技有限公司', to: '凌云科技有限公司光伏组件项目', status: '开工' },
      { type: 'INVESTS_IN', from: '启明电子有限公司', to: '启明电子有限公司电子元器件项目', status: '开工' },
    ]);
  });
  it('reads no investment of two companies that sign with each other, but gives the place that signs the company', () => {
    expect(investments('华辰科技有限公司与睿达电子有限公司签约，双方将在芯片设计领域开展合作。')).toEqual([]);
    expect(investments('华辰科技有限公司和睿达电子有限公司签约落户。')).toHaveLength(2);
    expect(investments('睢宁县与华辰科技有限公司签约，共建人工智能创新中心。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '睢宁县', status: '签约' },
    ]);
  });
});

describe('INVESTS_IN: the project a company’s sum or a reference names', () => {
  it('reads 某公司投资N亿元的X项目 as an investment in that project', () => {
    expect(investments('华辰科技有限公司投资3亿元的年产10万吨新材料项目正式投产。')).toEqual([
      {
        type: 'INVESTS_IN',
        from: '华辰科技有限公司',
        to: '年产10万吨新材料项目',
        amount: 300_000_000,
        status: '投产',
      },
    ]);
  });
  it('reads 该项目由某公司投资建设 as an investment in the project named before, with the sum said of it', () => {
    expect(investments('年产10万吨新材料项目总投资12亿元。该项目由华辰科技有限公司投资建设，预计明年投产。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '年产10万吨新材料项目', amount: 1_200_000_000 },
    ]);
  });
  it('reads 某集团重点推动X项目建设 as the group’s investment in the project', () => {
    expect(investments('华辰集团重点推动年产10万吨新材料项目建设。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰集团', to: '年产10万吨新材料项目' },
    ]);
  });
  it('reads a company brought in by 引入 as an investor in the report’s park, not the group that brings it', () => {
    expect(investments('青禾集团引入华辰科技有限公司，共同推进新能源产业园落地。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '滨江高新区' },
    ]);
  });
  it('makes no investor of a team or of talent brought in (引进甲、乙等创作团队)', () => {
    expect(investments('园区引进星河、云帆等创作团队，打造文创街区。')).toEqual([]);
  });
  it('keeps the stage after a planned sum (拟投资N亿元的X项目已签约)', () => {
    expect(investments('华辰科技有限公司拟投资3亿元的年产10万吨新材料项目已签约。')).toEqual([
      {
        type: 'INVESTS_IN',
        from: '华辰科技有限公司',
        to: '年产10万吨新材料项目',
        amount: 300_000_000,
        status: '签约',
      },
    ]);
  });
  it('gives no project of a list the total said after it', () => {
    const found = investments(
      '华辰科技有限公司年产10万吨新材料项目、恒泰精工有限公司智能传感器项目等5个项目集中开工，总投资25亿元。',
    );
    expect(found.map((r) => `${r.from} → ${r.to} ${r.status} ${r.amount}`)).toEqual([
      '华辰科技有限公司 → 华辰科技有限公司年产10万吨新材料项目 开工 undefined',
      '恒泰精工有限公司 → 恒泰精工有限公司智能传感器项目 开工 undefined',
    ]);
  });
  it('reads 某公司在某区投资建设… with no named project as an investment in that place', () => {
    expect(investments('华辰科技有限公司在宿城区投资建设智能工厂。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '宿城区' },
    ]);
    expect(investments('华辰科技有限公司在宿城区建设智能工厂。')).toEqual([]);
  });
  it('gives every company a place brings in as a list (某区招引甲、乙等N个项目) to that place', () => {
    const found = investments('宿城区成功招引华辰科技有限公司、恒泰精工有限公司等8个项目，协议总投资56亿元。');
    expect(found.map((r) => `${r.from} → ${r.to} ${r.amount}`)).toEqual([
      '华辰科技有限公司 → 宿城区 undefined',
      '恒泰精工有限公司 → 宿城区 undefined',
    ]);
  });
  it('makes the company that builds the investor, not the group that owns it (由某集团控股的某公司投资…)', () => {
    expect(investments('由华辰科技有限公司控股的青禾新材料有限公司投资5亿元建设年产10万吨新材料项目。')).toEqual([
      { type: 'INVESTS_IN', from: '青禾新材料有限公司', to: '年产10万吨新材料项目', amount: 500_000_000 },
    ]);
  });
});

describe('INVESTS_IN: what a careful reader would not call an investment', () => {
  it('makes no investor of the items a company builds (某公司投资N亿元建设甲、乙等…项目)', () => {
    const found = investments('蓝石科技有限公司投资11亿元建设热成型、电池壳体等汽车零部件生产线项目。');
    expect(found.map((r) => r.from)).toEqual(['蓝石科技有限公司']);
  });
  it('makes no investor of the products a list of projects is said to make (甲、乙等建材生产加工项目)', () => {
    const found = investments('青禾建材有限公司总投资1.8亿元的蓝晶保温板、天然真石漆等建材生产加工项目开工建设。');
    expect(found.map((r) => r.from)).toEqual(['青禾建材有限公司']);
  });
  it('reads what a list says its items are after its last item (引进甲、乙等艺术团队)', () => {
    expect(investments('引进青读、悦山等艺术团队，重点打造老街文旅综合体。')).toEqual([]);
  });
  it('makes no investor of the aspects a visit learns about (了解甲、乙、项目开工等方面情况)', () => {
    expect(investments('张明远实地了解产业园总体规划、扩园征地、招商引资项目开工等方面情况。')).toEqual([]);
  });
  it('makes no investor of a facility listed among projects (某某核心装置, 某某12英寸产线)', () => {
    const found = investments('蓝晶化工核心装置、恒远新能源一期、华辰微电子12英寸产线等一批重大项目建成投产。');
    expect(found).toEqual([{ type: 'INVESTS_IN', from: '恒远新能源', to: '滨江高新区', status: '投产' }]);
  });
  it('makes no investor of projects only talked about (围绕甲、乙等项目开展座谈交流)', () => {
    expect(investments('区委书记张明远与企业家围绕新材料、氢能装备制造等项目开展座谈交流。')).toEqual([]);
  });
  it('gives a company the project it names after its verb (某集团拟建X项目), not the report’s zone', () => {
    expect(investments('青岚集团拟建环保新材料生产基地项目总投资10亿元。')).toEqual([
      { type: 'INVESTS_IN', from: '青岚集团', to: '环保新材料生产基地项目', amount: 1_000_000_000 },
    ]);
  });
  it('reads every verb of building before a company’s own project alike (兴建 as 拟建)', () => {
    expect(investments('青岚集团兴建环保新材料生产基地项目总投资10亿元。')).toEqual([
      { type: 'INVESTS_IN', from: '青岚集团', to: '环保新材料生产基地项目', amount: 1_000_000_000 },
    ]);
  });
  it('reads no stage from a condition (投产后年产值可达…)', () => {
    expect(investments('总投资3亿元的华辰科技有限公司（挖掘机）项目，投产后年产值可达10亿元。')).toEqual([
      { type: 'INVESTS_IN', from: '华辰科技有限公司', to: '滨江高新区', amount: 300_000_000 },
    ]);
  });
  it('gives no company the total said after a count of projects (项目共有45个，总投资达150亿元)', () => {
    const found = investments(
      '滨江高新区在华辰科技有限公司项目现场举行集中投产仪式，本次集中投产的项目共有45个，总投资达150亿元。',
    );
    expect(found).toEqual([{ type: 'INVESTS_IN', from: '华辰科技有限公司', to: '滨江高新区', status: '投产' }]);
  });
  it('reads 在某公司项目建设现场 as the company’s project in the report’s zone, not its project team', () => {
    expect(investments('在蓝海新材料有限公司项目建设现场，工人们正在紧张施工。')).toEqual([
      { type: 'INVESTS_IN', from: '蓝海新材料有限公司', to: '滨江高新区' },
    ]);
    expect(investments('蓝海新材料有限公司项目经理陈志强介绍了施工进度。')).toEqual([]);
  });
  it('reads a company that signs a project agreement as an investor (与某公司签署项目合作协议)', () => {
    expect(investments('滨江高新区与德尔新材料有限公司签署项目合作协议。')).toEqual([
      { type: 'INVESTS_IN', from: '德尔新材料有限公司', to: '滨江高新区' },
    ]);
  });
});

describe('INVESTS_IN in the s14 forms', () => {
  it('reads both companies that sign, then build together (甲与乙签约，双方共同投资建设X)', () => {
    const found = investments('明远集团与青岩股份签约，双方将共同投资建设智能制造产业园。');
    expect(found.map((r) => `${r.from} → ${r.to}`).sort()).toEqual([
      '明远集团 → 智能制造产业园',
      '青岩股份 → 智能制造产业园',
    ]);
  });
  it('reads no investment in a company’s past settling (落户某地已有12年)', () => {
    expect(investments('明辉电子有限公司落户滨江高新区已有12年，产值不断提高。')).toEqual([]);
    expect(investments('明辉电子有限公司今年落户滨江高新区。').map((r) => r.from)).toEqual(['明辉电子有限公司']);
  });
});

describe('INVESTS_IN in the s15 forms', () => {
  it('reads a company that signs a named project’s contract as its investor (某县与某公司签订X项目合同)', () => {
    expect(investments('柘城县与青禾智能科技有限公司签订智能家居产业园项目合同，项目计划总投资25亿元。')).toEqual([
      {
        type: 'INVESTS_IN',
        from: '青禾智能科技有限公司',
        to: '智能家居产业园项目',
        amount: 2_500_000_000,
        status: '签约',
      },
    ]);
    expect(investments('远帆农牧有限公司与柘城县签订了生猪养殖一体化项目投资协议。')).toEqual([
      { type: 'INVESTS_IN', from: '远帆农牧有限公司', to: '生猪养殖一体化项目', status: '签约' },
    ]);
  });
});
