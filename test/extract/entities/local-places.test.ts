// Villages, communities and sub-districts, on sentences written for these tests (place names invented).
import { describe, expect, it } from 'vitest';
import { recognizeLocalPlaces } from '../../../src/extract/entities/local-places.ts';

const names = (text: string) => recognizeLocalPlaces(text, 0).map((c) => c.name);

describe('recognizeLocalPlaces', () => {
  it('makes the areas listed after a free-trade zone’s area parks, as the first is; other areas places', () => {
    const listed = (text: string) => recognizeLocalPlaces(text, 0).map((c) => `${c.kind} ${c.name}`);
    // …named by all the item written since the list's 、, though the walk over words stops short.
    expect(listed('中国（东海）自由贸易试验区岚湾片区、川南临港片区改革成果丰硕。')).toContain('Park 川南临港片区');
    const kinds = (text: string) => recognizeLocalPlaces(text, 0).map((c) => `${c.kind} ${c.name}`);
    // (The first is read whole, with its zone, by the suffix rule.)
    expect(kinds('中国（东海）自由贸易试验区岚湾片区、青禾片区、柳塘片区经验推广。')).toEqual([
      'Region 岚湾片区',
      'Park 青禾片区',
      'Park 柳塘片区',
    ]);
    expect(kinds('岚湾片区、青禾片区加快建设。')).toEqual(['Region 岚湾片区', 'Region 青禾片区']);
  });
  it('reads a village, a community and a sub-district back from their suffix', () => {
    expect(names('随后来到青禾镇柳塘村考察。')).toEqual(['柳塘村']);
    expect(names('他走进金桂园社区，察看便民服务。')).toEqual(['金桂园社区']);
    expect(names('加快推进岚湾片区整合资源。')).toEqual(['岚湾片区']);
  });
  it('names a place written right after the one holding it from there, over a numeral or direction word', () => {
    expect(names('来到睢宁县沙集镇三柳塘村考察。')).toEqual(['三柳塘村']);
    expect(names('来到江阴市上金桂园社区。')).toEqual(['上金桂园社区']);
    // …or over a word that opens common words elsewhere (老, 南 the segmenter may join to the town: 镇南).
    expect(names('睢宁县沙集镇老柳塘村利用扶贫资金，沙集镇南柳塘村发展民宿。')).toEqual(['老柳塘村', '南柳塘村']);
    expect(names('沙集镇下辖柳塘村。')).toEqual(['柳塘村']);
    // …and a village the dictionary knows as a common word, right after its town (某镇|团结村), not elsewhere.
    expect(names('吸引了沙集镇团结村群众前来就诊。')).toEqual(['团结村']);
    expect(names('建设民族团结村寨。')).toEqual([]);
    expect(names('周明远沿着小道步入社区，察看社区环境。')).toEqual([]);
    expect(names('企业落户社区后，当地社区居民受益。')).toEqual([]);
    expect(names('滨江区青禾街柳塘村开展改造。')).toEqual(['柳塘村']);
  });
  it('names a village that opens its clause by every character since, past a word that opens common words', () => {
    expect(names('，后岚子村建设养殖场；塔贝岚子村引进项目。')).toEqual(['后岚子村', '塔贝岚子村']);
    expect(names('，今年岚溪村建设养殖场；目前岚溪村引进项目。')).toEqual(['岚溪村', '岚溪村']);
  });
  it('names a town the dictionary reads as verbs from its county or city, where its posts follow (某市|望牛墩镇|党委书记)', () => {
    expect(names('历任东莞市望石墩镇党委书记、人大主席。')).toEqual(['望石墩镇']);
    // (Without its posts after it, 镇 there may be a common word: 某县正加快|镇|建设.)
    expect(names('东莞市望石墩镇建设加快。')).toEqual([]);
  });
  it('takes no common noun for a place (全村, 城乡社区, 新型农村, 台湾社区)', () => {
    expect(names('全村有贫困户十户，城乡社区治理水平提升。')).toEqual([]);
    expect(names('建设新型农村，服务台湾社区。')).toEqual([]);
    expect(names('发挥台籍社区营造师作用，以柳塘村为抓手。')).toEqual(['柳塘村']);
  });
  it('reads a town the gazetteer lacks only right after its county or city (滨海县青禾镇), never 城镇 or 家乡', () => {
    expect(names('滨海县青禾镇的农户收入增长。')).toEqual(['青禾镇']);
    expect(names('武进区南湖街道启动改造。')).toEqual(['南湖街道']);
    expect(names('青禾镇的农户收入增长，滨海县城镇居民增收，回到家乡。')).toEqual([]);
  });
  it('reads a town the gazetteer lacks listed beside one it knows (青禾镇、孝泉镇), not a verb before one', () => {
    expect(names('旌阳区创建省级高新区，青禾镇、孝泉镇入选百强镇。')).toEqual(['青禾镇']);
    expect(names('孝泉镇、柳元镇扎实推进乡村振兴。')).toEqual(['柳元镇']);
    expect(names('加快新镇、孝泉镇发展。')).not.toContain('加快新镇');
    expect(names('推进城镇、乡镇和孝泉镇建设。')).toEqual([]);
  });
  it('reads a town the gazetteer lacks before its own bodies or posts (某镇党委书记), but no kind of town', () => {
    expect(names('任命王志远为青禾镇党委书记，李秀兰为柳塘乡人民政府乡长。')).toEqual(['青禾镇', '柳塘乡']);
    expect(names('各乡镇党委书记、全镇党委班子和新型城镇人民政府参加。')).toEqual([]);
  });
  it('reads a district the gazetteer lacks after its city (新北市板桥区), not a part of the city (主城区, 园区)', () => {
    expect(names('新北市板桥区的工厂')).toEqual(['板桥区']);
    expect(names('盐城市主城区、苏州市园区、宿迁市市区、常州市高新区')).toEqual([]);
  });
  it('reads a village of two loose characters where a list or clause opens before it (、东占村), not after a verb', () => {
    expect(names('推动斗魁村、东占村海底温泉开发。')).toEqual(['斗魁村', '东占村']);
    expect(names('引导村民以景村融合为方向，搬到社区居住。')).toEqual([]);
  });
  it('ends a village at its own 村 where another 村 opens a word after it (某某村|村财)', () => {
    expect(names('柳山村村财首次突破百万。')).toEqual(['柳山村']);
  });
});
