// Report files for the commands that read them (`kg extract`, `kg eval`, `kg ingest`, `kg serve --seed`): which files
// an input names, their bytes, and why one could not be read. The extractor is loaded on first use, not with the CLI.
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ReadError, UserError } from '../errors.ts';
import type { ExtractedReport } from '../ontology/model.ts';

/** Files a directory contributes (named files are always taken, whatever their extension). */
const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.htm', '.html', '.xhtml']);

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

/** A report file's bytes; a file that cannot be read becomes a ReadError naming it and the reason. */
export async function readReportFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ReadError(file, FS_REASONS[code] ?? (error as Error).message);
  }
}

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
): AsyncGenerator<{ file: string; report: ExtractedReport }> {
  const { extractReport } = await import('../extract/index.ts');
  for (const file of files) {
    let report: ExtractedReport;
    try {
      report = extractReport({ name: basename(file), bytes: await readReportFile(file) });
    } catch (error) {
      status.failed++;
      console.error(`kg ${command}: ${file}: ${failureReason(error)}`);
      continue;
    }
    yield { file, report };
  }
}
