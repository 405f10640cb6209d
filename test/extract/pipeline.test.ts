import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';

describe('extractReport', () => {
  it('gives a report the same id for the same text', () => {
    const a = extractReport({ name: 'a.txt', text: '宿城经济开发区位于宿城区。' });
    const b = extractReport({ name: 'b.txt', text: '宿城经济开发区位于宿城区。' });
    expect(a.doc.id).toBe(b.doc.id);
    expect(a.doc.name).toBe('a.txt');
  });
});
