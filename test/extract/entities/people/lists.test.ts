// Lists of names, as the rules read them (every name invented).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('bare lists of names', () => {
  it('reads a list of scholars closed by their count (某某、某某等4位院士)', () => {
    expect(extract('张建国、李晓明等4位院士领衔组建团队。').people).toEqual(['Person 张建国', 'Person 李晓明']);
  });
  it('reads a caption’s list of names as people, not companies', () => {
    expect(extract('图为张建国、李晓明、王立新、赵海等在签约现场。').people).toEqual([
      'Person 张建国',
      'Person 李晓明',
      'Person 王立新',
      'Person 赵海',
    ]);
    expect(extract('张建国、李晓明、王立新、赵海（从左至右）在签约仪式上合影。').people).toHaveLength(4);
  });
  it('reads a name padded to three characters’ width in a list as its two characters', () => {
    expect(extract('出席签约仪式的有张建国、李　明、王立新。').people).toEqual([
      'Official 张建国',
      'Official 李明',
      'Official 王立新',
    ]);
    expect(extract('图为欧阳立新、长孙明在签约现场。').people).toEqual(['Person 欧阳立新', 'Person 长孙明']);
  });
  it('reads those a list says attend as officials, and keeps the title another rule gives a name', () => {
    expect(extract('出席签约仪式的有张建国、李晓明、王立新、赵海。').people).toEqual([
      'Official 张建国',
      'Official 李晓明',
      'Official 王立新',
      'Official 赵海',
    ]);
    expect(extract('市领导张建国、李晓明、王立新在签约现场合影。').people).toEqual([
      'Official 张建国',
      'Official 李晓明',
      'Official 王立新',
    ]);
  });
  it('reads the names an inspection closes with as officials (…、…参加调研), not those at an activity', () => {
    expect(extract('市委书记王立新到园区调研。张建国、李晓明参加调研。').people).toEqual([
      'Official 张建国',
      'Official 李晓明',
      'Official 王立新',
    ]);
    expect(extract('村民张建国、李晓明参加活动。').people).toEqual(['Person 张建国', 'Person 李晓明']);
  });
  it('reads a list said or introduced to be of officials as officials (…官员为：, …等官员)', () => {
    expect(extract('被宣布查处的5名省部级官员为：张建国、李晓明、王立新、赵海、孙志强。').people.sort()).toEqual(
      ['Official 张建国', 'Official 李晓明', 'Official 王立新', 'Official 赵海', 'Official 孙志强'].sort(),
    );
    expect(extract('其他落马的官员还有张建国、李晓明、王立新等。').people).toHaveLength(3);
    expect(extract('其他落马的官员还有张建国、李晓明、王立新等。').people.every((p) => p.startsWith('Official'))).toBe(
      true,
    );
    expect(extract('会后，张建国、李晓明、王立新等官员参观了展厅。').people[0]).toBe('Official 张建国');
  });
  it('reads a list a place’s leaders open (省领导…, 县市区主要领导…) or that closes with 参加会议 or 等参加考察 as officials', () => {
    expect(extract('会议强调要建设好新城。省领导张建国、李晓明、王立新、赵海峰参加会议。').people).toEqual([
      'Official 张建国',
      'Official 李晓明',
      'Official 王立新',
      'Official 赵海峰',
    ]);
    expect(extract('代表团到园区参观。县市区主要领导张建国、李晓明、王立新等参加考察。').people).toEqual([
      'Official 张建国',
      'Official 李晓明',
      'Official 王立新',
    ]);
    // A firm's leaders are no officials.
    expect(extract('集团领导张建国、李晓明、王立新为员工颁奖。').people).not.toContain('Official 王立新');
  });
  it('reads a list introduced as officials whole though an item’s surname is in no table (令某某)', () => {
    const people = extract('被查处的6名省部级官员为：张建国、李晓明、令志强、王立新、赵海、孙志强。').people;
    expect(people).toContain('Official 令志强');
    expect(people).toHaveLength(6);
    // …but not a list that is not introduced so, nor one with many such items.
    expect(extract('张建国、李晓明、令志强、王立新、赵海、孙志强等出席。').people).not.toContain('Official 令志强');
    expect(extract('官员为：张建国、令志强、令晓明、王立新。').people).toEqual([]);
  });
  it('takes a post elsewhere over the list of officials that names a person (a company head listed among them)', () => {
    const text = '被查处的5名省部级官员为：张建国、李晓明、王立新、赵海、孙志强。孙志强曾任华辰集团有限公司董事长。';
    expect(extract(text).people).toContain('Person 孙志强');
    expect(extract(text).people).toContain('Official 赵海');
  });
  it('takes no list of two names outside a caption, and no list of places or words', () => {
    expect(extract('张建国、李晓明在项目现场察看。').people).toEqual([]);
    expect(extract('深入学校、社区、农村和企业等进行调研。').people).toEqual([]);
  });
  it('takes no list whose items all open or all end with one character outside a caption: words of one family (艾草、艾绒)', () => {
    expect(extract('从传统的艾草、艾绒、艾柱，到艾灸贴，产品琳琅满目。').people).toEqual([]);
    // …or all end with one (高端化、高新化、智能化).
    expect(extract('形成以青禾园为载体的高端化、高新化、智能化的新兴产业集群。').people).toEqual([]);
    expect(extract('图为王建国、王晓明、王立新在签约现场。').people).toHaveLength(3);
  });
  it('reads a name before 赴 without the verb', () => {
    expect(extract('南充市委常委、组织部部长梁红赴青川县督导。').people).toEqual(['Official 梁红']);
  });
});

describe('lists of those present', () => {
  it('reads two names a sentence says attend, after a colon, as officials', () => {
    expect(extract('出席会议的领导有：张立新、刘华。').people).toEqual(['Official 刘华', 'Official 张立新']);
  });
});

describe('compound surnames in lists', () => {
  it('reads a list’s first name whole when its surname is compound', () => {
    expect(extract('欧阳立新、司马华、上官明等市领导出席。').people).toEqual([
      'Official 上官明',
      'Official 司马华',
      'Official 欧阳立新',
    ]);
  });
});
