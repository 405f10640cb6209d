// Where a suffix name's head starts when the walk over words is not the whole story (every name invented).
import { describe, expect, it } from 'vitest';
import { afterLastStopWord } from '../../../src/extract/entities/name-starts.ts';

describe('the last word that introduces names inside a head', () => {
  it('starts the head after a verb that is a word of its own (园区获批|…)', () => {
    const text = '滨江园区获批华辰物流园';
    const suffix = text.indexOf('物流园');
    expect(text.slice(afterLastStopWord(text, 0, suffix), suffix)).toBe('华辰');
  });
  it('takes no such verb from inside another word (服务 of 服务业)', () => {
    const text = '滨江现代服务业集聚区';
    expect(afterLastStopWord(text, 0, text.indexOf('集聚区'))).toBe(0);
  });
  it('reads a verb inside a noun as no verb (城乡|规划, 火炬|计划), but one after an adverb the word holds (大力|发展)', () => {
    const plan = '青禾市城乡规划设计研究院';
    expect(afterLastStopWord(plan, 0, plan.indexOf('研究院'))).toBe(0);
    const park = '大力发展集产业园';
    expect(park.slice(afterLastStopWord(park, 0, park.indexOf('产业园')))).toBe('集产业园');
  });
});
