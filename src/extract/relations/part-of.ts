// PART_OF: the smaller parks and the projects a report's park builds belong to it; a publication belongs to
// the organization that issues it (省委政策研究室《江海论坛》).
import type { RelationContext, RelationSet } from './context.ts';
import { parkRank } from './located-in.ts';

export function partOf(ctx: RelationContext, out: RelationSet, members: Set<number>): void {
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
