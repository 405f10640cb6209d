// Parks and projects a report only counts are kinds of things, not names (names invented).
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { dropCountedNames, isCounted } from '../../../src/extract/entities/counted-names.ts';

const at = (kind: Candidate['kind'], texts: string[], sentence: number, name: string): Candidate => ({
  kind,
  name,
  sentence,
  start: texts[sentence]!.indexOf(name),
  end: texts[sentence]!.indexOf(name) + name.length,
  priority: 7,
});

describe('isCounted', () => {
  it('reads a count before a name, of a level too, or right after it', () => {
    const text = '打造3个数字经济产业园、5个省级特色产业园区，建成现代农业产业园2个。';
    const counted = (name: string) => isCounted(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(counted('数字经济产业园')).toBe(true);
    expect(counted('特色产业园区')).toBe(true);
    expect(counted('现代农业产业园')).toBe(true);
  });
  it('reads no count before a list’s closing 等', () => {
    const text = '青禾产业园、华辰产业园等15个园区建成。';
    expect(isCounted(text, 0, 5)).toBe(false);
  });
});

describe('dropCountedNames', () => {
  it('drops a park every mention of which is counted, keeps one the report also names alone', () => {
    const texts = ['建成3个数字经济产业园。', '华辰产业园2个、青禾产业园开工。', '华辰产业园投产。'];
    const kept = [
      at('Park', texts, 0, '数字经济产业园'),
      at('Park', texts, 1, '华辰产业园'),
      at('Park', texts, 1, '青禾产业园'),
      at('Park', texts, 2, '华辰产业园'),
    ];
    expect(dropCountedNames(kept, texts).map((c) => c.name)).toEqual(['华辰产业园', '青禾产业园', '华辰产业园']);
  });
  it('leaves other kinds alone', () => {
    const texts = ['新增3家青禾科技。'];
    expect(dropCountedNames([at('Company', texts, 0, '青禾科技')], texts)).toHaveLength(1);
  });
});
