// `kg extract --format table`: a report as a readable summary (entities by kind, relations with evidence).
import { ENTITY_KINDS, RELATION_PROPERTY_NAMES, type ReportDoc } from '../ontology/model.ts';
import type { GoldFormatRelation, GoldFormatReport } from '../extract/gold-format.ts';

const WIDTH = 100;

/** Terminal columns of one code point: CJK and full-width forms take two (enough for Chinese reports). */
function columns(codePoint: number): number {
  const wide =
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd);
  return wide ? 2 : 1;
}

const displayWidth = (text: string) => [...text].reduce((n, ch) => n + columns(ch.codePointAt(0)!), 0);

/** Cuts text to at most `width` columns, marking the cut with an ellipsis. */
export function trimToWidth(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let used = 0;
  let out = '';
  for (const ch of flat) {
    const w = columns(ch.codePointAt(0)!);
    if (used + w > width - 1) return `${out}…`;
    used += w;
    out += ch;
  }
  return out;
}

/** Joins items with 、 into lines of at most `width` columns, each line after the first indented by `indent`. */
function wrapList(items: string[], width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line ? `${line}、${item}` : item;
    if (line && displayWidth(next) > width) {
      lines.push(`${line}、`);
      line = item;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

function headline(doc: ReportDoc): string {
  const parts = [doc.title, doc.publishedAt, doc.source, doc.authors.length ? doc.authors.join(' ') : undefined];
  return [doc.name, ...parts.filter((p): p is string => Boolean(p))].join('  ·  ');
}

function relationLine(r: GoldFormatRelation): string {
  const props = RELATION_PROPERTY_NAMES.filter((p) => r[p] !== undefined).map((p) => `${p}=${r[p]}`);
  const head = `  ${r.type.padEnd(15)} ${r.from} → ${r.to}${props.length ? `  {${props.join(', ')}}` : ''}`;
  const evidence = r.evidence[0];
  return evidence ? `${head}\n${' '.repeat(18)}「${trimToWidth(evidence.sentence, WIDTH - 20)}」` : head;
}

export function formatReportTable(doc: ReportDoc, report: GoldFormatReport): string {
  const lines = [headline(doc), `entities (${report.entities.length})`];
  for (const kind of ENTITY_KINDS) {
    const names = report.entities
      .filter((e) => e.kind === kind)
      .map((e) => (e.aliases.length ? `${e.name}(${e.aliases.join('/')})` : e.name));
    if (names.length) {
      const label = `  ${kind.padEnd(13)}${String(names.length).padStart(3)}  `;
      lines.push(label + wrapList(names, WIDTH - label.length, ' '.repeat(label.length)));
    }
  }
  lines.push(`relations (${report.relations.length})`, ...report.relations.map(relationLine));
  return lines.join('\n');
}
