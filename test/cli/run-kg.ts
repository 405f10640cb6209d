// Runs the real `kg` binary (bin/kg.js) as users do, and reads its help for the option checks.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface KgRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function kg(...args: string[]): Promise<KgRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/kg.js', ...args], { cwd: root, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The long flags of a subcommand as registered, to check that its help names each one. */
export function registeredFlags(register: (program: Command) => void, name: string): string[] {
  const program = new Command('kg');
  register(program);
  const command = program.commands.find((c) => c.name() === name)!;
  for (const option of command.options) if (!option.description) throw new Error(`${option.flags} has no help`);
  return command.options.map((o) => o.long!);
}
