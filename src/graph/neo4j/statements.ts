// Loads the named Cypher statements of cypher/neo4j/*.cypher, the one home of every statement the Neo4j adapter sends.
//
// File format: a statement starts with `// name: <name>`, optionally `// params: a, b` (the parameters the adapter
// passes; exactly these), then its text up to the next header; a trailing `;` is dropped. `// fragment: <name>`
// starts a reusable piece included with `{{> name}}`. Labels and relationship types cannot be Cypher parameters, so
// statements may use these placeholders, filled only from the ontology's closed lists (never from data):
//   {{kindLabel}}  one of ENTITY_KINDS    {{relationType}}  one of RELATION_TYPES   {{maxHops}}  1..MAX_PATH_HOPS
//   {{relationProperty}}  one of RELATION_PROPERTY_NAMES    {{ontologyTypes}}  RELATION_TYPES joined by `|`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_KINDS, RELATION_PROPERTY_NAMES, RELATION_TYPES } from '../../ontology/model.ts';
import { MAX_PATH_HOPS } from '../store.ts';

export const CYPHER_DIR = fileURLToPath(new URL('../../../cypher/neo4j/', import.meta.url));

const VARIABLE_DOMAINS = {
  kindLabel: ENTITY_KINDS,
  relationType: RELATION_TYPES,
  relationProperty: RELATION_PROPERTY_NAMES,
  maxHops: Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1),
} as const;
type VariableName = keyof typeof VARIABLE_DOMAINS;
export type TemplateVars = { [K in VariableName]?: (typeof VARIABLE_DOMAINS)[K][number] };

const CONSTANTS: Record<string, string> = { ontologyTypes: RELATION_TYPES.join('|') };

export interface StatementDefinition {
  name: string;
  file: string;
  /** The parameters the adapter passes, in the header's order. */
  params: readonly string[];
  /** Template variables the text uses. */
  variables: readonly VariableName[];
  /** Text with fragments included and constants filled; variables still as {{...}}. */
  template: string;
}

export interface RenderedStatement {
  name: string;
  vars: TemplateVars;
  text: string;
  params: readonly string[];
}

const HEADER = /^\/\/ (name|fragment): *([A-Za-z][A-Za-z0-9]*) *$/;
const PARAMS = /^\/\/ params:(.*)$/;
const PLACEHOLDER = /\{\{\s*(>?)\s*([A-Za-z]+)\s*\}\}/g;

interface Section {
  kind: 'name' | 'fragment';
  name: string;
  file: string;
  params: string[];
  lines: string[];
}

function parseFile(file: string, text: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const line of text.split(/\r?\n/)) {
    const header = HEADER.exec(line);
    if (header) {
      current = { kind: header[1] as Section['kind'], name: header[2]!, file, params: [], lines: [] };
      sections.push(current);
      continue;
    }
    const params = PARAMS.exec(line);
    if (params && current && current.lines.length === 0) {
      current.params = params[1]!
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      continue;
    }
    if (current) current.lines.push(line);
    else if (line.trim() && !line.startsWith('//'))
      throw new Error(`${file}: Cypher before the first "// name:" header`);
  }
  return sections;
}

/** The statement's text without its leading comment lines and trailing `;`. */
function bodyOf(section: Section): string {
  const lines = [...section.lines];
  while (lines.length && (lines[0]!.trim() === '' || lines[0]!.trimStart().startsWith('//'))) lines.shift();
  const body = lines.join('\n').trim().replace(/;$/, '').trim();
  if (!body) throw new Error(`${section.file}: ${section.name} is empty`);
  if (body.includes(';')) throw new Error(`${section.file}: ${section.name} holds more than one statement`);
  return body;
}

export class CypherStatements {
  private readonly definitions = new Map<string, StatementDefinition>();
  private readonly cache = new Map<string, string>();

  private constructor(sections: Section[]) {
    const fragments = new Map<string, string>();
    for (const s of sections.filter((s) => s.kind === 'fragment')) {
      if (fragments.has(s.name)) throw new Error(`${s.file}: fragment ${s.name} is defined twice`);
      fragments.set(s.name, bodyOf(s));
    }
    for (const s of sections.filter((s) => s.kind === 'name')) {
      if (this.definitions.has(s.name)) throw new Error(`${s.file}: statement ${s.name} is defined twice`);
      const template = expand(bodyOf(s), fragments, `${s.file}: ${s.name}`);
      const variables = [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[2] as VariableName))];
      this.definitions.set(s.name, { name: s.name, file: s.file, params: s.params, variables, template });
    }
  }

  static load(dir: string = CYPHER_DIR): CypherStatements {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort();
    if (files.length === 0) throw new Error(`${dir}: no .cypher files`);
    return new CypherStatements(files.flatMap((f) => parseFile(f, readFileSync(join(dir, f), 'utf8'))));
  }

  names(): string[] {
    return [...this.definitions.keys()];
  }

  definition(name: string): StatementDefinition {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`No Cypher statement named ${name} in ${CYPHER_DIR}`);
    return definition;
  }

  /** The statement's text with its template variables filled, each checked against the ontology's closed lists. */
  render(name: string, vars: TemplateVars = {}): RenderedStatement {
    const definition = this.definition(name);
    const given = Object.keys(vars).filter((k) => vars[k as VariableName] !== undefined);
    const missing = definition.variables.filter((v) => !given.includes(v));
    const extra = given.filter((v) => !definition.variables.includes(v as VariableName));
    if (missing.length || extra.length) {
      throw new Error(`Cypher ${name}: template variables ${definition.variables.join(', ') || '(none)'} expected`);
    }
    const key = `${name}\u0000${definition.variables.map((v) => vars[v]).join('\u0000')}`;
    let text = this.cache.get(key);
    if (text === undefined) {
      text = definition.template.replace(PLACEHOLDER, (_, _include, variable: VariableName) => {
        const value = vars[variable];
        if (!(VARIABLE_DOMAINS[variable] as readonly unknown[]).includes(value)) {
          throw new Error(`Cypher ${name}: ${variable} = ${String(value)} is not in the ontology's list`);
        }
        return String(value);
      });
      this.cache.set(key, text);
    }
    return { name, vars, text, params: definition.params };
  }

  /** Every text the adapter can send: each statement with every combination of its template variables. */
  allRenderings(): RenderedStatement[] {
    return [...this.definitions.values()].flatMap((d) =>
      combinations(d.variables).map((vars) => this.render(d.name, vars)),
    );
  }
}

function expand(text: string, fragments: Map<string, string>, where: string, depth = 0): string {
  if (depth > 5) throw new Error(`${where}: fragments include each other too deeply`);
  return text.replace(PLACEHOLDER, (whole, include: string, name: string) => {
    if (include) {
      const fragment = fragments.get(name);
      if (fragment === undefined) throw new Error(`${where}: unknown fragment ${name}`);
      return expand(fragment, fragments, where, depth + 1);
    }
    if (name in CONSTANTS) return CONSTANTS[name]!;
    if (name in VARIABLE_DOMAINS) return whole;
    throw new Error(`${where}: unknown placeholder {{${name}}}`);
  });
}

function combinations(variables: readonly VariableName[]): TemplateVars[] {
  return variables.reduce<TemplateVars[]>(
    (acc, variable) =>
      acc.flatMap((vars) => VARIABLE_DOMAINS[variable].map((value) => ({ ...vars, [variable]: value }))),
    [{}],
  );
}
