// Lists of industries (headed by their count or tier, or closed by their kind), on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recognizeHeadedIndustryLists } from '../../../src/extract/entities/industry-lists.ts';
import { recognizeLists } from '../../../src/extract/entities/lists.ts';

const headed = (text: string) => recognizeHeadedIndustryLists(text, 0).map((c) => c.name);
const listed = (text: string) =>
  recognizeLists(text, 0)
    .filter((c) => c.kind === 'Industry')
    .map((c) => c.name);

describe('recognizeHeadedIndustryLists', () => {
  it('reads one industry a clause makes a tier (以A为首位产业, 把A作为主导产业), not what serves as one', () => {
    expect(headed('形成了以青晶材料为首位产业的格局。')).toEqual(['青晶材料']);
    expect(headed('坚持把制冷装备作为主导产业。')).toEqual(['制冷装备']);
    expect(headed('以项目建设为主导产业发展的核心。')).toEqual([]);
  });
  it('reads a known industry after tier words that open a list (前沿新兴|氢能), and keeps a term that holds one (现代农业)', () => {
    expect(listed('培育前沿新兴氢能、新材料等产业。')).toEqual(['氢能', '新材料']);
    expect(listed('发展现代农业、新材料等产业。')).toEqual(['现代农业', '新材料']);
    expect(listed('已发展成为新能源、新材料等产业的集聚区。')).toEqual(['新能源', '新材料']);
  });
  it('reads no company a list of industries names by its group (以某某集团、某某能源等传统产业为基础)', () => {
    expect(listed('以青禾集团、新材料等传统产业为基础。')).toEqual(['新材料']);
  });
  it('reads the items after a count and tier head, also those the lexicon lacks', () => {
    expect(headed('六大传统特色产业：模具、汽配、灯具、五金机械、电子电器。')).toEqual([
      '模具',
      '汽配',
      '灯具',
      '五金机械',
      '电子电器',
    ]);
  });
  it('reads 主导产业为/有 lists and splits items joined by 和 or a parenthesis', () => {
    expect(headed('滨江高新区主导产业为电子信息、精密机械和新能源新材料。')).toEqual([
      '电子信息',
      '精密机械',
      '新能源新材料',
    ]);
    expect(headed('三大新兴产业，新能源、临港工业（家居和建材业）、生物医药。')).toEqual([
      '新能源',
      '临港工业',
      '家居',
      '建材业',
      '生物医药',
    ]);
  });
  it('takes no goods joined to an item for a second industry (超硬材料及制品)', () => {
    expect(headed('两大主导产业为超硬材料及制品、光伏及配套。')).toEqual(['超硬材料', '光伏']);
  });
  it('reads what a bracket says an item holds (电子信息（含软件）)', () => {
    expect(headed('重点产业为：电子信息（含软件）、装备制造。')).toEqual(['电子信息', '软件', '装备制造']);
  });
  it('reads an item written with the list’s frame (A产业体系, B集群) as the industry before it', () => {
    expect(headed('四大产业体系：智能装备产业体系、绿色食品加工体系、现代服务业体系。')).toEqual([
      '智能装备产业',
      '绿色食品加工',
      '现代服务业',
    ]);
    expect(headed('两大主导产业集群为光电集群、新材料集群。')).toEqual(['光电', '新材料']);
  });
  it('keeps each tier head to its own clause', () => {
    expect(headed('先导产业为氢能，特色产业为茶叶。')).toEqual(['氢能', '茶叶']);
  });
  it('reads no list after a head that ends a clause or serves as a means', () => {
    expect(headed('园区围绕三大主导产业，强化产业链招商、多作贡献。')).toEqual([]);
    expect(headed('以重点产业为抓手，主导产业有了新突破。')).toEqual([]);
  });
  it('takes no count, tier or place for an item', () => {
    expect(headed('主要产业为：年内三个主导、滨江县。')).toEqual([]);
  });
});

