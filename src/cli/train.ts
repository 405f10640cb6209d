// `kg train --gold DIR REPORTS... --out MODEL`: learns the model that decides on the rules' candidates from annotated
// reports, so extraction can be adapted to one's own reports. Only the options here; the work (./actions/train.ts)
// is loaded when the command runs.
import type { Command } from 'commander';
import { UserError } from '../errors.ts';

export interface TrainOptions {
  gold: string[];
  out?: string;
  folds?: number;
  minReports?: number;
  split?: string;
  devSplit?: string;
  guard?: string;
  guardF1: [number, number];
}

function parseMinReports(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UserError(`--min-reports ${value}: expected a whole number of at least 1`);
  return n;
}

function parseFolds(value: string): number {
  const k = Number(value);
  if (!Number.isInteger(k) || k < 2) throw new UserError(`--folds ${value}: expected a whole number of at least 2`);
  return k;
}

function parseFloors(value: string): [number, number] {
  const parts = value.split(',').map(Number);
  if (parts.length !== 2 || parts.some((x) => !Number.isFinite(x) || x < 0 || x > 1))
    throw new UserError(`--guard-f1 ${value}: expected two F1 values between 0 and 1, as 0.95,0.9`);
  return [parts[0]!, parts[1]!];
}

export function registerTrain(program: Command): void {
  program
    .command('train')
    .summary('train the model that decides on extraction candidates from annotated reports')
    .description(
      'train the model that accepts, rejects or re-types the candidate entities and relations the rules propose, ' +
        'from report files and their gold annotations (ONTOLOGY.md, "Gold file format"), and write it to --out; ' +
        'use it with `kg extract --model FILE` and `kg ingest --model FILE`. Thresholds are chosen on the ' +
        '--dev-split reports when given, else on the training reports. The same reports and gold always give the ' +
        'same model file',
    )
    .requiredOption(
      '--gold <dir>',
      'directory of gold files, one <name>.json per report, each naming its report in "doc"; may be repeated',
      (dir: string, dirs: string[] = []) => [...dirs, dir],
    )
    .option('--out <file>', 'where to write the model (JSON); required unless --folds')
    .option(
      '--folds <k>',
      'instead of writing a model, cross-validate: cut the --split reports into K folds by source repository ' +
        '(sources.json beside the gold), train on all but one fold (plus the gold directories without splits) and ' +
        "print each held-out fold's F1 with the rules alone and with that model",
      parseFolds,
    )
    .option(
      '--split <name>',
      'train only on the reports of this split (train, dev or test) of a gold directory that has a splits.json ' +
        'beside it; gold directories without one are used whole',
    )
    .option(
      '--min-reports <n>',
      'keep only features seen in at least this many training reports (default 3; more: fewer, more general features)',
      parseMinReports,
    )
    .option('--dev-split <name>', 'choose thresholds on the reports of this split (of gold directories with splits)')
    .option(
      '--guard <dir>',
      'gold directory of reports (among the REPORTS) whose F1 the chosen thresholds must keep at --guard-f1: ' +
        'the reports the rules were written from',
    )
    .option('--guard-f1 <entity,relation>', 'the F1 floors for --guard', parseFloors, [0.95, 0.9])
    .argument(
      '<reports...>',
      'report files or directories; each is matched to the gold file whose "doc" is its base name',
    )
    .action(async (reports: string[], options: TrainOptions) =>
      (await import('./actions/train.ts')).train(reports, options),
    );
}
