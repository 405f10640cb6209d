import { describe, expect, it } from 'vitest';
import { parseSources, parseSplits } from '../../src/eval/corpus.ts';
import { UserError } from '../../src/errors.ts';

describe('parseSplits', () => {
  it('maps each report to its split', () => {
    const splitOf = parseSplits({ train: ['a.txt'], dev: ['b.txt'], test: ['c.html', 'd.md'] }, 'splits.json');
    expect([...splitOf]).toEqual([
      ['a.txt', 'train'],
      ['b.txt', 'dev'],
      ['c.html', 'test'],
      ['d.md', 'test'],
    ]);
  });

  it.each([
    [[], 'expected an object'],
    [{ valid: ['a.txt'] }, 'unknown split "valid"'],
    [{ train: 'a.txt' }, '"train" must be a list'],
    [{ train: ['a.txt'], test: ['a.txt'] }, 'a.txt is in both "train" and "test"'],
  ])('names the file and the problem: %j', (value, message) => {
    expect(() => parseSplits(value, 'corpus/splits.json')).toThrow(UserError);
    expect(() => parseSplits(value, 'corpus/splits.json')).toThrow(`corpus/splits.json: ${message}`);
  });
});

describe('parseSources', () => {
  const source = { id: 'a', file: 'a.txt', repo: 'o/r', path: 'p.txt', province: '江苏', genre: 'local-news' };
  it('keys sources by report file', () => {
    expect(parseSources([source], 's.json').get('a.txt')?.province).toBe('江苏');
  });
  it('rejects an entry without its province or genre, and a file listed twice', () => {
    expect(() => parseSources([{ ...source, genre: '' }], 's.json')).toThrow('s.json: entry 1 has no genre');
    expect(() => parseSources([source, source], 's.json')).toThrow('s.json: a.txt is listed twice');
    expect(() => parseSources({}, 's.json')).toThrow('expected a list');
  });
});
