// People whose every post is outside the state: Persons, whatever their titles' heads (ONTOLOGY.md).
import { describe, expect, it } from 'vitest';
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';

const people = (text: string) =>
  toGoldFormat(extractReport({ name: 't.txt', text, model: null }))
    .entities.filter((e) => e.kind === 'Official' || e.kind === 'Person')
    .map((e) => [e.name, e.kind]);

describe('peopleOutsideTheState', () => {
  it('makes Persons of people whose posts are all in companies, schools or associations', () => {
    // (工会主席 of a company reads as a government post until its body is known.)
    expect(people('华辰集团党委副书记、工会主席张明远，青禾大学副校长李国华出席。')).toEqual([
      ['张明远', 'Person'],
      ['李国华', 'Person'],
    ]);
  });
  it('keeps an official who also holds a post in a state organ', () => {
    expect(people('湖州市副市长、华辰集团董事长钱文博出席。')).toEqual([['钱文博', 'Official']]);
  });
  it('keeps an official of a people’s body’s Party group, but not a businessman on its board', () => {
    expect(people('湖州市科协党组书记、主席王宏亮，湖州市侨联副主席、青石实业集团董事长赵立新出席。')).toEqual([
      ['王宏亮', 'Official'],
      ['赵立新', 'Person'],
    ]);
  });
});
