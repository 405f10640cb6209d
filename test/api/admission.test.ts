// Admission: at most `limit` tasks at once, first come first served; a waiter that times out never runs.
import { expect, it } from 'vitest';
import { Admission } from '../../src/api/admission.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

it('runs at most `limit` tasks at once, in arrival order', async () => {
  const admission = new Admission(2);
  const started: number[] = [];
  const gates = [deferred(), deferred(), deferred(), deferred()];
  const runs = gates.map((gate, i) =>
    admission.run(new AbortController().signal, async () => {
      started.push(i);
      await gate.promise;
      return i;
    }),
  );
  await tick();
  expect(started).toEqual([0, 1]);
  gates[1]!.resolve();
  await tick();
  expect(started).toEqual([0, 1, 2]);
  gates[0]!.resolve();
  gates[2]!.resolve();
  gates[3]!.resolve();
  expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
});

it('drops a waiter whose signal aborts, without running it or losing a place', async () => {
  const admission = new Admission(1);
  const first = deferred();
  const ran: string[] = [];
  const holding = admission.run(new AbortController().signal, async () => {
    ran.push('first');
    await first.promise;
  });
  const impatient = new AbortController();
  const dropped = admission.run(impatient.signal, async () => void ran.push('impatient'));
  const patient = admission.run(new AbortController().signal, async () => void ran.push('patient'));
  await tick();
  impatient.abort(new Error('out of time'));
  await expect(dropped).rejects.toThrow('out of time');
  first.resolve();
  await Promise.all([holding, patient]);
  expect(ran).toEqual(['first', 'patient']);
  await admission.run(new AbortController().signal, async () => void ran.push('later'));
  expect(ran.at(-1)).toBe('later');
});
