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
