// Report files → ExtractedReports, one at a time, for the commands that extract (`kg extract`, `kg eval`).
// A file that cannot be read or extracted is reported on stderr and skipped; the caller decides the exit code.
import { readFile } from 'node:fs/promises';
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

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ReadError(file, FS_REASONS[code] ?? (error as Error).message);
  }
}

function reason(error: unknown): string {
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
  for (const file of files) {
    let report: ExtractedReport;
    try {
      report = extractReport({ name: basename(file), bytes: await readBytes(file) });
    } catch (error) {
      status.failed++;
      console.error(`kg ${command}: ${file}: ${reason(error)}`);
      continue;
    }
    yield { file, report };
  }
}
