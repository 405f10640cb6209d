// PART_OF: a name that opens with another's names a part of it; the smaller parks and the projects a report's
// park builds belong to it; a publication belongs to the organization that issues it (省委政策研究室《江海论坛》).
import type { RelationContext, RelationSet } from './context.ts';
import { parkRank } from './located-in.ts';

/** What may be part of what, by kind (ONTOLOGY.md): parks and projects of parks, bodies of bodies. */
const WHOLE_KINDS: Readonly<Record<string, readonly string[]>> = {
  Park: ['Park'],
  Project: ['Park'],
  Organization: ['Organization'],
};

/** A name that opens with another's whole name names a part of it: 某某高新区南部园区 → 某某高新区, 某某研究院某某研究所
 *  → 某某研究院, 国务院办公厅 → 国务院. The longest such whole is the nearest. */
function partsByName(ctx: RelationContext, out: RelationSet): void {
  const forms = ctx.report.entities.flatMap((e, i) => [e.name, ...e.aliases].map((form) => ({ form, whole: i })));
  ctx.report.entities.forEach((part, i) => {
    const wholeKinds = WHOLE_KINDS[part.kind];
    if (!wholeKinds) return;
    const whole = forms
      .filter(
        ({ form, whole }) =>
          whole !== i &&
          wholeKinds.includes(ctx.kind(whole)) &&
          part.name.length - form.length >= 2 &&
          part.name.startsWith(form),
      )
      .sort((a, b) => b.form.length - a.form.length)[0]?.whole;
    if (whole !== undefined) out.add({ type: 'PART_OF', from: i, to: whole, evidence: ctx.evidenceFor(i, whole) });
  });
}

export function partOf(ctx: RelationContext, out: RelationSet, members: Set<number>): void {
  partsByName(ctx, out);
  const subject = ctx.report.subjectPark;
  if (subject !== undefined) {
    const subjectRank = parkRank(ctx.name(subject));
    for (const park of ctx.entitiesOfKind('Park')) {
      // Peers (other zones, partnership members) are not parts.
      if (park === subject || members.has(park) || parkRank(ctx.name(park)) >= Math.min(2, subjectRank)) continue;
      out.add({ type: 'PART_OF', from: park, to: subject, evidence: ctx.evidenceFor(park, subject) });
    }
    for (const project of ctx.entitiesOfKind('Project')) {
      out.add({ type: 'PART_OF', from: project, to: subject, evidence: ctx.evidenceFor(project, subject) });
    }
  }
  for (const m of ctx.report.mentions) {
    if (ctx.kind(m.entity) !== 'Organization') continue;
    const next = ctx.mentionsIn(m.sentence).find((o) => o.start === m.end && ctx.kind(o.entity) === 'Organization');
    if (next && ctx.text(m.sentence)[next.start] === '《') {
      out.add({ type: 'PART_OF', from: next.entity, to: m.entity, evidence: [m.sentence] });
    }
  }
}
