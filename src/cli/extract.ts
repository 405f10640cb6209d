// `kg extract [--format json|table] FILE...`: one JSON line (gold format plus evidence) or a summary per report.
import { Option, type Command } from 'commander';
import { toGoldFormat } from '../extract/gold-format.ts';
import { extractFiles, maxBytesOption } from './report-files.ts';
import { formatReportTable } from './report-table.ts';
import { writeOut } from './output.ts';
import { reportFiles } from './ingest.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .summary('extract entities and relations from report files')
    .description(
      'extract entities and relations from report files; a file that cannot be read is reported on stderr, ' +
        'the others are still processed, and the exit code is 1',
    )
    .addOption(
      new Option(
        '--format <format>',
        "json: one line per file in the gold format ({doc, entities, relations}) plus the report's metadata " +
          '(report: {title, publishedAt, source, authors}), each relation with its evidence sentences and their ' +
          'offsets in the original text; table: a readable summary',
      )
        .choices(['json', 'table'])
        .default('json'),
    )
    .addOption(maxBytesOption())
    .argument(
      '<files...>',
      'report files (UTF-8, GBK/GB18030 or Big5; plain text, Markdown with YAML front matter, or HTML) or ' +
        'directories of them',
    )
    .action(async (files: string[], options: { format: 'json' | 'table'; maxBytes: number }) => {
      const status = { failed: 0 };
      let first = true;
      for await (const { report } of extractFiles('extract', reportFiles(files), status, options.maxBytes)) {
        const gold = toGoldFormat(report);
        if (options.format === 'json') await writeOut(`${JSON.stringify(gold)}\n`);
        else {
          await writeOut(`${first ? '' : '\n'}${formatReportTable(report.doc, gold)}\n`);
          first = false;
        }
      }
      if (status.failed) process.exitCode = 1;
    });
}
