// `kg ingest [--store embedded|neo4j] FILE|DIR...`: extracts each report file and upserts it, one transaction per
// report, with a progress bar over the files (on a terminal; elsewhere one line per file). A file that cannot be read
// or stored is reported by name and skipped; the others are still ingested, and the exit code is 1.
// Only the options here; the work (./actions/ingest.ts) is loaded when the command runs.
import { Option, type Command } from 'commander';
import { STORE_KINDS } from '../graph/open.ts';
import { maxBytesOption, modelOption, noModelOption } from './report-files.ts';

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
    .addOption(modelOption())
    .addOption(noModelOption())
    .argument(
      '<inputs...>',
      'report files (UTF-8, GBK/GB18030 or Big5; plain text, Markdown or HTML) or directories of them',
    )
    .action(async (inputs: string[], options: { store?: string; maxBytes?: number; model?: string | false }) =>
      (await import('./actions/ingest.ts')).ingest(inputs, options),
    );
}
