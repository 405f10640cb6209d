// The media recognizer alone: publications in 《》 named with their kind or a verb of publishing.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { creditedMedium, dropCreditedMedia, recognizeMedia } from '../../../src/extract/entities/media.ts';

describe('recognizeMedia', () => {
  it('reads a publication named with its kind, or one that publishes', () => {
    const found = recognizeMedia('经验被《滨江观察》杂志刊发，《华辰评论》刊登了此文。', 0);
    expect(found.map((c) => [c.name, c.aliases])).toEqual([
      ['滨江观察杂志', ['滨江观察']],
      ['华辰评论', undefined],
    ]);
  });
  it('does not take a book title for a publication', () => {
    expect(recognizeMedia('《春晓》一书出版。', 0)).toEqual([]);
  });
  it('reads no programme or column before 报道, but a paper that reports; no 报 of 报道 as a paper', () => {
    expect(recognizeMedia('央视《滨江联播》报道了这一经验。', 0)).toEqual([]);
    expect(recognizeMedia('《滨江晨报》报道。', 0).map((c) => c.name)).toEqual(['滨江晨报']);
    expect(recognizeMedia('《滨江》报刊发。', 0).map((c) => c.name)).toEqual(['滨江报']);
  });
});

describe('creditedMedium', () => {
  const credited = (text: string, name: string) => {
    const start = text.indexOf(name);
    return creditedMedium(name, text, start, start + name.length);
  };
  it('reads a medium cited as the source, its reporters, its dateline or a headline it gives as a credit', () => {
    expect(credited('来源：滨江日报  |  2023年08月08日', '滨江日报')).toBe(true);
    expect(credited('据滨江日报消息，6月1日，某某开工。', '滨江日报')).toBe(true);
    expect(credited('据滨江新闻网报道，会议召开。', '滨江新闻网')).toBe(true);
    expect(credited('一位业内人士告诉《滨江财经日报》记者，产能过剩。', '滨江财经日报')).toBe(true);
    expect(credited('滨江晚报、滨报全媒体记者 王某', '滨江晚报')).toBe(true);
    expect(credited('滨江日报8月7日讯（全媒体记者 王某）7日，', '滨江日报')).toBe(true);
    expect(credited('滨江新闻网-要闻频道滨江8月10日讯(记者 王某)', '滨江新闻网')).toBe(true);
    expect(credited('滨江日报：某某园区签下10亿元项目 03-23', '滨江日报')).toBe(true);
    expect(credited('新华社南京5月10日电（记者王晨）记者从园区获悉。', '新华社')).toBe(true);
    expect(credited('滨江晚报讯 （记者 王某）记者从某区了解到。', '滨江晚报')).toBe(true);
    expect(credited('本报讯（记者 王某 滨江日报社全媒体记者 李某）', '滨江日报')).toBe(true);
    expect(credited('滨江日报北京8月8日电 记者王某从某公司获悉，', '滨江日报')).toBe(true);
    expect(credited('滨江网（滨江日报网）讯（见习记者 王某）8月17日，', '滨江日报')).toBe(true);
    expect(credited('图为园区湖畔。（新华社记者 李响 摄）', '新华社')).toBe(true);
    expect(credited('共建绿色租赁生态港。《 滨江日报 》（ 2023年08月14日   10 版）', '滨江日报')).toBe(true);
    // …its reporters under its app's name, with or without a dash (某某日报天眼新闻记者, 某某晚报-开屏新闻记者).
    expect(credited('有稳定收益。滨江日报青禾新闻记者 王某编辑 李某', '滨江日报')).toBe(true);
    expect(credited('滨江晚报-青禾新闻记者也参与到骑行活动中。', '滨江晚报')).toBe(true);
  });
  it('reads no credit in a list of media whose reporters came', () => {
    expect(credited('滨江日报、中国网等多家媒体记者参加。', '中国网')).toBe(false);
  });
  it('reads no credit in a medium the report speaks of, nor in a body that is no medium', () => {
    expect(credited('滨江电视台主持人一边讲解，一边同观众互动。', '滨江电视台')).toBe(false);
    expect(credited('受到新华网、滨江日报等各级媒体的关注。', '滨江日报')).toBe(false);
    expect(credited('新华社播发通稿，对新区的经验予以报道。', '新华社')).toBe(false);
    expect(credited('来源：滨江农业合作社', '滨江农业合作社')).toBe(false);
  });
});

describe('dropCreditedMedia', () => {
  const candidate = (name: string, sentence: number, start: number, kind: Candidate['kind'] = 'Organization') =>
    ({ kind, name, sentence, start, end: start + name.length, priority: 0 }) as Candidate;
  it('drops a medium only credited, with the place read inside its name, and keeps one the report names', () => {
    const texts = ['来源：滨江日报', '滨江日报记者王某报道', '青禾日报刊发评论。'];
    const kept = [
      candidate('滨江日报', 0, 3),
      candidate('滨江', 0, 3, 'Region'),
      candidate('滨江日报', 1, 0),
      candidate('青禾日报', 2, 0),
    ];
    expect(dropCreditedMedia(kept, texts).map((c) => `${c.kind} ${c.name}`)).toEqual(['Organization 青禾日报']);
  });
});

describe('bodies named only by their website', () => {
  const candidate = (name: string, sentence: number, start: number) =>
    ({ kind: 'Organization', name, sentence, start, end: start + name.length, priority: 0 }) as Candidate;
  it('drops a body every mention of which names its website (据某委网站消息), and keeps one named for itself', () => {
    const texts = ['据滨江区纪委监委网站消息，王某接受审查。', '青禾县人民政府网讯', '青禾县人民政府召开会议。'];
    const kept = [
      candidate('滨江区纪委监委', 0, 1),
      candidate('青禾县人民政府', 1, 0),
      candidate('青禾县人民政府', 2, 0),
    ];
    expect(dropCreditedMedia(kept, texts).map((c) => `${c.sentence} ${c.name}`)).toEqual([
      '1 青禾县人民政府',
      '2 青禾县人民政府',
    ]);
  });
  it('keeps a body whose own site or account the report reads (某市政府官网介绍, 某局微信公众号发布)', () => {
    const texts = ['据滨江区人民政府官网介绍，该区地处江南。'];
    expect(dropCreditedMedia([candidate('滨江区人民政府', 0, 1)], texts)).toHaveLength(1);
  });
});
