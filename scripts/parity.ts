// `npm run eval:parity`: the same facts from a report whatever form it comes in. Every train and dev report of the
// corpus, and every seed, is extracted as it is and again after a rewrite that should change nothing: converted to
// Traditional Chinese with OpenCC (Taiwan and Hong Kong standards, with “” or 「」 quotes), wrapped as Markdown
// with YAML front matter, or dumped as plain text with inline HTML the way a CMS stores it. Entities (kind and name)
// and relations (type and endpoints) are compared after the scorer's normalization; any difference is a bug in the
// reading or normalization stages. The test split is never read.
//
//   npm run eval:parity                      parity per rewrite, rules and model as shipped
//   npm run eval:parity -- --diff            also every difference, per report
//   npm run eval:parity -- --only tw,md      only these rewrites (twp, Taiwan phrases, runs only when named)
//   npm run eval:parity -- --no-model        the rules alone
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { extractReport } from '../src/extract/index.ts';
import { readReport } from '../src/extract/read.ts';
import { toGoldFormat, type GoldFormatReport } from '../src/extract/gold-format.ts';
import { norm } from '../src/eval/score.ts';
import type { ExtractedReport } from '../src/ontology/model.ts';

const args = process.argv.slice(2);
const showDiff = args.includes('--diff');
const noModel = args.includes('--no-model');
const onlyAt = args.indexOf('--only');
/** twp also swaps Taiwan vocabulary (项目 → 專案, 激光 → 雷射): a different text, not a different form, so opt-in. */
const only = new Set(
  onlyAt >= 0
    ? args[onlyAt + 1]!.split(',')
    : ['tw', 'hk', 'tw-quotes', 'hk-quotes', 'tw-big5', 'md', 'cms', 'cms-page'],
);

// ---------------------------------------------------------------------------------------------------------------
// The reports: corpus train and dev, and the seeds.

const splits = JSON.parse(readFileSync('corpus/splits.json', 'utf8')) as Record<string, string[]>;
const files = [
  ...[...(splits.train ?? []), ...(splits.dev ?? [])].map((f) => join('corpus/reports', f)),
  ...['000_6070ca8fc415f084.txt', '001_5f900e3ae6d9e021.txt', '002_48f77da54fc8359d.txt']
    .concat(['003_e2c1cea82aaead61.txt', '004_9102397643b9cae0.txt'])
    .map((f) => join('seeds', f)),
];

// ---------------------------------------------------------------------------------------------------------------
// Rewrites. Each gets the report as read (decoded, HTML pages already reduced to text) and what the plain text
// gives, whose mention offsets say where the names are.

/** A rewrite gives text (extracted as UTF-8 bytes) or bytes in another encoding. */
type Rewrite = (text: string, report: ExtractedReport) => string | Uint8Array;

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toTaiwanPhrases = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const traditionalQuotes = (s: string) => s.replace(/[“”‘’]/g, (q) => QUOTES[q]!);

/** Name spans of the plain extraction, left to right, none overlapping another. */
function nameSpans(report: ExtractedReport): [number, number][] {
  const spans = report.entities
    .flatMap((e) => e.mentions.map((m) => [m.start, m.end] as [number, number]))
    .filter(([a, b]) => b - a >= 2)
    .sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const kept: [number, number][] = [];
  for (const s of spans) if (!kept.length || s[0] >= kept[kept.length - 1]![1]) kept.push(s);
  return kept;
}

/** Wraps the i-th name in one of the given markups, in turn. */
function markNames(text: string, report: ExtractedReport, styles: ((name: string, i: number) => string)[]): string {
  let out = '';
  let last = 0;
  nameSpans(report).forEach(([a, b], i) => {
    out += text.slice(last, a) + styles[i % styles.length]!(text.slice(a, b), i);
    last = b;
  });
  return out + text.slice(last);
}

const half = (name: string) => Math.max(1, Math.floor(name.length / 2));

