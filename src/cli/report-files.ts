// Report files → ExtractedReports, one at a time, for the commands that extract (`kg extract`, `kg eval`, `kg ingest`).
// A file that cannot be read or extracted is reported on stderr and skipped; the caller decides the exit code.
import { readFile, stat } from 'node:fs/promises';
import { Option } from 'commander';
import { basename } from 'node:path';
import { ReadError, UserError } from '../errors.ts';
import { extractReport } from '../extract/index.ts';
import type { ExtractedReport } from '../graph/model.ts';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a report file',
  EACCES: 'permission denied',
  EMFILE: 'too many open files',
};

/** Reports larger than this are refused before they are read (memory stays flat below it). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const maxBytesOption = () =>
  new Option('--max-bytes <bytes>', 'refuse report files larger than this many bytes')
    .argParser((value) => {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n <= 0) throw new UserError(`--max-bytes ${value}: expected a positive integer`);
      return n;
    })
    .default(DEFAULT_MAX_BYTES, '5 MB');

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A report file's bytes, or a ReadError naming the file and why it cannot be read (missing, too large, …). */
export async function readReportFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  try {
    const { size } = await stat(file);
    if (size > maxBytes)
      throw new ReadError(file, `${megabytes(size)} is over the size limit of ${megabytes(maxBytes)} (--max-bytes)`);
    return await readFile(file);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ReadError(file, FS_REASONS[code] ?? (error as Error).message);
  }
}

/** Extracts one report file; warnings (a stray invalid byte read as U+FFFD) go to stderr, naming the file. */
export async function extractFile(command: string, file: string, maxBytes?: number): Promise<ExtractedReport> {
  const bytes = await readReportFile(file, maxBytes);
  const onWarning = (message: string) => console.error(`kg ${command}: ${file}: warning: ${message}`);
  return extractReport({ name: basename(file), bytes, onWarning });
}

export function reason(error: unknown): string {
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
): AsyncGenerator<{ file: string; report: ExtractedReport }> {
  for (const file of files) {
    let report: ExtractedReport;
    try {
      report = await extractFile(command, file, maxBytes);
    } catch (error) {
      status.failed++;
      console.error(`kg ${command}: ${file}: ${reason(error)}`);
      continue;
    }
    yield { file, report };
  }
}
