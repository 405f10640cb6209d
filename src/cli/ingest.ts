// `kg ingest [--store embedded|neo4j] FILE|DIR...`: extracts each report file and upserts it, one transaction per
// report, with a progress bar over the files (on a terminal; elsewhere one line per file). A file that cannot be read
// or stored is reported by name and skipped; the others are still ingested, and the exit code is 1.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import cliProgress from 'cli-progress';
import { Option, type Command } from 'commander';
import { extractFile, maxBytesOption, reason } from './report-files.ts';
import { STORE_KINDS, openStore } from '../graph/open.ts';
import type { GraphStore, UpsertResult } from '../graph/store.ts';
import { writeOut } from './output.ts';

/** Files a directory contributes (named files are always taken, whatever their extension). */
const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.htm', '.html', '.xhtml']);

/** Named files as given; directories expanded to their report files, recursively, in name order. */
export function reportFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      // A missing input is reported when it is read, like any other bad file.
    }
    if (isDirectory) walk(input);
    else files.push(input);
  }
  return files;
}

async function ingestFile(store: GraphStore, file: string, maxBytes?: number): Promise<UpsertResult> {
  return store.upsertReport(await extractFile('ingest', file, maxBytes));
}

/** Where progress goes: a bar on a terminal, one line per file elsewhere (logs, CI, pipes). Failures always. */
interface Progress {
  done(count: number, file: string, outcome: UpsertResult['status']): void;
  failed(count: number, file: string, why: string): void;
  stop(): void;
}

function progress(total: number): Progress {
  if (!process.stderr.isTTY) {
    return {
      done: (count, file, outcome) => console.error(`kg ingest: [${count}/${total}] ${file}: ${outcome}`),
      failed: (count, file, why) => console.error(`kg ingest: [${count}/${total}] ${file}: failed: ${why}`),
      stop: () => undefined,
    };
  }
  const bars = new cliProgress.MultiBar(
    { format: 'ingest [{bar}] {value}/{total} files | {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { file: '' });
  return {
    done: (count, file) => bar.update(count, { file: basename(file) }),
    failed: (count, file, why) => {
      bars.log(`kg ingest: ${file}: failed: ${why}\n`);
      bar.update(count, { file: basename(file) });
      bars.update(); // prints the log now, above the bar, even when this was the last file
    },
    stop: () => bars.stop(),
  };
}

export interface IngestSummary {
  added: number;
  unchanged: number;
  failed: number;
  entitiesAdded: number;
  relationsAdded: number;
}

export async function ingest(store: GraphStore, files: readonly string[], maxBytes?: number): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, unchanged: 0, failed: 0, entitiesAdded: 0, relationsAdded: 0 };
  const show = progress(files.length);
  try {
    for (const [i, file] of files.entries()) {
      try {
        const result = await ingestFile(store, file, maxBytes);
        summary[result.status]++;
        summary.entitiesAdded += result.entitiesAdded;
        summary.relationsAdded += result.relationsAdded;
        show.done(i + 1, file, result.status);
      } catch (error) {
        summary.failed++;
        show.failed(i + 1, file, reason(error));
      }
    }
  } finally {
    show.stop();
  }
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const files = s.added + s.unchanged + s.failed;
  return (
    `${files} file${files === 1 ? '' : 's'}: ${s.added} report${s.added === 1 ? '' : 's'} added, ` +
    `${s.unchanged} unchanged, ${s.failed} failed\n` +
    `${s.entitiesAdded} entities and ${s.relationsAdded} relations added\n`
  );
}

export const storeOption = () =>
  new Option(
    '--store <store>',
    'the store to use (default: KG_STORE, else embedded under KG_DATA_DIR or ./data)',
  ).choices(STORE_KINDS);

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .summary('extract report files and store them in the graph')
    .description(
      'extract report files and store them in the graph, each report in one transaction: ingesting a report again ' +
        'changes nothing. Directories are searched for .txt, .md and .html files. A file that cannot be read or stored ' +
        'is reported and skipped, the others are still ingested, and the exit code is 1',
    )
    .addOption(storeOption())
    .addOption(maxBytesOption())
    .argument(
      '<inputs...>',
      'report files (UTF-8, GBK/GB18030 or Big5; plain text, Markdown or HTML) or directories of them',
    )
    .action(async (inputs: string[], options: { store?: string; maxBytes: number }) => {
      const files = reportFiles(inputs);
      const store = await openStore({ store: options.store });
      let summary: IngestSummary;
      try {
        summary = await ingest(store, files, options.maxBytes);
      } finally {
        await store.close();
      }
      await writeOut(formatSummary(summary));
      if (summary.failed > 0) process.exitCode = 1;
    });
}
