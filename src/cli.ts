// `kg`: the command line. Each subcommand declares its options in src/cli/<name>.ts and loads its work
// (src/cli/actions/<name>.ts, and with it the extractor, a store or the API) only when it runs, so `kg --help`,
// `kg --version` and a mistyped option answer at once.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { UserError } from './errors.ts';
import { registerExtract } from './cli/extract.ts';
import { registerEval } from './cli/eval.ts';
import { registerIngest } from './cli/ingest.ts';
import { registerStats } from './cli/stats.ts';
import { registerServe } from './cli/serve.ts';
import { registerExport } from './cli/export.ts';
import { registerImport } from './cli/import.ts';
import { registerTrain } from './cli/train.ts';

// ../package.json from src/cli.ts and from its build, dist/cli.js.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('kg')
  .description('park-graph: a knowledge graph of Chinese industrial parks, companies, officials and partnerships')
  .version(version, '-V, --version', 'print the version of park-graph')
  .showHelpAfterError();

registerExtract(program);
registerEval(program);
registerIngest(program);
registerStats(program);
registerServe(program);
registerExport(program);
registerImport(program);
registerTrain(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A user's mistake gets its message; anything else gets its message too, and the stack only with KG_DEBUG.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`kg: ${message}`);
  if (!(error instanceof UserError) && process.env.KG_DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}
