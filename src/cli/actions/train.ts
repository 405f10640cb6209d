// `kg train`'s work: gold files and their reports in, a decision model file out, and a summary on stderr.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../errors.ts';
import { filesOfSplit, loadCorpus } from '../../eval/corpus.ts';
import { readJsonDir } from '../../eval/load.ts';
import type { GoldDoc } from '../../eval/score.ts';
import { serializeModel, type Thresholds } from '../../extract/learn/model-file.ts';
import { crossValidate, type F1Pair } from '../../extract/learn/cross-validate.ts';
import { trainModel, type Guard, type TrainingDoc } from '../../extract/learn/train.ts';
import { readReportFile, reportFiles, warnAbout } from '../report-files.ts';
import type { TrainOptions } from '../train.ts';

const docName = (doc: GoldDoc) => basename(String(doc.doc));
const show = (t: Thresholds) => `${t.rule}/${t.proposed}`;

/** The gold files of each directory that fall in `split` (all of them where the directory has no splits). */
function goldOf(dirs: string[], split: string | undefined): GoldDoc[] {
  return dirs.flatMap((dir) => {
    const docs = readJsonDir(dir);
    if (!split) return docs;
    const corpus = loadCorpus(dir);
    if (!corpus.splitOf.size) return docs;
    const inSplit = filesOfSplit(corpus, split, dir);
    return docs.filter((d) => inSplit.has(docName(d)));
  });
}

/** The splitted gold directories' reports of `split`, for choosing thresholds. */
function heldOutGold(dirs: string[], split: string): GoldDoc[] {
  return dirs.flatMap((dir) => {
    const corpus = loadCorpus(dir);
    if (!corpus.splitOf.size) return [];
    const inSplit = filesOfSplit(corpus, split, dir);
    return readJsonDir(dir).filter((d) => inSplit.has(docName(d)));
  });
}

/** Pairs gold files with the report files named like their "doc"; only those reports are read. */
async function pair(gold: GoldDoc[], files: string[]): Promise<TrainingDoc[]> {
  const byName = new Map(files.map((f) => [basename(f), f]));
  const docs: TrainingDoc[] = [];
  for (const g of gold) {
    const file = byName.get(docName(g));
    if (!file) {
      console.error(`kg train: no report file for gold "${docName(g)}"; left out`);
      continue;
    }
    const bytes = await readReportFile(file);
    docs.push({ input: { name: docName(g), bytes, onWarning: warnAbout('train', file) }, gold: g });
  }
  return docs;
}

/** The source repository of each report of the gold directories that have sources (a report without one is its own
 *  group), and the gold of the directories without splits, trained on in every fold. */
function foldableGold(dirs: string[], split: string | undefined) {
  const repoOf = new Map<string, string>();
  const foldable: GoldDoc[] = [];
  const always: GoldDoc[] = [];
  for (const dir of dirs) {
    const docs = goldOf([dir], split);
    const corpus = loadCorpus(dir);
    if (!corpus.splitOf.size) {
      always.push(...docs);
      continue;
    }
    foldable.push(...docs);
    for (const [file, source] of corpus.sourceOf) repoOf.set(file, source.repo);
  }
  return { foldable, always, groupOf: (doc: TrainingDoc) => repoOf.get(docName(doc.gold)) ?? docName(doc.gold) };
}

const pairText = (p: F1Pair) => `${p.entity.toFixed(3)}/${p.relation.toFixed(3)}`;

async function crossValidateCommand(files: string[], options: TrainOptions, dev: TrainingDoc[], guard: Guard) {
  const { foldable, always, groupOf } = foldableGold(options.gold, options.split);
  const docs = await pair(foldable, files);
  if (docs.length < options.folds!)
    throw new UserError(`--folds ${options.folds}: only ${docs.length} report(s) to cut into folds`);
  const started = performance.now();
  const result = crossValidate({
    docs,
    groupOf,
    folds: options.folds!,
    always: await pair(always, files),
    dev,
    guard,
    training: { minReports: options.minReports },
    onFold: (i, f) =>
      console.log(
        `fold ${i + 1}: ${f.docs} report(s) from ${f.groups} repositor(ies); entity/relation F1 rules ${pairText(f.rules)}, model ${pairText(f.model)}`,
      ),
  });
  console.log(`mean:   rules ${pairText(result.mean.rules)}, model ${pairText(result.mean.model)}`);
  console.log(`pooled: rules ${pairText(result.pooled.rules)}, model ${pairText(result.pooled.model)}`);
  console.error(`kg train: ${options.folds} folds in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export async function train(reports: string[], options: TrainOptions): Promise<void> {
  if (options.split && options.split === options.devSplit)
    throw new UserError(
      `--split and --dev-split are both "${options.split}": thresholds must be chosen on other reports`,
    );
  if (!options.out && !options.folds) throw new UserError('--out FILE is required (or --folds K to cross-validate)');
  const files = reportFiles(reports);
  const devDocs = options.devSplit ? await pair(heldOutGold(options.gold, options.devSplit), files) : [];
  const guardDocs = options.guard ? await pair(readJsonDir(options.guard), files) : [];
  const [entity, relation] = options.guardF1;
  const guard = { docs: guardDocs, floor: { entity, relation } };
  if (options.folds) return crossValidateCommand(files, options, devDocs, guard);
  const trainGold = goldOf(options.gold, options.split);
  const trainDocs = await pair(trainGold, files);
  if (!trainDocs.length) throw new UserError('no report FILE matches a gold file; nothing to train on');
  const out = options.out!;
  const started = performance.now();
  const result = trainModel(trainDocs, devDocs, guard, { minReports: options.minReports });
  const seconds = (performance.now() - started) / 1000;
  const text = serializeModel(result.model);
  try {
    writeFileSync(out, text);
  } catch (error) {
    throw new UserError(`${out}: cannot write the model: ${(error as Error).message}`);
  }
  const held = devDocs.length ? `${devDocs.length} held-out report(s)` : 'the training reports (no --dev-split)';
  console.error(
    [
      `kg train: ${trainDocs.length} report(s), ${result.entityExamples} entity and ${result.relationExamples} relation examples, ${seconds.toFixed(1)} s`,
      `kg train: ${result.features.entity} entity and ${result.features.relation} relation weights; thresholds (rule/proposed) entities ${show(result.model.entity.threshold)}, relations ${show(result.model.relation.threshold)}, chosen on ${held}`,
      `kg train: F1 there: entities ${result.heldOut.entityF1.toFixed(3)}, relations ${result.heldOut.relationF1.toFixed(3)}`,
      `kg train: wrote ${out} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`,
    ].join('\n'),
  );
}
