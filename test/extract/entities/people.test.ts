// The people steps run together (people.ts): what the whole pass keeps.
import { describe, expect, it } from 'vitest';
import { recognizePeople } from '../../../src/extract/entities/people.ts';

const people = (text: string) => recognizePeople(text, 0).map((c) => c.name);

describe('recognizePeople', () => {
  it('reads no one kept anonymous by a surname and a courtesy title (王女士, 李先生)', () => {
    expect(people('今年8月，陈女士说，这条线路很方便。李先生表示非常满意。')).toEqual([]);
    // …but a given name that opens with such a word is a name (王先锋).
    expect(people('董事长王先锋表示，公司将扩大投资。')).toEqual(['王先锋']);
  });
});
