// Reads gold annotations and predictions from disk, as score.mjs does, with errors that name the file and the problem.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import type { GoldDoc } from './score.ts';

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'is not a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function readText(path: string | 0, label: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`${label}: ${fsReason(error)}`);
  }
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${label}: not valid JSON (${(error as Error).message})`);
  }
}

function asDoc(value: unknown, label: string): GoldDoc {
  const doc = value as Partial<GoldDoc> | null;
  const isList = (x: unknown) => x === undefined || Array.isArray(x);
  if (typeof doc !== 'object' || doc === null || typeof doc.doc !== 'string')
    throw new UserError(`${label}: expected an object with a "doc" name`);
  if (!isList(doc.entities) || !isList(doc.relations))
    throw new UserError(`${label}: "entities" and "relations" must be lists`);
  return doc as GoldDoc;
}

/** Every `*.json` file of a directory, in name order. */
export function readJsonDir(dir: string): GoldDoc[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UserError(`${dir}: is not a directory`);
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${dir}: ${fsReason(error)}`);
  }
  return names
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return asDoc(parseJson(readText(path, path), path), path);
    });
}

/** Predictions: a directory of `<doc>.json` files, a JSON array, or JSON Lines; `-` reads standard input. */
export function readPredictions(src: string): GoldDoc[] {
  if (src !== '-') {
    let isDir: boolean;
    try {
      isDir = statSync(src).isDirectory();
    } catch (error) {
      throw new UserError(`${src}: ${fsReason(error)}`);
    }
    if (isDir) return readJsonDir(src);
  }
  const label = src === '-' ? 'standard input' : src;
  const text = readText(src === '-' ? 0 : src, label).trim();
  if (text.startsWith('[')) {
    const docs = parseJson(text, label);
    if (!Array.isArray(docs)) throw new UserError(`${label}: expected a JSON array of documents`);
    return docs.map((d, i) => asDoc(d, `${label}: item ${i + 1}`));
  }
  return text
    .split('\n')
    .map((line, i) => ({ line, where: `${label}: line ${i + 1}` }))
    .filter(({ line }) => line.trim())
    .map(({ line, where }) => asDoc(parseJson(line, where), where));
}
