// Entity candidates and their features, on invented sentences.
import { describe, expect, it } from 'vitest';
import type { RecognizedReport } from '../../../src/extract/entities/index.ts';
import { proposeEntities } from '../../../src/extract/learn/entity-candidates.ts';
import { entityFeatures } from '../../../src/extract/learn/entity-features.ts';

const none: RecognizedReport = { entities: [], mentions: [] };

describe('entity candidates', () => {
  it('proposes spans ending in a generic head, one per word start, with the head’s kinds', () => {
    const texts = ['滨江县华辰果蔬合作社扩大种植面积。'];
    const names = proposeEntities(texts, none).filter((c) => c.proposer === 'head');
    const coop = names.find((c) => c.name === '华辰果蔬合作社');
    expect(coop?.kinds).toContain('Company');
    expect(coop?.spans).toEqual([{ sentence: 0, start: 3, end: 10 }]);
    expect(names.map((c) => c.name)).toContain('果蔬合作社');
    // No span crosses punctuation.
    expect(names.every((c) => !c.name.includes('。'))).toBe(true);
  });

  it('proposes a titled person and a name followed by a role', () => {
    const texts = ['副县长周明远调研。', '王立新院士出席。'];
    const people = proposeEntities(texts, none).filter((c) => c.proposer === 'person');
    expect(people.map((c) => c.name)).toEqual(expect.arrayContaining(['周明远', '王立新']));
    expect(people[0]!.kinds).toEqual(['Person', 'Official']);
  });

  it('leaves names the rules have to the rules, and offers a rule entity its other kinds', () => {
    const report: RecognizedReport = {
      entities: [{ kind: 'Person', name: '周明远', aliases: new Set() }],
      mentions: [{ entity: 0, sentence: 0, start: 3, end: 6 }],
    };
    const candidates = proposeEntities(['副县长周明远调研。'], report);
    expect(candidates.filter((c) => c.name === '周明远')).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ proposer: 'rule', ruleKind: 'Person', kinds: ['Person', 'Official'] });
  });
});

describe('list neighbours', () => {
  it('tells a candidate the kinds of the rule entities next to it in a list, and only across a 、', () => {
    const texts = ['建成滨湖音乐馆、华辰岚悦酒店和岚湾码头。'];
    const report: RecognizedReport = {
      entities: [{ kind: 'Project', name: '华辰岚悦酒店', aliases: new Set() }],
      mentions: [{ entity: 0, sentence: 0, start: 8, end: 14 }],
    };
    const candidates = proposeEntities(texts, report);
    expect(candidates.find((c) => c.name === '滨湖音乐馆')?.listNeighbours).toEqual(['Project']);
    expect(candidates.find((c) => c.name === '岚湾码头')?.listNeighbours).toBeUndefined();
    const hall = candidates.find((c) => c.name === '滨湖音乐馆')!;
    expect(entityFeatures(hall, 'Project', texts, 1)).toContain('Project|list-neighbour=Project');
  });
});

describe('entity features', () => {
  const texts = ['据介绍，华辰果蔬合作社负责人表示。'];
  const coop = proposeEntities(texts, none).find((c) => c.name === '华辰果蔬合作社')!;

  it('describes the name’s edges, its context and its proposer, prefixed with the kind', () => {
    const features = entityFeatures(coop, 'Company', texts, 1);
    expect(features).toEqual(
      expect.arrayContaining([
        'Company|bias',
        'Company|by=head',
        'Company|head=合作社',
        'Company|e1=社',
        'Company|e3=合作社',
        'Company|L1=，',
        'Company|R1=负',
        'Company|len=7-9',
      ]),
    );
    expect(features.every((f) => f.startsWith('Company|'))).toBe(true);
    // One character of context each side: two fitted the training reports' phrasing, not the genre's.
    expect(features.some((f) => /\|[LR]2=/.test(f))).toBe(false);
  });

  it('never holds the whole name', () => {
    for (const kind of coop.kinds)
      expect(entityFeatures(coop, kind, texts, 1).some((f) => f.includes(coop.name))).toBe(false);
  });

  it('reads no characters of a person’s name beyond the surname', () => {
    const person = proposeEntities(['副县长周明远调研。'], none).find((c) => c.name === '周明远')!;
    const features = entityFeatures(person, 'Official', ['副县长周明远调研。'], 1);
    expect(features.some((f) => /明|远/.test(f))).toBe(false);
    expect(features).toEqual(expect.arrayContaining(['Official|surname=1', 'Official|title=gov']));
  });
});
