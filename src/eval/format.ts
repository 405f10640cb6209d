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

/** Columns a terminal gives the text: CJK characters take two. */
const displayWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
const padDisplay = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** One row per group (a genre, a province, a split): its report count and entity and relation P/R/F1. */
export function formatGroups(title: string, groups: [name: string, docs: number, result: ScoreResult][]): string {
  const prf = (t: ScoreTable) => {
    const all = t.all ?? { precision: 0, recall: 0, f1: 0 };
    return `${num(all.precision)} ${num(all.recall)} ${num(all.f1)}`;
  };
  const width = Math.max(14, ...groups.map(([name]) => displayWidth(name)));
  return [
    `${padDisplay(title, width + 2)} docs   entities P / R / F1   relations P / R / F1`,
    ...groups.map(
      ([name, docs, r]) =>
        `  ${padDisplay(name, width)} ${String(docs).padStart(4)}   ${prf(r.entities)}   ${prf(r.relations)}`,
    ),
  ].join('\n');
}
