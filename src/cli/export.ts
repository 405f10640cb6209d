// `kg export --format graphml|json|cypher [--out FILE] [--store ...]`: the whole graph as GraphML (Gephi, yEd), JSON
// nodes and edges with their evidence (what `kg import` reads), or a Cypher script that recreates it in any Neo4j.
// Only the options here; the work (./actions/export.ts) is loaded when the command runs.
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../export/index.ts';
import { storeOption } from './ingest.ts';

/** The keys of EXPORT_FORMATS, named here so that `kg --help` does not load the exporters. */
export const EXPORT_FORMAT_NAMES = ['graphml', 'json', 'cypher'] as const satisfies readonly ExportFormat[];
// Fails to compile when an export format is missing above.
const _everyFormat: Exclude<ExportFormat, (typeof EXPORT_FORMAT_NAMES)[number]> extends never ? true : never = true;

export function registerExport(program: Command): void {
  program
    .command('export')
    .summary('write the whole graph as GraphML, JSON or a Cypher script')
    .description(
      'write the whole graph: GraphML for Gephi and yEd (typed attributes), JSON nodes and edges with their ' +
        'properties and evidence sentences (`kg import` reads it back), or a Cypher script that recreates the graph ' +
        'in any Neo4j 5 (cypher-shell -f FILE)',
    )
    .addOption(
      new Option('--format <format>', 'graphml, json or cypher').choices(EXPORT_FORMAT_NAMES).makeOptionMandatory(),
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .addOption(storeOption())
    .action(async (options: { format: ExportFormat; out?: string; store?: string }) =>
      (await import('./actions/export.ts')).exportGraph(options),
    );
}
