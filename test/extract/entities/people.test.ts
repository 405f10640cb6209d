// People and officials as the rules read them (no model deciding), on sentences written for these tests (every
// name invented).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

function extract(text: string) {
  const report = extractReport({ name: 't.txt', text, model: null });
  const name = (id: string) => report.entities.find((e) => e.id === id)!.name;
  return {
    people: report.entities
      .filter((e) => e.kind === 'Official' || e.kind === 'Person')
      .map((e) => `${e.kind} ${e.name}`)
      .sort(),
    posts: report.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${name(r.from)} -> ${name(r.to)}`)
      .sort(),
  };
}

describe('names after post titles', () => {
  it('reads a name after a chain of posts whatever word follows, with each post’s central body', () => {
    const { people, posts } = extract('中共中央总书记、国家主席、中央军委主席钱振远近日在某省考察时强调，要抓好落实。');
    expect(people).toEqual(['Official 钱振远']);
    expect(posts).toEqual(['钱振远 -> 中共中央', '钱振远 -> 中央军委']);
  });
  it('reads a dotted minority name up to the verb after it', () => {
    expect(extract('自治区政府主席艾力·吐尔洪陪同考察。').people).toEqual(['Official 艾力·吐尔洪']);
  });
  it('reads a signature that puts a space between the post and the name', () => {
    expect(extract('平川经济开发区管委会主任 陈晓岚各位代表，同志们：').people).toEqual(['Official 陈晓岚']);
  });
  it('takes no title inside a longer word, and no ordinary word after a title, for a name', () => {
    expect(extract('薛家湾生态园地处长江岸边。').people).toEqual([]);
    expect(extract('群众高呼“总书记辛苦了！”').people).toEqual([]);
  });
});

describe('names after role nouns and in lists', () => {
  it('reads a person after a role noun, but not an ordinary word', () => {
    expect(extract('随后，他走进村民刘德茂家中看望。').people).toEqual(['Person 刘德茂']);
    expect(extract('既能外出打工，又能照顾老人和孩子。').people).toEqual([]);
  });
  it('reads officials from a bare list that accompanies a visit', () => {
    expect(extract('孙立华、周文、郑海明和中央有关部门负责同志陪同考察。').people).toEqual([
      'Official 周文',
      'Official 孙立华',
      'Official 郑海明',
    ]);
  });
  it('takes no list of places for a list of names', () => {
    expect(extract('深入学校、社区、农村和企业等进行调研。').people).toEqual([]);
  });
});

describe('names before 同志', () => {
  it('reads the name before 同志 whatever comes before it, and leaves the post to a title', () => {
    expect(extract('全区广泛开展向林晓峰同志学习活动。').people).toEqual(['Person 林晓峰']);
    expect(extract('会议号召向张桂岚同志学习。').people).toEqual(['Person 张桂岚']);
  });
  it('reads no name from a common word before 同志', () => {
    expect(extract('请全体同志积极参与，基层同志反映，广大同志表示支持。').people).toEqual([]);
  });
  it('makes the one put in charge of a state body’s work an official of that body', () => {
    const { people, posts } = extract('林晓峰同志主持滨江区招商局工作；陈立同志主持华辰科技有限公司工作。');
    expect(people).toEqual(['Official 林晓峰', 'Person 陈立']);
    expect(posts).toEqual(['林晓峰 -> 滨江区招商局', '陈立 -> 华辰科技有限公司']);
  });
});
