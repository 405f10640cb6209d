// The text a page's script source shows: a React or mini-program page kept in a repository (import …; Page({ data:
// { text: `<p>…</p>` } }); <div>某某有限公司</div>) holds its words in string literals and JSX text, between code
// that is no text at all. The read stage reads the page those words make (each literal a block, JSX lines as they
// are) and drops the code and comments.
import { HAN } from './chinese.ts';

/** How a script source opens: imports, exports, declarations, a mini-program's Page({…}), a comment. */
const SCRIPT_LINE =
  /^\s*(?:import\s[^;]*?from\s|import\s+['"]|export\s|(?:const|let|var)\s+[\w${[]|function[\s*(]|class\s+\w|(?:Page|Component|App)\(\{|module\.exports|require\(|['"]use strict['"]|\/\/|\/\*)/;
/** Lines among the first non-empty ones that must read as script for the file to be one. */
const OPENING_LINES = 8;
const MIN_SCRIPT_LINES = 2;

/** A literal that holds markup (a rich-text field: `<p style="…">…</p>`): read as the markup it is. */
const MARKUP = /<\/?[a-zA-Z][^<>]*>/;
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Whether a text is a script's source (JavaScript, TypeScript, JSX) rather than prose or markup: it opens with a
 *  line of script, and another of its first lines is one too. */
export function looksLikeScriptSource(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, OPENING_LINES);
  return lines.filter((line) => SCRIPT_LINE.test(line)).length >= MIN_SCRIPT_LINES && SCRIPT_LINE.test(lines[0] ?? '');
}

const ESCAPES: Record<string, string> = { n: '\n', t: ' ', r: '', '0': '' };

/** A string literal's body from `from` (just after its opening quote) to its closing `quote`, escapes read. */
function literal(source: string, from: number, quote: string): { text: string; end: number } {
  let text = '';
  let i = from;
  while (i < source.length && source[i] !== quote) {
    const c = source[i]!;
    if (quote !== '`' && c === '\n') break;
    if (c === '\\' && i + 1 < source.length) {
      const next = source[i + 1]!;
      const unicode = next === 'u' ? /^u([0-9a-fA-F]{4})/.exec(source.slice(i + 1, i + 6)) : null;
      text += unicode ? String.fromCharCode(parseInt(unicode[1]!, 16)) : (ESCAPES[next] ?? next);
      i += unicode ? 6 : 2;
      continue;
    }
    // A template literal's ${expression} is code, no text: skip it, braces nested.
    if (quote === '`' && c === '$' && source[i + 1] === '{') {
      let depth = 0;
      for (i++; i < source.length; i++) {
        if (source[i] === '{') depth++;
        else if (source[i] === '}' && --depth === 0) break;
      }
      i++;
      continue;
    }
    text += c;
    i++;
  }
  return { text, end: i + 1 };
}

/** The page a script source shows, as markup: its string literals that hold Han characters, each a block of its
 *  own (a rich-text field's markup as it is), and its lines of JSX that do (<div>某某有限公司</div>); its code,
 *  comments and literals of Latin alone (class names, paths) dropped. */
export function scriptSourceText(source: string): string {
  let out = '';
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      const { text, end } = literal(source, i + 1, c);
      // A literal read out of its line, a block of its own (an expression's {' '} leaves its braces, dropped below).
      if (HAN.test(text)) out += `\n${MARKUP.test(text) ? text : `<p>${escaped(text)}</p>`}\n`;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out
    .split('\n')
    .filter((line) => HAN.test(line))
    .map((line) => line.replace(/\{\s*\}/g, '').trim())
    .join('\n');
}
