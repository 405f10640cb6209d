// The score table as people read it: the same rows as score.mjs prints, plus property accuracy.
import type { ScoreResult, ScoreTable } from './score.ts';

const num = (x: number) => x.toFixed(3).padStart(6);

function tableLines(title: string, table: ScoreTable): string[] {
  const rows = Object.entries(table).sort(
    ([a], [b]) => Number(a === 'all') - Number(b === 'all') || a.localeCompare(b),
  );
  return [
    `${title.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`,
    ...rows.map(
      ([k, v]) => `  ${k.padEnd(14)} ${num(v.precision)} ${num(v.recall)} ${num(v.f1)}   ${v.tp}/${v.fp}/${v.fn}`,
    ),
  ];
}

export function formatScores(result: ScoreResult, options: { misses?: boolean } = {}): string {
  const lines = [...tableLines('entities', result.entities), ...tableLines('relations', result.relations)];
  const props = Object.entries(result.properties);
  if (props.length) {
    lines.push(`${'properties'.padEnd(16)} ${'acc'.padStart(6)}   right/total`);
    for (const [k, v] of props) lines.push(`  ${k.padEnd(14)} ${num(v.accuracy)}   ${v.right}/${v.total}`);
  }
  if (options.misses) lines.push(...result.misses);
  const f1 = (t: ScoreTable) => (t.all?.f1 ?? 0).toFixed(3);
  lines.push(`entity F1 ${f1(result.entities)}, relation F1 ${f1(result.relations)}`);
  return lines.join('\n');
}
