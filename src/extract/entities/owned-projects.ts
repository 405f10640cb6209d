// A project written right after the registered company that builds it (华辰科技有限公司|年产5万吨负极材料项目) is
// named by both: the whole written form is the project's fullest name, the part after the company its short one.
// Recognition keeps the two names apart (the company and its project are each an entity); the joined form is
// added as an alias of the project, so a reader who names the project with its company finds it too.
import type { RecognizedReport } from './report.ts';

/** A registered company's name, which a project named with it opens with. */
const REGISTERED = /(?:有限公司|有限责任公司|集团)$/;

/** Adds to each project written right after a registered company the joined form as an alias. */
export function aliasProjectsWithOwners(report: RecognizedReport, texts: readonly string[]): RecognizedReport {
  const { entities, mentions } = report;
  mentions.forEach((m, i) => {
    const before = mentions[i - 1];
    const project = entities[m.entity]!;
    if (project.kind !== 'Project' || !before || before.sentence !== m.sentence || before.end !== m.start) return;
    const owner = entities[before.entity]!;
    if (owner.kind !== 'Company' || !REGISTERED.test(owner.name)) return;
    const joined = texts[m.sentence]!.slice(before.start, m.end);
    if (joined !== project.name) project.aliases.add(joined);
  });
  return report;
}
