// `kg eval` (stub).
import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold annotations')
    .action(() => {
      throw new Error('not implemented');
    });
}