/** Markdown with YAML front matter: headings, emphasis, links, images, lists, quotes, tables, inline HTML. */
const markdown: Rewrite = (text, report) => {
  const marked = markNames(text, report, [
    (n) => `**${n}**`,
    (n, i) => `[${n}](https://example.com/news/${i}.html)`,
    (n) => `<strong>${n}</strong>`,
    (n) => `*${n}*`,
    (n) => `**${n.slice(0, half(n))}**${n.slice(half(n))}`,
    (n) => `<span style="color:#333">${n.slice(0, half(n))}</span>${n.slice(half(n))}`,
    (n) => `__${n}__`,
    (n, i) => `[${n}][${i}]`,
    (n) => `***${n}***`,
    (n, i) => `[**${n}**](https://example.com/a?id=${i} "${n}")`,
    (n) => `~~${n.slice(0, half(n))}~~${n.slice(half(n))}`,
    (n) => `<font color="red">${n}</font>`,
  ]);
  const lines = marked.split(/\r?\n/);
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  const title =
    report.doc.title ??
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')!
      .trim();
  const out = [
    '---',
    `title: ${JSON.stringify(title)}`,
    'date: 2023-05-06',
    'source: 示例日报',
    'author: [记者甲, 记者乙]',
    'tags: [滨江睢宁工业园, 招商引资, 新能源]',
    'keywords: 华辰科技有限公司, 产业园',
    'categories:',
    '  - 园区动态',
    '---',
    '',
  ];
  let k = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (i === firstLine) {
      out.push(/^#+\s/.test(line.trim()) ? line.trim() : `# ${line.trim()}`, '');
      return;
    }
    k++;
    const body = line.trim();
    if (k % 9 === 3) out.push(`![](https://example.com/images/${k}.jpg)`, '');
    if (k % 9 === 6) out.push(`![图${k}](https://example.com/images/${k}.jpg "图${k}")`, '');
    if (k % 11 === 5) out.push('## 小标题', '');
    if (k % 6 === 1) out.push(`> ${body}`, '');
    else if (k % 6 === 2) out.push(`- ${body}`, '');
    else if (k % 6 === 4) out.push(`&nbsp;&nbsp;${body}<br>`, '');
    else if (k % 13 === 7) out.push('| 内容 |', '| --- |', `| ${body} |`, '');
    else out.push(body, '');
  });
  out.push('---', '', '*（本文图片来自网络）*', '');
  nameSpans(report).forEach((_, i) => out.push(`[${i}]: https://example.com/ref/${i}.html`));
  return out.join('\n');
};

/** Plain text with inline HTML, as a CMS stores it: the headline plain, then paragraphs in <p> with markup. */
const cms: Rewrite = (text, report) => {
  const marked = markNames(text, report, [
    (n) => `<strong>${n}</strong>`,
    (n) => `<font color="#ff0000">${n}</font>`,
    (n) => `<span>${n.slice(0, half(n))}</span><span>${n.slice(half(n))}</span>`,
    (n) => `<b>${n}</b>`,
    (n, i) => `<a href="/news/${i}.html" target="_blank">${n}</a>`,
  ]).replace(/[“”]/g, (q) => (q === '“' ? '&ldquo;' : '&rdquo;'));
  const lines = marked.split(/\r?\n/).filter((l) => l.trim() !== '');
  const out: string[] = [lines[0]!.trim()];
  let paragraph = '';
  lines.slice(1).forEach((line, k) => {
    const body = line.trim();
    if (k % 4 === 0) paragraph += `<p style="text-indent:2em;">&nbsp;&nbsp;&nbsp;&nbsp;${body}</p>`;
    else if (k % 4 === 1) paragraph += `<p>${body}<br /></p>`;
    else if (k % 4 === 2) paragraph += `${body}<br>`;
    else paragraph += `<p><span style="font-size:16px;">${body}</span></p>`;
    if (k % 3 === 2) {
      out.push(paragraph);
      paragraph = '';
    }
  });
  if (paragraph) out.push(paragraph);
  return out.join('\n');
};

/** The CMS dump as an HTML fragment (it starts with a tag): the read stage's HTML path instead of normalize's. */
const cmsPage: Rewrite = (text, report) =>
  `<div class="content">\n<h1>${cms(text, report) as string}`.replace('\n', '</h1>\n');

