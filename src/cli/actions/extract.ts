// `kg extract`'s work: one JSON line (gold format plus evidence) or a summary per report.
import { toGoldFormat } from '../../extract/gold-format.ts';
import { extractFiles, modelFrom, reportFiles } from '../report-files.ts';
import { formatReportTable } from '../report-table.ts';
import { writeOut } from '../output.ts';

export async function extract(
  inputs: string[],
  options: { format: 'json' | 'table'; maxBytes?: number; model?: string | false },
): Promise<void> {
  const model = await modelFrom(options.model);
  const status = { failed: 0 };
  let first = true;
  for await (const { report } of extractFiles('extract', reportFiles(inputs), status, options.maxBytes, model)) {
    const gold = toGoldFormat(report);
    if (options.format === 'json') await writeOut(`${JSON.stringify(gold)}\n`);
    else {
      await writeOut(`${first ? '' : '\n'}${formatReportTable(report.doc, gold)}\n`);
      first = false;
    }
  }
  if (status.failed) process.exitCode = 1;
}
