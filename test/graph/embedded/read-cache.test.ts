import { describe, expect, it } from 'vitest';
import type { RelationRecord } from '../../../src/graph/embedded/records.ts';
import { ReadCache } from '../../../src/graph/embedded/read-cache.ts';

const entity = (id: string) => ({ id, kind: 'Park' as const, name: id, aliases: [] });
const record = (from: string, to: string): RelationRecord => ({
  from,
  type: 'PART_OF',
  to,
  evidence: [{ reportId: 'r', sentence: 0 }],
  claims: [],
});

describe('read cache', () => {
  it('keeps what was read until a write forgets it', () => {
    const cache = new ReadCache();
    cache.fillEntity(cache.ticket(), entity('Park:a'));
    cache.fillRelations(cache.ticket(), 'Park:a', { out: [record('Park:a', 'Park:b')], in: [] });
    cache.fillSentences(cache.ticket(), 'r', new Map([[0, { index: 0, start: 0, end: 1, text: '句' }]]));
    expect(cache.entity('Park:a')?.id).toBe('Park:a');
    expect(cache.relationsOf('Park:a')?.out).toHaveLength(1);

    cache.forget({ entities: ['Park:a'] });
    expect(cache.entity('Park:a')).toBeUndefined();
    expect(cache.relationsOf('Park:a')).toBeUndefined();
    expect(cache.sentencesOf('r')?.get(0)?.text).toBe('句');
    cache.forget({ reports: ['r'] });
    expect(cache.sentencesOf('r')).toBeUndefined();
  });

  it('forgets every route at any write: a new relation anywhere may shorten one', () => {
    const cache = new ReadCache();
    cache.fillRoute(cache.ticket(), 'Park:a|Park:b|4', 'none');
    expect(cache.route('Park:a|Park:b|4')).toBe('none');
    cache.forget({ entities: ['Park:c'] });
    expect(cache.route('Park:a|Park:b|4')).toBeUndefined();
  });

  it('drops a fill read before a write ended, since it may hold the older state', () => {
    const cache = new ReadCache();
    const before = cache.ticket();
    cache.forget({ entities: ['Park:b'] });
    cache.fillEntity(before, entity('Park:a'));
    cache.fillRelations(before, 'Park:a', { out: [], in: [] });
    expect(cache.entity('Park:a')).toBeUndefined();
    expect(cache.relationsOf('Park:a')).toBeUndefined();
    cache.fillEntity(cache.ticket(), entity('Park:a'));
    expect(cache.entity('Park:a')).toEqual(entity('Park:a'));
    cache.clear();
    expect(cache.entity('Park:a')).toBeUndefined();
  });

  it('weighs an entity by its relations, so hubs cannot grow it past its limit', () => {
    const cache = new ReadCache({ entities: 10, relations: 100, sentences: 10, routes: 10 });
    const hub = Array.from({ length: 60 }, (_, i) => record('Park:hub', `Park:${i}`));
    cache.fillRelations(cache.ticket(), 'Park:hub', { out: hub, in: [] });
    cache.fillRelations(cache.ticket(), 'Park:other', { out: hub, in: [] });
    expect(cache.relationsOf('Park:other')).toEqual({ out: hub, in: [] });
    expect(cache.relationsOf('Park:hub')).toBeUndefined();
  });
});