describe('industry lists closed by their kind (lists.ts)', () => {
  it('starts the first item after a verb of forming bodies, not inside it (支持成立A、B等行业协会)', () => {
    expect(listed('支持成立储能、智能装备等行业协会。')).toEqual(['储能', '智能装备']);
  });
  it('reads no list closed by a count that opens an item of figures (A、3-5个重点产业项目)', () => {
    expect(recognizeLists('完成联合竞拍、3-5个重点产业项目遴选。', 0)).toEqual([]);
    expect(recognizeLists('完成联合竞拍、5个项目遴选。', 0)).toEqual([]);
  });
  it('leaves a scope out of the first item (全区|电子信息、先进材料两大产业)', () => {
    expect(listed('全区电子信息、先进材料两大产业营业收入突破300亿元。')).toEqual(['电子信息', '先进材料']);
  });
  it('leaves the verb that makes the list a tier out of the last item (A、B、C确定为三大主导产业)', () => {
    expect(listed('把新材料、高端装备、电子信息确定为三大主导产业。')).toEqual(['新材料', '高端装备', '电子信息']);
  });
  it('takes no item a clause makes a tier for an industry (以A为主导产业、B为支撑产业)', () => {
    expect(listed('园区以青晶材料为主导产业、碳纤维为支撑产业。')).not.toContain('青晶材料为主导产业');
  });
  it('starts the first item after where a verb reaches (拓展至A、B等产业), not at its 至', () => {
    expect(listed('业务拓展至青晶材料、碳纤维等产业。')).toEqual(['青晶材料', '碳纤维']);
  });
  it('takes no list of trades a company’s goods serve (产品广泛应用于A、B等行业)', () => {
    expect(listed('公司产品广泛应用于集成电路、光伏等行业。')).toEqual([]);
  });
  it('starts the first item after the verb that opens the list and splits items joined by 和 or 与', () => {
    expect(listed('滨江高新区重点发展海上休闲娱乐和游艇开发运营、五金机械、音乐文化与体育赛事等产业。')).toEqual([
      '海上休闲娱乐',
      '游艇开发运营',
      '五金机械',
      '音乐文化',
      '体育赛事',
    ]);
  });
  it('keeps a short joined item between two 、 marks as one industry (A、细胞与基因治疗、B)', () => {
    expect(listed('大力发展量子科技、细胞与基因治疗、氢能及先进核能、具身智能等未来产业。')).toEqual([
      '量子科技',
      '细胞与基因治疗',
      '氢能及先进核能',
      '具身智能',
    ]);
    expect(headed('三大新兴产业：光电、医药和医疗器械、新材料。')).toEqual(['光电', '医药和医疗器械', '新材料']);
  });
  it('reads a clause closed by 为主导 and one closed by 为补充的产业格局 as lists of industries', () => {
    expect(listed('开发区形成了以超硬材料、食品加工为主导，以电子信息、生物医药为补充的产业格局。')).toEqual([
      '超硬材料',
      '食品加工',
      '电子信息',
      '生物医药',
    ]);
  });
  it('reads a list closed by 等特色农业 as crops and herds, not one closed by a farming park', () => {
    expect(listed('做优辣椒、食用菌等特色农业。')).toEqual(['辣椒', '食用菌']);
    expect(listed('建设辣椒、食用菌等现代农业产业园。')).toEqual([]);
  });
  it('reads an item opened by a generation (第三代半导体), not by a rank (第一产业)', () => {
    expect(listed('培育第三代半导体、第一产业、新型储能等新兴产业。')).toEqual(['第三代半导体', '新型储能']);
  });
  it('starts the first item after a verb of upholding or promoting (厚植A、B等产业品牌优势)', () => {
    expect(listed('厚植家电、食品、服装等产业品牌优势。')).toEqual(['家电', '食品', '服装']);
    expect(listed('积极促进机械、化工等传统产业提质升级。')).toEqual(['机械', '化工']);
  });
  it('reads a list closed by a count of industry clusters', () => {
    expect(listed('滨江高新区形成了模具、汽配、灯具三大产业集群。')).toEqual(['模具', '汽配', '灯具']);
  });
  it('reads a list closed by 等相关行业领域, not one of trades a clause regulates', () => {
    expect(listed('园区企业覆盖了化学品、工业建材、数据服务等相关行业领域。')).toEqual([
      '化学品',
      '工业建材',
      '数据服务',
    ]);
    expect(listed('加强化学品、工业建材等行业挥发性有机物治理。')).toEqual([]);
  });
  it('reads a list a verb of growing opens and its head closes (做强A、B、C产业集群), leaving the last to the head', () => {
    expect(listed('全力做强硅片、靶材、涂层产业集群，培育壮大蚀刻、封测、光掩膜产业。')).toEqual([
      '硅片',
      '靶材',
      '蚀刻',
      '封测',
    ]);
    expect(listed('发展林果种植、休闲垂钓和民宿产业。')).toEqual(['林果种植', '休闲垂钓']);
    // (Not one of deeds, nor one whose head a quality of the system qualifies.)
    expect(listed('就加强双方产业技术交流、推动两地产业合作进行了沟通。')).toEqual([]);
    expect(listed('加快建设完整性、先进性、安全性的现代化产业体系。')).toEqual([]);
    expect(listed('发展优势农产品、壮大优势产业。')).toEqual([]);
  });
  it('takes no counted tier for an industry (三个主导、四个先导产业)', () => {
    expect(listed('年内三个主导、四个先导产业产值分别增长18%、30%。')).toEqual([]);
  });
});

describe('activities of any trade', () => {
  it('takes no bare activity for an industry (生产、加工、物流等配套产业), but one named with its trade', () => {
    expect(listed('推动生产、加工、物流、电商、服务等配套产业落地。')).toEqual(['物流', '电商']);
    expect(listed('发展创意设计、汽车销售等产业。')).toEqual(['创意设计', '汽车销售']);
  });
});