const REWRITES: Record<string, Rewrite> = {
  tw: (t) => toTaiwan(t),
  twp: (t) => toTaiwanPhrases(t),
  hk: (t) => toHongKong(t),
  'tw-quotes': (t) => traditionalQuotes(toTaiwan(t)),
  'hk-quotes': (t) => traditionalQuotes(toHongKong(t)),
  md: markdown,
  cms,
  'cms-page': cmsPage,
  // Big5 has no no-break space or bullet: a Big5 page writes a space and ‧ there (iconv would write '?').
  'tw-big5': (t) =>
    iconv.encode(
      toTaiwan(t)
        .replace(/\u00a0/g, ' ')
        .replace(/•/g, '‧'),
      'big5',
    ),
};

// ---------------------------------------------------------------------------------------------------------------
// Comparison.

function keys(report: GoldFormatReport): { entities: Set<string>; relations: Set<string> } {
  return {
    entities: new Set(report.entities.map((e) => `${e.kind} ${norm(e.name)}`)),
    relations: new Set(report.relations.map((r) => `${r.type} ${norm(r.from)} → ${norm(r.to)}`)),
  };
}

interface Tally {
  same: number;
  lost: number;
  added: number;
}
const tally = (): Tally => ({ same: 0, lost: 0, added: 0 });

function compare(a: Set<string>, b: Set<string>, t: Tally, diff: string[]) {
  for (const k of a) {
    if (b.has(k)) t.same++;
    else {
      t.lost++;
      diff.push(`  - ${k}`);
    }
  }
  for (const k of b) {
    if (!a.has(k)) {
      t.added++;
      diff.push(`  + ${k}`);
    }
  }
}

/** Extracted from bytes, as `kg extract` reads a file: the read stage (decoding, HTML pages) included. */
const extract = (name: string, text: string | Uint8Array) =>
  extractReport({
    name,
    bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
    ...(noModel ? { model: null } : {}),
  });

/** `--dump NAME REWRITE`: print the two normalized texts of one report for a diff, and stop. */
const dumpAt = args.indexOf('--dump');
if (dumpAt >= 0) {
  const [name, rewrite] = [args[dumpAt + 1]!, args[dumpAt + 2]!];
  const file = files.find((f) => basename(f) === name)!;
  const text = readReport(readFileSync(file), name);
  const { writeFileSync } = await import('node:fs');
  const { prepareReport } = await import('../src/extract/index.ts');
  const bytes = (t: string | Uint8Array) => (typeof t === 'string' ? Buffer.from(t, 'utf8') : t);
  const sentences = (t: string | Uint8Array) =>
    prepareReport({ name, bytes: bytes(t) })
      .sentences.map((s) => s.text)
      .join('\n');
  const other = REWRITES[rewrite]!(text, extract(name, text));
  writeFileSync('/tmp/parity-a.txt', sentences(text));
  writeFileSync('/tmp/parity-b.txt', sentences(other));
  writeFileSync('/tmp/parity-src.txt', bytes(other));
  process.exit(0);
}

const names = Object.keys(REWRITES).filter((n) => only.has(n));
const results = new Map(names.map((n) => [n, { entities: tally(), relations: tally(), identical: 0 }]));
for (const file of files) {
  const name = basename(file);
  const text = readReport(readFileSync(file), name);
  const plain = extract(name, text);
  const base = keys(toGoldFormat(plain));
  for (const rewrite of names) {
    const r = results.get(rewrite)!;
    const other = keys(toGoldFormat(extract(name, REWRITES[rewrite]!(text, plain))));
    const diff: string[] = [];
    compare(base.entities, other.entities, r.entities, diff);
    compare(base.relations, other.relations, r.relations, diff);
    if (diff.length === 0) r.identical++;
    else if (showDiff) console.log(`${rewrite} ${name}\n${diff.join('\n')}`);
  }
}

const rate = (t: Tally) => (t.same + t.lost + t.added ? t.same / (t.same + t.lost + t.added) : 1);
const row = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(22) : c.padEnd(12))).join('');
console.log(row(['rewrite', 'entities same/-/+', 'relations same/-/+', 'identical reports']));
for (const [rewrite, r] of results) {
  const cell = (t: Tally) => `${rate(t).toFixed(3)} ${t.same}/${t.lost}/${t.added}`;
  console.log(row([rewrite, cell(r.entities), cell(r.relations), `${r.identical}/${files.length}`]));
}
