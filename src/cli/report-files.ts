// Report files for the commands that read them (`kg extract`, `kg eval`, `kg ingest`, `kg serve --seed`): which files
// an input names, their bytes, and why one could not be read. The extractor is loaded on first use, not with the CLI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Option } from 'commander';
import { basename, extname, join } from 'node:path';
import { ReadError, UserError } from '../errors.ts';
import type { ExtractedReport } from '../ontology/model.ts';
import { checkReportSize, DEFAULT_MAX_BYTES } from '../report-size.ts';
import type { DecisionModel } from '../extract/learn/model-file.ts';

export { DEFAULT_MAX_BYTES };

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

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a report file',
  EACCES: 'permission denied',
  EMFILE: 'too many open files',
};

export const maxBytesOption = () =>
  new Option('--max-bytes <bytes>', 'refuse report files larger than this many bytes')
    .argParser((value) => {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n <= 0) throw new UserError(`--max-bytes ${value}: expected a positive integer`);
      return n;
    })
    .default(DEFAULT_MAX_BYTES, '5 MB');

export const modelOption = () =>
  new Option(
    '--model <file>',
    "the model that decides on the rules' candidates, as `kg train` writes it (default: the shipped model)",
  );

export const noModelOption = () => new Option('--no-model', 'extract with the rules alone, no model deciding');

/** The model `--model FILE` names (read before any report: a bad file stops the command with its name), none for
 *  `--no-model` (false), the shipped one when neither is given. */
export async function modelFrom(path: string | false | undefined): Promise<DecisionModel | null | undefined> {
  if (path === false) return null;
  return path === undefined ? undefined : (await import('../extract/learn/model-file.ts')).loadModel(path);
}

/** A report file's bytes; a file that cannot be read (missing, too large, …) becomes a ReadError naming it and why. */
export async function readReportFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  try {
    // Refused before it is read (memory stays flat below the limit), with the ingest use case's own check.
    checkReportSize(file, statSync(file).size, maxBytes);
    // Read at once, not through fs/promises: the commands read one report at a time and extract it before the next,
    // so there is nothing to overlap, and the promise's chunked reads cost ten times the CPU of a synchronous read
    // (0.3 CPU s over the benchmark's 1,000 files).
    return readFileSync(file);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ReadError(file, FS_REASONS[code] ?? (error as Error).message);
  }
}

/** What a command tells of a file read despite a problem (a stray invalid byte read as U+FFFD), naming the file. */
export const warnAbout = (command: string, file: string) => (message: string) =>
  console.error(`kg ${command}: ${file}: warning: ${message}`);

/** Why a file failed, for the line that reports it. */
export function failureReason(error: unknown): string {
  if (error instanceof ReadError) return error.reason;
  if (error instanceof UserError) return error.message;
  // A bug, not the user's input: say so, and keep the stack for KG_DEBUG.
  if (process.env.KG_DEBUG && error instanceof Error) return `internal error: ${error.stack}`;
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Yields the report of every file that could be extracted; `failed` counts the others (already reported). */
export async function* extractFiles(
  command: string,
  files: string[],
  status: { failed: number },
  maxBytes?: number,
  model?: DecisionModel | null,
): AsyncGenerator<{ file: string; report: ExtractedReport }> {
  const { extractReport } = await import('../extract/index.ts');
  for (const file of files) {
    let report: ExtractedReport;
    try {
      const bytes = await readReportFile(file, maxBytes);
      report = extractReport({ name: basename(file), bytes, onWarning: warnAbout(command, file), model });
    } catch (error) {
      status.failed++;
      console.error(`kg ${command}: ${file}: ${failureReason(error)}`);
      continue;
    }
    yield { file, report };
  }
}
