// The declared-dependency runner: steps run after what they need, in declared order otherwise; a cycle, a need no
// step produces or two producers of one thing is an error when the stage loads.
import { describe, expect, it } from 'vitest';
import { orderSteps, StepError, StepRunner, type Step } from '../../src/extract/steps.ts';
import { ENTITY_STEPS } from '../../src/extract/entities/index.ts';
import { RELATION_RULES } from '../../src/extract/relations/index.ts';

const step = (name: string, needs: string[] = [], produces: string[] = []): Step<string[]> => ({
  name,
  needs,
  produces,
  run: (log) => void log.push(name),
});

describe('orderSteps', () => {
  it('runs a step after the one producing what it needs, and keeps declared order otherwise', () => {
    const steps = [step('part', ['members'], ['PART_OF']), step('located'), step('member', [], ['members'])];
    expect(new StepRunner('test', steps).run([])).toEqual(['located', 'member', 'part']);
  });
  it('accepts a need the stage provides as an input', () => {
    expect(orderSteps('test', [step('a', ['sentences'])], ['sentences']).map((s) => s.name)).toEqual(['a']);
  });
  it('rejects a need that no step produces', () => {
    expect(() => orderSteps('relation rules', [step('PART_OF', ['members'])])).toThrow(
      new StepError('relation rules', 'PART_OF needs members, which no step produces'),
    );
  });
  it('rejects a cycle', () => {
    const steps = [step('a', ['y'], ['x']), step('b', ['x'], ['y'])];
    expect(() => orderSteps('test', steps)).toThrow(/test: steps wait on each other in a cycle: a \(needs y\); b/);
  });
  it('rejects two producers of one thing and two steps of one name', () => {
    expect(() => orderSteps('test', [step('a', [], ['x']), step('b', [], ['x'])])).toThrow(
      /x is produced by both a and b/,
    );
    expect(() => orderSteps('test', [step('a'), step('a')])).toThrow(/two steps named a/);
  });
});

describe('the declared stages', () => {
  it('run PART_OF after MEMBER_OF, whose members it needs', () => {
    const order = orderSteps('relation rules', RELATION_RULES, ['entities']).map((s) => s.name);
    expect(order.indexOf('PART_OF')).toBeGreaterThan(order.indexOf('MEMBER_OF'));
  });
  it('read declared short forms from the candidates, and resolve references after the subject park is known', () => {
    const order = orderSteps('entity steps', ENTITY_STEPS, ['sentences']).map((s) => s.name);
    expect(order).toEqual([
      'recognize',
      'declared short forms',
      'overlaps',
      'recurring people',
      'group',
      'short forms',
      'state bodies as written',
      'subject',
      'references',
    ]);
  });
});
