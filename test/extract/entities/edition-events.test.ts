// Events named with their edition, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recognizeEditionEvents } from '../../../src/extract/entities/edition-events.ts';

const events = (text: string) => recognizeEditionEvents(text, 0).map((c) => c.name);

describe('recognizeEditionEvents', () => {
  it('reads an event its edition opens, whatever its head (第五届某某大会, 首届某某节)', () => {
    expect(events('第五届青禾草原酸奶大会2日在滨海县举行。')).toEqual(['第五届青禾草原酸奶大会']);
    expect(events('首届华辰跳伞节在滨海县开幕。')).toEqual(['首届华辰跳伞节']);
  });
  it('takes the place or year written before the edition into the name', () => {
    expect(events('滨州市第三届文化产业博览会在滨海县开幕。')).toEqual(['滨州市第三届文化产业博览会']);
    expect(events('2023年第八届青禾火把节工业产业招商引资推介会召开。')).toEqual([
      '2023年第八届青禾火把节工业产业招商引资推介会',
    ]);
  });
  it('reads two events joined by 暨 when each has its edition, one when only the first has', () => {
    expect(events('滨州市第三届文化产业博览会暨首届华辰跳伞节开幕。')).toEqual([
      '滨州市第三届文化产业博览会',
      '首届华辰跳伞节',
    ]);
    expect(events('第十届青禾国际飞行大会暨青禾国际航空产业发展大会开幕。')).toEqual([
      '第十届青禾国际飞行大会暨青禾国际航空产业发展大会',
    ]);
  });
  it('reads no body elected for a term, and no event the text only mentions', () => {
    expect(events('第十四届全国人民代表大会第一次会议开幕。')).toEqual([]);
    expect(events('该企业曾获第五届青禾创新创业大赛一等奖。')).toEqual([]);
    expect(events('他参与筹办第三届青禾论坛、青禾交流会等交流活动。')).toEqual([]);
  });
  it('ends no name at the 展 of 发展 or the 节 of 环节', () => {
    expect(events('第二届青禾人才高质量发展大会在滨海县举行。')).toEqual(['第二届青禾人才高质量发展大会']);
    expect(events('第三届青禾节能环节论坛在滨海县举行。')).toEqual(['第三届青禾节能环节论坛']);
  });
});
