// The people and posts the rules alone (no model deciding) read from one invented sentence, for the tests of
// people/'s steps (every name invented).
import { extractReport } from '../../../../src/extract/index.ts';

export function extract(text: string) {
  const report = extractReport({ name: 't.txt', text, model: null });
  const name = (id: string) => report.entities.find((e) => e.id === id)!.name;
  return {
    people: report.entities
      .filter((e) => e.kind === 'Official' || e.kind === 'Person')
      .map((e) => `${e.kind} ${e.name}`)
      .sort(),
    posts: report.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${name(r.from)} -> ${name(r.to)}`)
      .sort(),
  };
}
