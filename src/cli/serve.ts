// `kg serve`: the GraphQL API and its IDE on PORT (default 4000), from the store KG_STORE names (embedded by
// default, under KG_DATA_DIR). With --seed (npm start), an empty store first gets the reports of a directory.
// SIGTERM or SIGINT: stop accepting requests, let those in flight finish, close the store. Meanwhile `kg ingest`,
// `kg stats` and `kg export` on the same embedded store go through it (src/cli/local-server.ts).
// Only the options here; the work (./actions/serve.ts) is loaded when the command runs.
import type { Command } from 'commander';
import type { ServeOptions } from './actions/serve.ts';
import { storeOption } from './ingest.ts';
import { maxBytesOption } from './report-files.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the graph over GraphQL (POST /graphql), with the IDE on GET /graphql and /health')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 4000)')
    .option('--host <address>', 'address to listen on (0.0.0.0 for every interface)', process.env.HOST || '127.0.0.1')
    .addOption(storeOption())
    .option('--data-dir <dir>', 'where the embedded store lives (default: KG_DATA_DIR or ./data)')
    .option('--seed <dir>', 'if the store holds no report yet, ingest the reports in this directory first')
    .addOption(maxBytesOption())
    .action(async (options: ServeOptions) => (await import('./actions/serve.ts')).serve(options));
}
