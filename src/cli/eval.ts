// `kg eval --gold DIR FILE...` / `kg eval --gold DIR --pred PRED`: precision, recall and F1 against gold files,
// the same numbers as shared/eval/score.mjs.
import { basename } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { readJsonDir, readPredictions } from '../eval/load.ts';
import { score, type GoldDoc } from '../eval/score.ts';
import { formatScores } from '../eval/format.ts';
import { toGoldFormat } from '../extract/gold-format.ts';
import { extractFiles } from './report-files.ts';
import { writeOut } from './output.ts';

interface EvalOptions {
  gold: string;
  pred?: string;
  misses?: boolean;
  json?: boolean;
}

const docName = (doc: GoldDoc) => basename(String(doc.doc));

export function registerEval(program: Command): void {
  program
    .command('eval')
    .summary('score extraction against gold annotations')
    .description(
      'score extraction against gold annotations (ONTOLOGY.md, "Gold file format"): precision, recall and F1 ' +
        'per entity kind and relation type, and the accuracy of relation properties',
    )
    .requiredOption(
      '--gold <dir>',
      'directory of gold files, one <name>.json per report, each naming its report in "doc"',
    )
    .option(
      '--pred <file>',
      'score existing predictions instead of extracting FILEs: a JSON Lines file (as `kg extract` prints), ' +
        'a JSON array, a directory of .json files, or - for standard input; every gold file counts, ' +
        'one without a prediction as all missed',
    )
    .option('--misses', 'also list each missed or wrong entity, relation and property')
    .option('--json', 'print the scores as JSON (with --misses, the misses too) instead of a table')
    .argument(
      '[files...]',
      'report files to extract and score; each is matched to the gold file whose "doc" is its base name, ' +
        'and only those gold files are scored',
    )
    .action(async (files: string[], options: EvalOptions) => {
      if (options.pred && files.length) throw new UserError('give report FILEs or --pred, not both');
      if (!options.pred && !files.length) throw new UserError('give report FILEs to extract, or --pred PREDICTIONS');
      const allGold = readJsonDir(options.gold);
      if (!allGold.length) throw new UserError(`${options.gold}: no gold .json files`);

      let gold = allGold;
      let predictions: GoldDoc[];
      const status = { failed: 0 };
      if (options.pred) {
        predictions = readPredictions(options.pred);
        const predicted = new Set(predictions.map(docName));
        const unpredicted = gold.filter((g) => !predicted.has(docName(g))).length;
        if (unpredicted) console.error(`kg eval: ${unpredicted} gold file(s) have no prediction; counted as missed`);
      } else {
        const goldNames = new Set(allGold.map(docName));
        predictions = [];
        for await (const { file, report } of extractFiles('eval', files, status)) {
          if (goldNames.has(report.doc.name)) predictions.push(toGoldFormat(report));
          else console.error(`kg eval: ${file}: no gold file for "${report.doc.name}" in ${options.gold}; not scored`);
        }
        const predicted = new Set(predictions.map(docName));
        gold = allGold.filter((g) => predicted.has(docName(g)));
        if (!gold.length) throw new UserError('no report FILE matches a gold file; nothing to score');
      }

      const result = score(gold, predictions);
      if (options.json) {
        const { misses: _misses, ...summary } = result;
        await writeOut(`${JSON.stringify(options.misses ? result : summary, null, 2)}\n`);
      } else await writeOut(`${formatScores(result, { misses: options.misses })}\n`);
      if (status.failed) process.exitCode = 1;
    });
}
