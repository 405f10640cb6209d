// A roster's rows of names under a role (成员：王某  李某  张某), as the rules read them (every name invented).
import { describe, expect, it } from 'vitest';
import { rosterNames } from '../../../../src/extract/entities/people/rosters.ts';
import { extract } from './extract.ts';

const names = (text: string) => rosterNames(text, 0).map((c) => `${c.titled} ${c.name}`);

describe('the names of a roster’s rows', () => {
  it('reads the names a role’s row lists, set apart by spaces or 、, with 同志 or not', () => {
    expect(names('成员：郑海涛　冯丽　何建军')).toEqual(['government 郑海涛', 'government 冯丽', 'government 何建军']);
    expect(names('成　员：刘洋同志、陈杰同志、杨帆同志')).toEqual([
      'government 刘洋',
      'government 陈杰',
      'government 杨帆',
    ]);
    expect(names('二、组长：黄志明')).toEqual(['government 黄志明']);
  });
  it('leaves a row of one name and its posts to the rules of posts, and reads nothing else after a colon', () => {
    expect(names('组　长：许文军　　市委书记')).toEqual([]);
    expect(names('联系人：许文军　冯丽')).toEqual([]);
    expect(names('成员：市发改委、市财政局、市商务局')).toEqual([]);
  });
  it('makes the names officials of the report', () => {
    expect(extract('关于成立临朐县创卫工作领导小组的通知\n成员：郑海涛　冯丽　何建军').people).toEqual([
      'Official 何建军',
      'Official 冯丽',
      'Official 郑海涛',
    ]);
  });
});
