// A declared-dependency runner: each step of a stage (a recognizer's pass, a relation rule) says what it needs
// and what it produces, and runs after what it needs, not wherever it happens to be called. The order is fixed
// once, when the stage is loaded, so a cycle or a need nobody produces is an error then, not a silent miss.

export interface Step<State> {
  name: string;
  /** What must exist before the step runs: products of other steps, or inputs the stage provides. */
  needs?: readonly string[];
  produces?: readonly string[];
  run: (state: State) => void;
}

export class StepError extends Error {
  constructor(stage: string, problem: string) {
    super(`${stage}: ${problem}`);
    this.name = 'StepError';
  }
}

/** The steps in an order where each runs after what it needs; among steps free to run, the one declared first.
 *  @param inputs what the stage provides before any step runs. */
export function orderSteps<State>(
  stage: string,
  steps: readonly Step<State>[],
  inputs: readonly string[] = [],
): Step<State>[] {
  const producer = new Map<string, Step<State>>(inputs.map((input) => [input, { name: '(input)', run: () => {} }]));
  for (const step of steps) {
    if (steps.filter((s) => s.name === step.name).length > 1)
      throw new StepError(stage, `two steps named ${step.name}`);
    for (const product of step.produces ?? []) {
      const other = producer.get(product);
      if (other) throw new StepError(stage, `${product} is produced by both ${other.name} and ${step.name}`);
      producer.set(product, step);
    }
  }
  for (const step of steps) {
    for (const need of step.needs ?? []) {
      if (!producer.has(need)) throw new StepError(stage, `${step.name} needs ${need}, which no step produces`);
    }
  }
  const done = new Set<string>(inputs);
  const ordered: Step<State>[] = [];
  const waiting = [...steps];
  while (waiting.length) {
    const ready = waiting.findIndex((step) => (step.needs ?? []).every((need) => done.has(need)));
    if (ready < 0) {
      const stuck = waiting.map((s) => `${s.name} (needs ${(s.needs ?? []).join(', ')})`).join('; ');
      throw new StepError(stage, `steps wait on each other in a cycle: ${stuck}`);
    }
    const [step] = waiting.splice(ready, 1);
    ordered.push(step!);
    for (const product of step!.produces ?? []) done.add(product);
  }
  return ordered;
}

/** Steps put in order once; run() applies them to each report's state. */
export class StepRunner<State> {
  readonly order: readonly Step<State>[];

  constructor(stage: string, steps: readonly Step<State>[], inputs: readonly string[] = []) {
    this.order = orderSteps(stage, steps, inputs);
  }

  run(state: State): State {
    for (const step of this.order) step.run(state);
    return state;
  }
}
