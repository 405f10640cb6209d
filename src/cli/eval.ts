// `kg eval --gold DIR FILE...` / `kg eval --gold DIR --pred PRED`: precision, recall and F1 against gold files,
// the same numbers as shared/eval/score.mjs.
import { basename } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { readJsonDir, readPredictions } from '../eval/load.ts';
import { score, type GoldDoc, type ScoreResult } from '../eval/score.ts';
import { formatGroups, formatScores } from '../eval/format.ts';
import { filesOfSplit, loadCorpus, type Corpus } from '../eval/corpus.ts';
import { toGoldFormat } from '../extract/gold-format.ts';
import { extractFiles, maxBytesOption, modelFrom, modelOption, noModelOption } from './report-files.ts';
import { writeOut } from './output.ts';
import { reportFiles } from './report-files.ts';

interface EvalOptions {
  gold: string;
  pred?: string;
  misses?: boolean;
  json?: boolean;
  split?: string;
  splits?: string;
  sources?: string;
  maxBytes: number;
  model?: string | false;
}

const docName = (doc: GoldDoc) => basename(String(doc.doc));

type Groups = [name: string, docs: number, result: ScoreResult][];

/** Scores each group of reports (by genre, by province) on its own, largest group first. */
function scoreBy(gold: GoldDoc[], predictions: GoldDoc[], groupOf: (doc: string) => string | undefined): Groups {
  const members = new Map<string, GoldDoc[]>();
  for (const g of gold) {
    const group = groupOf(docName(g));
    if (group === undefined) continue;
    members.set(group, [...(members.get(group) ?? []), g]);
  }
  return [...members]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([group, docs]) => [group, docs.length, score(docs, predictions)]);
}

function breakdowns(corpus: Corpus, gold: GoldDoc[], predictions: GoldDoc[]) {
  if (!corpus.sourceOf.size) return undefined;
  const field = (key: 'genre' | 'province') => (doc: string) => corpus.sourceOf.get(doc)?.[key];
  return { genre: scoreBy(gold, predictions, field('genre')), province: scoreBy(gold, predictions, field('province')) };
}

const asObject = (groups: Groups) =>
  Object.fromEntries(
    groups.map(([name, docs, r]) => [name, { docs, entities: r.entities.all, relations: r.relations.all }]),
  );

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
    .option(
      '--split <name>',
      'score only the reports of one split (train, dev or test) of the corpus: splits.json beside the gold directory',
    )
    .option('--splits <file>', 'the splits file (default: splits.json in the folder above --gold)')
    .option(
      '--sources <file>',
      'report sources with genre and province, for scores per genre and per province ' +
        '(default: sources.json in the folder above --gold, when it exists)',
    )
    .addOption(maxBytesOption())
    .addOption(modelOption())
    .addOption(noModelOption())
    .argument(
      '[files...]',
      'report files or directories to extract and score; each file is matched to the gold file whose "doc" is its ' +
        'base name, and only those gold files are scored',
    )
    .action(async (files: string[], options: EvalOptions) => {
      if (options.pred && files.length) throw new UserError('give report FILEs or --pred, not both');
      if (!options.pred && !files.length) throw new UserError('give report FILEs to extract, or --pred PREDICTIONS');
      let allGold = readJsonDir(options.gold);
      if (!allGold.length) throw new UserError(`${options.gold}: no gold .json files`);
      const corpus = loadCorpus(options.gold, { splits: options.splits, sources: options.sources });
      const inSplit = options.split ? filesOfSplit(corpus, options.split, options.gold) : undefined;
      if (inSplit) allGold = allGold.filter((g) => inSplit.has(docName(g)));
      if (!allGold.length) throw new UserError(`${options.gold}: no gold file in split "${options.split}"`);
      const reports = reportFiles(files).filter((file) => !inSplit || inSplit.has(basename(file)));

      let gold = allGold;
      let predictions: GoldDoc[];
      const status = { failed: 0 };
      if (options.pred) {
        predictions = readPredictions(options.pred).filter((p) => !inSplit || inSplit.has(docName(p)));
        const predicted = new Set(predictions.map(docName));
        const unpredicted = gold.filter((g) => !predicted.has(docName(g))).length;
        if (unpredicted) console.error(`kg eval: ${unpredicted} gold file(s) have no prediction; counted as missed`);
      } else {
        const goldNames = new Set(allGold.map(docName));
        const model = await modelFrom(options.model);
        predictions = [];
        for await (const { file, report } of extractFiles('eval', reports, status, options.maxBytes, model)) {
          if (goldNames.has(report.doc.name)) predictions.push(toGoldFormat(report));
          else console.error(`kg eval: ${file}: no gold file for "${report.doc.name}" in ${options.gold}; not scored`);
        }
        const predicted = new Set(predictions.map(docName));
        gold = allGold.filter((g) => predicted.has(docName(g)));
        if (!gold.length) throw new UserError('no report FILE matches a gold file; nothing to score');
      }

      const result = score(gold, predictions);
      const by = breakdowns(corpus, gold, predictions);
      if (options.json) {
        const { misses: _misses, ...summary } = result;
        const scores = options.misses ? result : summary;
        const groups = by && { byGenre: asObject(by.genre), byProvince: asObject(by.province) };
        await writeOut(`${JSON.stringify({ ...scores, ...groups }, null, 2)}\n`);
      } else {
        const tables = [formatScores(result, { misses: options.misses })];
        if (by) tables.push(formatGroups('by genre', by.genre), formatGroups('by province', by.province));
        await writeOut(`${tables.join('\n')}\n`);
      }
      if (status.failed) process.exitCode = 1;
    });
}
