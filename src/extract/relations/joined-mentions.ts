// Names written one after another and joined (甲公司、乙公司和丙公司): the run a mention stands in.
import type { RecognizedMention } from '../entities/index.ts';

export interface JoinedWalk {
  /** The walk goes back from the anchor (its mentions in reverse reading order) rather than on from it. */
  before: boolean;
  /** Whether a mention can stand in the run. */
  accepts: (m: RecognizedMention) => boolean;
  /** What must stand between two of the run's mentions (、, 和, 与). */
  joint: RegExp;
}

/** The mentions of `walk` (those after or before `anchor`, in walking order) joined to it one after another: each
 *  accepted, with only the joint between it and the last one taken; `anchor` itself is not included. */
export function joinedRun(
  text: string,
  anchor: RecognizedMention,
  walk: readonly RecognizedMention[],
  { before, accepts, joint }: JoinedWalk,
): RecognizedMention[] {
  const run: RecognizedMention[] = [];
  let last = anchor;
  for (const item of walk) {
    const between = before ? text.slice(item.end, last.start) : text.slice(last.end, item.start);
    if (!accepts(item) || !joint.test(between)) break;
    run.push(item);
    last = item;
  }
  return run;
}
