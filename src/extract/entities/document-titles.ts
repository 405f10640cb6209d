// Bodies and places that issue or scope a document cited by its title in book marks (《某党纪律处分条例》, 《某市人民
// 政府关于…的通知》, 《某省促进中小企业发展条例》): the document is what the report names there, not its issuer, which
// the gold leaves out unless the report names it elsewhere (ONTOLOGY.md: bodies named in passing are not entities).
import { regionByName } from '../lexicon/regions.ts';
import { bySentence, type Candidate } from './candidate.ts';

/** The words a document's title ends with: laws, regulations, notices, plans, agreements, reports. */
const DOCUMENT_END =
  /(?:条例|法|规定|办法|意见|通知|方案|规划|决定|协议|倡议书|细则|纲要|决议|公告|通报|准则|措施|备忘录|计划|指引|指南|报告|章程)$/;
/** What joins the issuers a title opens with (《甲 乙关于…》, 《甲、乙联合…》). */
const ISSUER_JOIN = /^[\s、和与及]*$/u;

/** A document's number in brackets right after its title (（某发改〔2012〕1095号）). */
const NUMBERED_AFTER = /^[（(][^（）()]{0,20}[〔[]\d{4}[〕\]]\s*\d+\s*号[）)]/u;

interface Title {
  /** Where the title's text starts (after 《) and where 关于 or the title ends. */
  start: number;
  issuersEnd: number;
}

/** The document titles of a sentence: each 《…》 whose text ends with a document word or says what it is about. */
function documentTitles(text: string): Title[] {
  const out: Title[] = [];
  for (const m of text.matchAll(/《([^《》]{2,80})》/gu)) {
    const body = m[1]!;
    const about = body.indexOf('关于');
    if (about < 0 && !DOCUMENT_END.test(body)) continue;
    // A document cited with its number (《…》（某发〔2012〕95号）) is cited as the basis an official notice acts on:
    // its issuer is one of the authorities the notice names.
    if (NUMBERED_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const start = m.index + 1;
    out.push({ start, issuersEnd: start + (about < 0 ? body.length : about) });
  }
  return out;
}

/** A body, or a division whose law or plan it is (《某省促进…条例》); not a macro-region a plan is about (《某某都市圈
 *  发展规划》), nor the country opening a zone's name (《中国（某省）自由贸易试验区总体方案》). */
function issuerKind(c: Candidate, text: string): boolean {
  if (c.kind === 'Organization') return true;
  const level = c.kind === 'Region' ? regionByName(c.name)?.level : undefined;
  return level !== undefined && level !== 'macro' && !/[（(]/.test(text[c.end] ?? '');
}

/** Bodies and places read only as a document's issuers: those opening its title, one after another, before 关于. */
export function dropDocumentIssuers(kept: Candidate[], texts: readonly string[]): Candidate[] {
  const dropped = new Set<Candidate>();
  for (const [sentence, candidates] of bySentence(kept.filter((c) => !c.reference))) {
    const text = texts[sentence]!;
    if (!text.includes('《')) continue;
    for (const title of documentTitles(text)) {
      const inTitle = candidates
        .filter((c) => c.start >= title.start && c.end <= title.issuersEnd)
        .sort((a, b) => a.start - b.start || b.end - a.end);
      let frontier = title.start;
      for (const c of inTitle) {
        // A name inside an issuer already read (某省|人民政府) goes with it.
        if (c.end <= frontier) {
          if (inTitle.some((d) => dropped.has(d) && d.start <= c.start && c.end <= d.end)) dropped.add(c);
          continue;
        }
        if (!ISSUER_JOIN.test(text.slice(frontier, c.start))) break;
        if (!issuerKind(c, text)) break;
        dropped.add(c);
        frontier = c.end;
      }
    }
  }
  return dropped.size ? kept.filter((c) => !dropped.has(c)) : kept;
}
