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

describe('cue lists', () => {
  it('proposes each item of the list a cue verb opens, up to 等 or a comma', () => {
    const texts = ['滨江县引进青禾新材、蓝海生物和华辰智能装备等企业，签约岚湾文旅综合体项目。'];
    const cued = proposeEntities(texts, none).filter((c) => c.proposer === 'cue');
    expect(cued.map((c) => c.name)).toEqual(['青禾新材', '蓝海生物', '华辰智能装备', '岚湾文旅综合体项目']);
    expect(cued[1]!.spans).toEqual([{ sentence: 0, start: 10, end: 14 }]);
    expect(cued[0]!.kinds).toContain('Company');
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
    expect(entityFeatures(hall, 'Project', texts, 1)).toContain('Project|~list-neighbour=Project');
  });
});

describe('rule relations', () => {
  // 滨江县 (a rule Region) opens the sentence; 华辰果蔬合作社 is the rules' Company.
  const texts = ['滨江县华辰果蔬合作社扩大种植。'];
  const report: RecognizedReport = {
    entities: [
      { kind: 'Region', name: '滨江县', aliases: new Set() },
      { kind: 'Company', name: '华辰果蔬合作社', aliases: new Set() },
    ],
    mentions: [
      { entity: 0, sentence: 0, start: 0, end: 3 },
      { entity: 1, sentence: 0, start: 3, end: 10 },
    ],
  };
  const candidates = proposeEntities(texts, report);
  const named = (name: string) => candidates.find((c) => c.name === name && c.proposer === 'head');

  it('tells a proposed span the rule mentions it holds, follows, lies in or crosses', () => {
    expect(named('滨江县华辰果蔬合作社')?.ruleRelations).toEqual(['covered', 'holds:Company', 'opens:Region']);
    expect(named('果蔬合作社')?.ruleRelations).toEqual(['inside']);
    expect(candidates.find((c) => c.proposer === 'rule')?.ruleRelations).toBeUndefined();
  });

  it('gives them as features', () => {
    const span = named('滨江县华辰果蔬合作社')!;
    expect(entityFeatures(span, 'Company', texts, 1)).toEqual(
      expect.arrayContaining(['Company|~rule-rel=opens:Region', 'Company|~rule-rel=covered']),
    );
  });
});

describe('entity features', () => {
  const texts = ['据介绍，华辰果蔬合作社负责人表示。'];
  const coop = proposeEntities(texts, none).find((c) => c.name === '华辰果蔬合作社')!;

  it('describes the name’s edges, its context and its proposer, prefixed with the kind', () => {
    const features = entityFeatures(coop, 'Company', texts, 1);
    expect(features).toEqual(
      expect.arrayContaining([
        'Company|~bias',
        'Company|~by=head',
        'Company|~head=合作社',
        'Company|~e1=社',
        'Company|~e3=合作社',
        'Company|~L1=，',
        'Company|~R1=负',
        'Company|~len=7-9',
      ]),
    );
    expect(features.every((f) => f.startsWith('Company|'))).toBe(true);
    // One character of context each side: two fitted the training reports' phrasing, not the genre's.
    expect(features.some((f) => /\|[LR]2=/.test(f))).toBe(false);
  });

  it('names a common word next to a mention, but only the tag of a name', () => {
    const features = entityFeatures(coop, 'Company', texts, 1);
    expect(features).toContain('Company|~RW=负责人');
    const named = proposeEntities(['苏州华辰果蔬合作社成立。'], none).find((c) => c.name === '华辰果蔬合作社')!;
    const words = entityFeatures(named, 'Company', ['苏州华辰果蔬合作社成立。'], 1).filter((f) => f.includes('W='));
    expect(words).toContain('Company|~LW=<ns>');
    expect(words.some((f) => f.includes('苏州'))).toBe(false);
  });

  it('marks every feature of a proposed candidate and none of a rule entity’s', () => {
    const report: RecognizedReport = {
      entities: [{ kind: 'Company', name: '华辰果蔬合作社', aliases: new Set() }],
      mentions: [{ entity: 0, sentence: 0, start: 4, end: 11 }],
    };
    const candidates = proposeEntities(texts, report);
    const rule = candidates.find((c) => c.proposer === 'rule')!;
    const proposed = candidates.find((c) => c.proposer === 'head')!;
    expect(entityFeatures(rule, 'Company', texts, 1)).toContain('Company|bias');
    expect(entityFeatures(rule, 'Company', texts, 1).some((f) => f.includes('~'))).toBe(false);
    expect(entityFeatures(proposed, 'Company', texts, 1).every((f) => f.startsWith('Company|~'))).toBe(true);
  });

  it('never holds the whole name', () => {
    for (const kind of coop.kinds)
      expect(entityFeatures(coop, kind, texts, 1).some((f) => f.includes(coop.name))).toBe(false);
  });

  it('reads no characters of a person’s name beyond the surname', () => {
    const person = proposeEntities(['副县长周明远调研。'], none).find((c) => c.name === '周明远')!;
    const features = entityFeatures(person, 'Official', ['副县长周明远调研。'], 1);
    expect(features.some((f) => /明|远/.test(f))).toBe(false);
    expect(features).toEqual(expect.arrayContaining(['Official|~surname=1', 'Official|~title=gov']));
  });
});
