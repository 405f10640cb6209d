// A place with an administrative committee of its own (某某产业基地管委会, 某某新城党工委) is a zone the state runs,
// whatever its name ends with: a park, not a facility. (Bases, towns and new cities are facilities' words too.)
import type { Candidate } from './candidate.ts';

/** A zone's own committees, written right after its name. */
const COMMITTEES = ['管委会', '管理委员会', '党工委'];

export function zonesWithCommittees(kept: Candidate[], texts: readonly string[]): Candidate[] {
  const text = texts.join('\n');
  const projects = new Set(kept.filter((c) => c.kind === 'Project').map((c) => c.name));
  const zones = new Set(
    [...projects].filter((name) => COMMITTEES.some((committee) => text.includes(name + committee))),
  );
  return zones.size ? kept.map((c) => (c.kind === 'Project' && zones.has(c.name) ? { ...c, kind: 'Park' } : c)) : kept;
}
