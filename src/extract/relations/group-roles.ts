// HOLDS_POSITION in a working group: the roles a leading group's or a command's roster gives its members (组长, 副组长,
// 成员, 指挥长), held in that group (corpus/README.md: 省委书记某某任组长 → the group {title: 组长}). The roster is a
// notice's rows (组  长：王某（县委书记）, then 李某 某局局长 on the rows under a label), a table's cells (成员 王某
// 某局局长), or prose (某某任组长，某某等任副组长; 组长由县长王某担任). The posts the rows give beside the role are
// read by the other HOLDS_POSITION rules.
import { ROSTER_LABEL, ROSTER_ROLE } from '../entities/people/rosters.ts';
import { GROUP } from '../entities/suffix-heads.ts';
import type { RelationContext } from './context.ts';

/** A role that is a table's cell of its own, set apart by spaces (主任 王某 某区区长; 1 王某 某局局长 成员). */
const CELL = new RegExp(`(?:^|\\s)(${ROSTER_ROLE})(?=\\s|$)`, 'gu');
/** What a sentence says someone does, which no row of a roster says (兼任办公室主任, 负责日常工作). */
const ACTS = /兼任|担任|负责|主持|任命|免去|出席|参加/;
/** A row that another field labels (办公室主任：, 联系电话：). */
const OTHER_LABEL = /^\s*[一-龥]{1,10}\s*[:：]/u;
/** Prose that gives a role to the people named before it (某某任组长, 某某等任副组长, 某某为成员). */
const GIVEN = /(?:等)?(?:同志)?(?:任|担任|为)((?:常务|第一)?副?(?:组长|指挥长|召集人)|成员)/gu;
/** Prose that gives a role to the people named after it (组长由县长王某担任). */
const GIVEN_BY = /((?:常务|第一)?副?(?:组长|指挥长|召集人))由([^，,。；;]{2,40}?)(?:同志)?(?:担任|兼任)/gu;

/** A group's role as the roster writes it, without its padding (成  员 → 成员). */
export const GROUP_ROLE = new RegExp(`^${ROSTER_ROLE}$`, 'u');

/** A role no body but a working group gives (组长, 成员), unlike 主任 or 委员, which are posts elsewhere too. */
export const GROUP_ONLY_ROLE = /^(?:(?:常务|第一)?副?(?:组长|指挥长|召集人)|成员)$/u;

/** Whether a body's name is a working group's or a committee's, whose roster a report may give (某县乡村振兴工作领导
 *  小组, 某市防汛抗旱指挥部, 某区安全生产委员会). */
export function isRosteredBody(name: string): boolean {
  return name.endsWith('委员会') || [...GROUP].some((g) => name.endsWith(g));
}

/** Whether an entity is such a group or committee, an Organization. */
export function isGroup(ctx: RelationContext, entity: number): boolean {
  return ctx.kind(entity) === 'Organization' && isRosteredBody(ctx.name(entity));
}

interface Role {
  person: number;
  group: number;
  title: string;
  sentence: number;
}

/** The roles each group's roster gives, in reading order. */
export function groupRoles(ctx: RelationContext): Role[] {
  const groups = ctx.entitiesOfKind('Organization').filter((o) => isGroup(ctx, o));
  if (!groups.length) return [];
  const out: Role[] = [];
  let group: number | undefined;
  /** The role of the last labelled row, which the unlabelled rows under it share. */
  let rowRole: string | undefined;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const text = ctx.text(s);
    const mentions = ctx.mentionsIn(s);
    const named = mentions.filter((m) => isGroup(ctx, m.entity)).at(-1);
    const namedHere = named !== undefined;
    if (named) group = named.entity;
    // A roster read before its group is named (a table under a page title the text does not repeat): the report's
    // one group.
    const holder = group ?? (groups.length === 1 ? groups[0] : undefined);
    const people = mentions.filter((m) => ['Official', 'Person'].includes(ctx.kind(m.entity)));
    const labels = labelsIn(text);
    if (holder === undefined || !people.length) {
      // A label alone on its line (成员：) gives its role to the rows under it.
      rowRole = labels.at(-1)?.role;
      continue;
    }
    const add = (person: number, title: string) => out.push({ person, group: holder, title, sentence: s });
    if (labels.length) {
      for (const p of people) {
        const role =
          labels.filter((l) => l.at <= p.start).at(-1)?.role ?? (p.start <= firstContent(text) ? rowRole : undefined);
        if (role) add(p.entity, role);
      }
      rowRole = labels.at(-1)!.role;
      continue;
    }
    // A row labelled otherwise (办公室主任：王某) is no member's.
    if (OTHER_LABEL.test(text)) {
      rowRole = undefined;
      continue;
    }
    const cells = [...text.matchAll(CELL)].map((m) => unpadded(m[1]!));
    if (cells.length === 1 && people.length === 1) {
      add(people[0]!.entity, cells[0]!);
      // A table's rows under it whose role cell is empty share it (成员 王某 某局局长, then 李某 某局局长).
      rowRole = cells[0];
      continue;
    }
    // A row under a labelled one, no label of its own: one that a name opens, or a table's row of one person (县委副
    // 书记、县长  王某), not a sentence that says what someone does (王某同志兼任办公室主任).
    const row = !ACTS.test(text) && (people[0]!.start <= firstContent(text) || tableRow(text, people.length));
    if (rowRole && row) {
      for (const p of people) add(p.entity, rowRole);
      continue;
    }
    rowRole = undefined;
    // Prose, where the group is named in this sentence or the one before.
    const near = namedHere || ctx.mentionsIn(s - 1).some((m) => isGroup(ctx, m.entity));
    if (!near) continue;
    let from = named?.end ?? 0;
    for (const m of text.matchAll(GIVEN)) {
      for (const p of people) if (p.start >= from && p.end <= m.index) add(p.entity, m[1]!);
      from = m.index + m[0].length;
    }
    for (const m of text.matchAll(GIVEN_BY)) {
      const start = m.index + m[1]!.length + 1;
      for (const p of people) if (p.start >= start && p.end <= start + m[2]!.length) add(p.entity, m[1]!);
    }
  }
  return out;
}

/** The roles that label rows in a sentence, with where each label ends. */
function labelsIn(text: string): { role: string; at: number }[] {
  return [...text.matchAll(ROSTER_LABEL)].map((m) => ({ role: unpadded(m[1]!), at: m.index + m[0].length }));
}

function unpadded(role: string): string {
  return role.replace(/\s/g, '');
}

/** The most characters a table's row of one person and their posts holds. */
const ROW_LENGTH = 40;

/** Whether a line is a table's row of one person (县委副书记、县长  王某): short, and no clause of a sentence. */
function tableRow(text: string, people: number): boolean {
  return people === 1 && text.length <= ROW_LENGTH && !/[，,。；;！!？?]/.test(text);
}

/** Where a row's text starts after its padding and number (  李某, 3  王某). */
function firstContent(text: string): number {
  return /^[\s\d.、．一二三四五六七八九十]*/.exec(text)![0].length;
}
