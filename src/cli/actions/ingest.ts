// `kg ingest`'s work (and `kg serve --seed`'s): each file through the ingest use case, with a progress bar over the
// files on a terminal and one line per file elsewhere. A file that cannot be read or stored is reported and skipped.
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { openStore } from '../../graph/open.ts';
import type { GraphStore, UpsertResult } from '../../graph/store.ts';
import { ingestReport } from '../../ingest.ts';
import { failureReason, modelFrom, readReportFile, reportFiles, warnAbout } from '../report-files.ts';
import type { DecisionModel } from '../../extract/learn/model-file.ts';
import { writeOut } from '../output.ts';
import { serverHolding } from '../local-server.ts';
import { ingestThroughServer } from '../through-server.ts';

/** Ingests one file's bytes somewhere: into an open store, or through the server that holds it. */
type IngestOne = (file: string, bytes: Uint8Array) => Promise<UpsertResult>;

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

export function ingestFiles(
  store: GraphStore,
  files: readonly string[],
  maxBytes?: number,
  model?: DecisionModel | null,
): Promise<IngestSummary> {
  const into: IngestOne = (file, bytes) =>
    ingestReport(store, { name: basename(file), bytes, onWarning: warnAbout('ingest', file), model }, { maxBytes });
  return ingestEach(into, files, maxBytes);
}

async function ingestEach(ingestOne: IngestOne, files: readonly string[], maxBytes?: number): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, unchanged: 0, failed: 0, entitiesAdded: 0, relationsAdded: 0 };
  const show = progress(files.length);
  try {
    for (const [i, file] of files.entries()) {
      try {
        const bytes = await readReportFile(file, maxBytes);
        const result = await ingestOne(file, bytes);
        summary[result.status]++;
        summary.entitiesAdded += result.entitiesAdded;
        summary.relationsAdded += result.relationsAdded;
        show.done(i + 1, file, result.status);
      } catch (error) {
        summary.failed++;
        show.failed(i + 1, file, failureReason(error));
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

export async function ingest(
  inputs: string[],
  options: { store?: string; maxBytes?: number; model?: string | false },
): Promise<void> {
  const model = await modelFrom(options.model);
  const files = reportFiles(inputs);
  let summary: IngestSummary;
  const server = await serverHolding(options);
  if (server) {
    // A running `kg serve` holds the store: the reports go through it (the same checks, the same use case).
    console.error(`kg ingest: the server at ${server.url} holds the store; sending the reports through it`);
    const through: IngestOne = (file, bytes) => ingestThroughServer(server, basename(file), bytes);
    summary = await ingestEach(through, files, options.maxBytes);
  } else {
    const store = await openStore({ store: options.store });
    try {
      summary = await ingestFiles(store, files, options.maxBytes, model);
    } finally {
      await store.close();
    }
  }
  await writeOut(formatSummary(summary));
  if (summary.failed > 0) process.exitCode = 1;
}
