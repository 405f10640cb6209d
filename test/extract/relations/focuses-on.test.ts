// FOCUSES_ON in the standard forms of park and work reports, on invented sentences (rules alone).
import { describe, expect, it } from 'vitest';
import { rulesAloneRelations } from './support.ts';

function focuses(...lines: string[]) {
  const text = ['滨江高新区：产业发展', ...lines].join('\n');
  return rulesAloneRelations(text).filter((r) => r.type === 'FOCUSES_ON');
}

describe('FOCUSES_ON forms', () => {
  it('reads 主攻 as a focus', () => {
    expect(focuses('滨江高新区聚焦集成电路产业，主攻新能源汽车。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '新能源汽车',
    });
  });
  it('gives each industry the nearest tier before it', () => {
    const found = focuses('滨江高新区主导产业为电子信息和生物医药，新兴产业为人工智能。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '生物医药', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '人工智能', tier: '新兴' });
  });
  it('reads a list headed by its count and tier in the clause before', () => {
    const found = focuses('滨江高新区持续壮大实体经济。三大新兴产业，新能源、新材料、生物医药。');
    for (const industry of ['新能源', '新材料', '生物医药'])
      expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: industry, tier: '新兴' });
  });
  it('reads 以A、B为主导的产业体系 with its tier', () => {
    expect(focuses('滨江高新区已形成以电子信息、精密机械为主导的产业体系。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '精密机械',
      tier: '主导',
    });
  });
  it('does not make an industry named in passing a focus', () => {
    expect(focuses('滨江高新区举办新能源知识讲座。')).toEqual([]);
  });
});

describe('FOCUSES_ON tiers and subjects', () => {
  it('gives 以A为主导 the tier 主导 and the support no tier', () => {
    const found = focuses('滨江高新区以纺织服装为主导、绿色建材为支撑。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '纺织服装', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '绿色建材' });
  });
  it('gives no tier under a head that is no tier (特色产业为B after 先导产业为A)', () => {
    const found = focuses('滨江高新区先导产业为氢能，特色产业为茶叶。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '氢能', tier: '先导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '茶叶' });
  });
  it('reads a headed list of industries the lexicon lacks', () => {
    const found = focuses('滨江高新区主导产业有：模具、汽配、五金机械。');
    for (const industry of ['模具', '汽配', '五金机械'])
      expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: industry, tier: '主导' });
  });
  it('does not make a park listed beside the industries their subject', () => {
    const found = focuses('滨江高新区重点推进游艇制造业、华辰赛车产业园及音乐文化与体育赛事等产业发展。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '音乐文化' });
    expect(found.filter((r) => r.from === '华辰赛车产业园')).toEqual([]);
  });
});

describe('FOCUSES_ON tiers stated around the industry', () => {
  it('reads …，是当地主导产业 after the industry as its tier and as a focus', () => {
    expect(focuses('滨江高新区纺织服装历史悠久，是当地主导产业。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '纺织服装',
      tier: '主导',
    });
  });
  it('takes the tier of a heading line right before the sentence', () => {
    expect(focuses('（二）战略性新兴产业：', '滨江高新区大力发展生物医药。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '生物医药',
      tier: '新兴',
    });
  });
  it('takes no tier from a heading two sentences back', () => {
    const found = focuses('一、主导产业', '园区集聚企业80余家。', '滨江高新区大力发展生物医药。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '生物医药' });
  });
});

describe('FOCUSES_ON subjects among several places', () => {
  it('gives each clause’s industry to the region of that clause', () => {
    const found = focuses('睢宁县重点发展纺织服装，丰县着力发展新能源汽车。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '纺织服装' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '丰县', to: '新能源汽车' });
    expect(found).not.toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '新能源汽车' });
  });
  it('takes no partner or destination region for the subject (赴日本、新加坡…, 加强与某地合作)', () => {
    const found = focuses('园区负责人赴日本、新加坡招商，重点发展集成电路产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '集成电路' });
    expect(found.filter((r) => r.from === '新加坡' || r.from === '日本')).toEqual([]);
  });
});
