// `kg extract` (stub).
import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from report files, one JSON line per file')
    .argument('<files...>', 'report files (UTF-8, GBK/GB18030, Big5; text or HTML)')
    .action(() => {
      throw new Error('not implemented');
    });
}
