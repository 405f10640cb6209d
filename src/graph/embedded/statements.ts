// The Cypher of the embedded store, loaded from cypher/embedded/*.cypher: the one home of every statement it runs.
//
// Format: `// name: <name>` starts a statement, `// fragment: <name>` a piece that statements include with
// `{{> name}}`; the text runs to the next header, comment lines dropped, a trailing `;` removed. Values always travel
// as parameters. Two placeholders stand where LadybugDB takes no parameter, and are never filled from input:
// `{{maxHops}}` (a variable-length bound) with a whole number 1..MAX_PATH_HOPS, and `{{file}}` (COPY's source
// or target) with the path of a file the adapter made itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_PATH_HOPS } from '../store.ts';

export const EMBEDDED_CYPHER_DIR = fileURLToPath(new URL('../../../cypher/embedded/', import.meta.url));

const HEADER = /^\/\/ (name|fragment): *([A-Za-z][A-Za-z0-9]*) *$/;
const INCLUDE = /\{\{> *([A-Za-z][A-Za-z0-9]*) *\}\}/g;

interface Section {
  kind: 'name' | 'fragment';
  name: string;
  lines: string[];
}

function sections(text: string, file: string): Section[] {
  const found: Section[] = [];
  for (const line of text.split('\n')) {
    const header = HEADER.exec(line);
    if (header) found.push({ kind: header[1] as Section['kind'], name: header[2]!, lines: [] });
    else if (!line.trimStart().startsWith('//') && line.trim() !== '') {
      const current = found.at(-1);
      if (!current) throw new Error(`${file}: Cypher before the first "// name:" header`);
      current.lines.push(line);
    }
  }
  return found;
}

export class Statements {
  private constructor(
    private readonly texts: Map<string, string>,
    /** Statement names per file, in file order (schema.cypher runs in this order). */
    readonly byFile: Map<string, string[]>,
  ) {}

  static load(dir: string = EMBEDDED_CYPHER_DIR): Statements {
    const fragments = new Map<string, string>();
    const statements = new Map<string, string>();
    const byFile = new Map<string, string[]>();
    const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
    const all = files.flatMap((file) =>
      sections(readFileSync(join(dir, file), 'utf8'), file).map((s) => ({ file, s })),
    );
    for (const { s } of all) {
      if (s.kind === 'fragment') fragments.set(s.name, s.lines.join('\n'));
    }
    for (const { file, s } of all) {
      if (s.kind !== 'name') continue;
      if (statements.has(s.name)) throw new Error(`${file}: statement ${s.name} is defined twice`);
      const text = s.lines
        .join('\n')
        .replace(INCLUDE, (_, name: string) => {
          const fragment = fragments.get(name);
          if (fragment === undefined) throw new Error(`${file}: ${s.name} includes unknown fragment ${name}`);
          return fragment;
        })
        .replace(/;\s*$/, '');
      statements.set(s.name, text);
      byFile.set(file, [...(byFile.get(file) ?? []), s.name]);
    }
    return new Statements(statements, byFile);
  }

  get(name: string): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`no embedded Cypher statement named ${name}`);
    return text;
  }

  /** A path statement with its hop bound, 1..MAX_PATH_HOPS. */
  withHops(name: string, maxHops: number): string {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new Error(`bad hops ${maxHops}`);
    return this.get(name).replaceAll('{{maxHops}}', String(maxHops));
  }

  /** A COPY statement reading or writing `path`, a file our code made (checked to need no quoting in the literal). */
  withFile(name: string, path: string): string {
    if (/['\\\n]/.test(path)) throw new Error(`unusable path for COPY: ${path}`);
    return this.get(name).replaceAll('{{file}}', path);
  }

  names(): string[] {
    return [...this.texts.keys()];
  }
}
