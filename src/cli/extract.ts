// `kg extract [--format json|table] FILE...`: one JSON line (gold format plus evidence) or a summary per report.
// Only the options here; the work (./actions/extract.ts) is loaded when the command runs.
import { Option, type Command } from 'commander';
import { maxBytesOption, modelOption, noModelOption } from './report-files.ts';

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
        'json: one line per file in the gold format ({doc, entities, relations}), each relation with its ' +
          'evidence sentences and their offsets in the original text; table: a readable summary',
      )
        .choices(['json', 'table'])
        .default('json'),
    )
    .addOption(maxBytesOption())
    .addOption(modelOption())
    .addOption(noModelOption())
    .argument(
      '<files...>',
      'report files (UTF-8, GBK/GB18030 or Big5; plain text, Markdown with YAML front matter, or HTML) or ' +
        'directories of them',
    )
    .action(async (files: string[], options: { format: 'json' | 'table'; maxBytes: number; model?: string | false }) =>
      (await import('./actions/extract.ts')).extract(files, options),
    );
}
