// HTML → text for the read stage: keeps the readable text of a page, one block per line.
// Dropped: <head>, scripts and styles, forms' controls, and navigation-like parts (nav/aside/footer elements,
// elements whose class or id says nav, menu, breadcrumb, footer, share, comment, related, …). Block
// elements become line breaks; entities are decoded (by htmlparser2).
import { decodeHTML } from 'entities/decode';
import { Parser } from 'htmlparser2';
import { scriptSourceText } from './script-source.ts';

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'object',
  'embed',
  'nav',
  'aside',
  'footer',
  'select',
  'button',
  'textarea',
]);

/** Elements that end a line of text (the markup of report text reads the same ones: markup.ts). */
export const BLOCKS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'title',
  'tr',
  'ul',
]);
/** Table cells: a space between them. */
export const CELLS: ReadonlySet<string> = new Set(['td', 'th']);

/** class/id words that mark page furniture rather than the article. */
const FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|sidebar|share|sharing|comments?|copyright|related|recommend|advert|ads|toolbar|pager|pagination|topbar)(?:$|[\s_-])/i;

/** A script that holds a client-side template (text/x-jquery-tmpl, text/template, text/html): markup the page
 *  shows, not code. */
const CLIENT_TEMPLATE = /^text\/(?:x-[\w-]*(?:tmpl|template)[\w-]*|template|html|ng-template)$/i;

/** Server-side code of a page's source: JSP's <%@ page %>, <%-- --%> and <%= %>; PHP's <?php ?>; the tags of
 *  Jinja, Django and Twig ({% %}, {# #}) and Laravel Blade's lines (@extends('…'), @section('content')) and echoes
 *  ({{ }}, {!! !!}). Never page text. */
const SERVER_CODE =
  /<%[\s\S]*?%>|<\?php[\s\S]*?(?:\?>|$)|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|\{!![\s\S]*?!!\}|\{\{[\s\S]*?\}\}|^[ \t]*@(?:extends|section|endsection|yield|include|parent|show|stop|stack|push|endpush|if|elseif|else|endif|foreach|endforeach|for|endfor|php|endphp)\b[^\n]*/gm;

/** Whether a decoded text is an HTML document or fragment rather than plain text (a page's source too: what its
 *  server-side code opens with is skipped). */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096).replace(SERVER_CODE, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(start)) return true;
  if (/<(?:html|body)\b[^>]*>/i.test(start)) return true;
  // A fragment: starts with a tag and uses a few common elements.
  return (
    /^\s*<[a-z!]/i.test(start) &&
    (start.match(/<\/?(?:p|div|br|span|a|table|td|tr|li|ul|h[1-6]|meta|title)\b/gi)?.length ?? 0) >= 3
  );
}

/** The longest text of a table cell read as one field of its row (a cell of a layout table holds a whole page). */
const MAX_FIELD = 40;

/**
 * A short cell's paragraphs (<td><p>王某</p></td>, as word processors write tables) are one field of its row, so
 * the row reads as one line: its line breaks become spaces, unless it holds a sentence.
 */
function joinShortCell(parts: string[], from: number): void {
  const text = parts.slice(from).join('');
  if (text.replace(/\s/g, '').length > MAX_FIELD || /[。！？!?；;]/.test(text)) return;
  for (let i = from; i < parts.length; i++) parts[i] = parts[i]!.replace(/\n/g, ' ');
}

/** Whitespace collapsed as a page shows it, except that a line break between two Han characters (a source file
 *  wrapped mid-sentence: 总面|积) joins them, as CSS Text's segment-break rule does for East Asian text. */
function collapseSpace(text: string): string {
  return text
    .replace(/(?<=\p{Script=Han})[ \t\r\f]*\n[ \t\r\n\f]*(?=\p{Script=Han})/gu, '')
    .replace(/[ \t\r\n\f]+/g, ' ');
}

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipDepth = 0;
  /** Open elements read (not skipped): a <template> opened at 0 is a component file's page, not an inert fragment. */
  let depth = 0;
  /** A script whose text the page shows, being read, with how it is read: a client-side template's markup
   *  (<script type="text/x-jquery-tmpl">), or a component file's script, whose string literals hold the data the page
   *  shows (a news list's titles and texts). */
  let shownScript: { text: string[]; read: (source: string) => string } | undefined;
  /** Whether the file is a component file: its <template> opened at 0. */
  let componentFile = false;
  let preDepth = 0;
  /** Where each open table cell's text starts in `parts`. */
  const cells: number[] = [];
  // Links written side by side (<a>甲</a><a>乙</a>, <a>标题</a><span>日期</span>) are separate items: a space
  // between them, not one run of text that joins two names.
  let linkClosed = false;
  let itemAfterLink = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (name === 'script' && CLIENT_TEMPLATE.test(attribs.type ?? '')) {
          shownScript = { text: [], read: htmlToText };
          return;
        }
        if (name === 'script' && componentFile && depth === 0) {
          shownScript = { text: [], read: (source) => htmlToText(scriptSourceText(source)) };
          return;
        }
        // A component file (Vue's single-file component) keeps its page in a <template> that opens the file.
        const componentPage = name === 'template' && depth === 0;
        if (componentPage) componentFile = true;
        const skipped = SKIPPED.has(name) && !componentPage;
        if (skipped || FURNITURE.test(attribs.class ?? '') || FURNITURE.test(attribs.id ?? '')) {
          skipDepth = 1;
          return;
        }
        depth++;
        if (name === 'pre') preDepth++;
        if (linkClosed) itemAfterLink = true;
        if (BLOCKS.has(name)) parts.push('\n');
        else if (CELLS.has(name)) {
          parts.push(' ');
          cells.push(parts.length);
        }
      },
      onclosetag(name) {
        if (shownScript && name === 'script') {
          parts.push('\n', shownScript.read(shownScript.text.join('')), '\n');
          shownScript = undefined;
          return;
        }
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (depth > 0) depth--;
        if (name === 'pre' && preDepth > 0) preDepth--;
        if (name === 'a') linkClosed = true;
        if (BLOCKS.has(name)) parts.push('\n');
        if (CELLS.has(name) && cells.length) joinShortCell(parts, cells.pop()!);
      },
      ontext(text) {
        if (shownScript) {
          shownScript.text.push(text);
          return;
        }
        if (skipDepth > 0) return;
        if (itemAfterLink) parts.push(' ');
        if (text.trim()) linkClosed = itemAfterLink = false;
        parts.push(preDepth > 0 ? text : collapseSpace(text));
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.replace(SERVER_CODE, ''));
  parser.end();
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t\r\f]+|[ \t\r\f]+$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** What an HTML page says its headline is, read before its markup is dropped: its first <h1> and its <title>. */
export interface PageHeadings {
  h1?: string;
  title?: string;
}

function elementText(html: string, tag: 'h1' | 'title'): string | undefined {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
  const text =
    m &&
    decodeHTML(m[1]!.replace(/<[^>]*>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
  return text || undefined;
}

export function pageHeadings(html: string): PageHeadings {
  return { h1: elementText(html, 'h1'), title: elementText(html, 'title') };
}
