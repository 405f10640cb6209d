// The baseline peer of the extraction benchmark: entities from jieba part-of-speech tags alone, no rules.
// nr → Person, ns → Region, nt → Organization; no relations. A yardstick for the pipeline, not product code.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js'; // no exports map: subpaths need the file's own name
import type { GoldDoc, GoldEntity } from '../src/eval/score.ts';

const KIND_OF_TAG: Record<string, string> = { nr: 'Person', ns: 'Region', nt: 'Organization' };

const jieba = Jieba.withDict(dict);
const utf8 = new TextDecoder('utf-8');

/** One report's bytes (UTF-8, as the seeds are) → its entities in the gold format, each name once per kind. */
export function jiebaBaseline(name: string, bytes: Uint8Array): GoldDoc {
  const entities = new Map<string, GoldEntity>();
  for (const { word, tag } of jieba.tag(utf8.decode(bytes), true)) {
    const kind = KIND_OF_TAG[tag];
    if (kind && !entities.has(`${kind}:${word}`)) entities.set(`${kind}:${word}`, { kind, name: word, aliases: [] });
  }
  return { doc: name, entities: [...entities.values()], relations: [] };
}
