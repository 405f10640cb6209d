// Officials hold posts in state and Party organs; everyone else with a role is a Person (ONTOLOGY.md), including a
// company's 党委书记 or a university's 主任. Recognition reads the kind from the title alone (主席, 书记 are government
// heads), before it knows the body: once posts are read, a person whose every post is in a company or another body
// outside the state becomes a Person.
import type { RecognizedReport } from '../entities/report.ts';
import type { RecognizedRelation } from './context.ts';

/** Bodies outside the state and the Party's organs: schools, hospitals, institutes, associations, foundations, the
 *  people's bodies (侨联, 科协, 文联) and chambers of commerce; not a place's federation of trade unions (某省总工会),
 *  whose heads are officials. */
const OUTSIDE_STATE = /(?:大学|学院|学校|中学|小学|医院|研究院|研究所|实验室|协会|学会|基金会|侨联|科协|文联|商会)$/;

/** The people's bodies and associations the Party leads through a leadership group of its own (党组): who sits in it,
 *  or holds a civil servant's rank there (一级巡视员, 二级调研员), is an official of the body. */
const PARTY_LED_BODY = /(?:侨联|科协|文联|学会|协会)$/;
const PARTY_LED_POST = /党组|巡视员|调研员|主任科员/;

/** Whether a post is outside the state: in a company, or in such an organization as no official of it. */
function outsideState(report: RecognizedReport, post: RecognizedRelation): boolean {
  const { kind, name } = report.entities[post.to]!;
  if (kind === 'Company') return true;
  if (kind !== 'Organization' || !OUTSIDE_STATE.test(name)) return false;
  return !(PARTY_LED_BODY.test(name) && PARTY_LED_POST.test(post.title ?? ''));
}

export function peopleOutsideTheState(
  report: RecognizedReport,
  relations: readonly RecognizedRelation[],
): RecognizedReport {
  const posts = new Map<number, RecognizedRelation[]>();
  for (const r of relations) if (r.type === 'HOLDS_POSITION') posts.set(r.from, [...(posts.get(r.from) ?? []), r]);
  const people = new Set(report.entities.filter((e) => e.kind === 'Person').map((e) => e.name));
  const becomesPerson = (i: number) => {
    const e = report.entities[i]!;
    const held = posts.get(i);
    // (A Person of the same name already stands for them: no second entity of one name.)
    return e.kind === 'Official' && !!held && held.every((p) => outsideState(report, p)) && !people.has(e.name);
  };
  if (!report.entities.some((_, i) => becomesPerson(i))) return report;
  return {
    ...report,
    entities: report.entities.map((e, i) => (becomesPerson(i) ? { ...e, kind: 'Person' } : e)),
  };
}
