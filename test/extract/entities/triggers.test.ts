// The trigger filter skips a recognizer only where it could find nothing: checked on the filter's own rules with
// invented recognizers, and on every sentence of the corpus's train and dev reports and the seeds, where each
// recognizer that declares triggers is run unfiltered and must find nothing in a sentence the filter would skip.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/eval/corpus.ts';
import { prepareReport } from '../../../src/extract/index.ts';
import { RECOGNIZERS, recognizeSentence } from '../../../src/extract/entities/recognizers.ts';
import { TriggerError, TriggerFilter } from '../../../src/extract/entities/triggers.ts';

const root = join(import.meta.dirname, '../../..');

describe('TriggerFilter', () => {
  const filter = new TriggerFilter([
    { name: 'always' },
    { name: 'centres', triggers: ['中心'] },
    { name: 'institutes', triggers: ['研究中心', '研究院'] },
    { name: 'lists', triggers: ['、'] },
  ]);

  it('wakes every recognizer one of whose words the sentence holds, overlapping words too', () => {
    expect([...filter.needed('华辰研究中心成立。')]).toEqual([1, 1, 1, 0]);
    expect([...filter.needed('滨江研究院、华辰中心')]).toEqual([1, 1, 1, 1]);
    expect([...filter.needed('今天天气很好。')]).toEqual([1, 0, 0, 0]);
    expect([...filter.needed('')]).toEqual([1, 0, 0, 0]);
  });

  it('refuses an empty list of words or an empty word, naming the recognizer', () => {
    expect(() => new TriggerFilter([{ name: 'parks', triggers: [] }])).toThrow(TriggerError);
    expect(() => new TriggerFilter([{ name: 'parks', triggers: [] }])).toThrow(/recognizer parks: .*empty list/);
    expect(() => new TriggerFilter([{ name: 'parks', triggers: ['园区', ''] }])).toThrow(/parks: .*empty trigger/);
  });
});

/** Invented sentences each recognizer finds something in (context companies find nothing in the corpus's). */
const INVENTED = [
  '滨江区委书记周明远说，华辰科技有限公司落户滨江睢宁工业园，建成云栖孵化器。',
  '华辰精工、睿达新材料等项目签约，围绕智能传感、储能两大主导产业，深化杭州绍兴山海协作。',
  '滨江区商务局、滨江区科技局等单位参加，经验被《滨江观察》杂志刊发。',
  '落实国务院和省委部署，青石村大力发展石斛产业。',
  '龙头企业华辰股份投资建设生产基地。',
  '华辰智能创始人介绍了新品。',
  '华辰科技有限公司（以下简称“华辰科技”）在滨江高新区投资。',
];

/** Sentences of the seeds and of the corpus's train and dev reports (the test split is read only to score), and
 *  the invented ones. */
function sentences(): string[] {
  const { splitOf } = loadCorpus(join(root, 'corpus/gold'));
  const files = [
    ...readdirSync(join(root, 'seeds')).map((f) => join(root, 'seeds', f)),
    ...readdirSync(join(root, 'corpus/reports'))
      .filter((f) => splitOf.get(f) === 'train' || splitOf.get(f) === 'dev')
      .map((f) => join(root, 'corpus/reports', f)),
  ].filter((f) => /\.(txt|md|html?)$/.test(f));
  const read = (file: string) => prepareReport({ name: file, bytes: readFileSync(file) }).sentences.map((s) => s.text);
  return [...INVENTED, ...files.flatMap(read)];
}

describe('recognizers’ trigger words', () => {
  const texts = sentences();
  const filter = new TriggerFilter(RECOGNIZERS);
  const needed = texts.map((text) => filter.needed(text));

  for (const [i, recognizer] of RECOGNIZERS.entries()) {
    if (!recognizer.triggers) continue;
    it(`${recognizer.name}: finds nothing in a sentence that holds none of its triggers`, () => {
      let skipped = 0;
      let found = 0;
      texts.forEach((text, s) => {
        const candidates = recognizer.recognize(text, s);
        found += candidates.length;
        if (needed[s]![i]) return;
        skipped++;
        expect(
          candidates.map((c) => c.name),
          `${recognizer.name} in ${text}`,
        ).toEqual([]);
      });
      // The check means something only where the recognizer finds names and the filter skips sentences.
      expect(found).toBeGreaterThan(0);
      expect(skipped).toBeGreaterThan(0);
    });
  }

  // (Every recognizer over every train and dev sentence, twice: its time grows with the corpus, not with a change.)
  it('recognizeSentence proposes what every recognizer run unfiltered proposes, in their order', () => {
    texts.forEach((text, s) => {
      expect(recognizeSentence(text, s)).toEqual(RECOGNIZERS.flatMap((r) => r.recognize(text, s)));
    });
  }, 120_000);
});
