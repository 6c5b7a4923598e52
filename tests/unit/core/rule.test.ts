import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonMatch } from '../../../src/core/personMatch.ts';
import { decide } from '../../../src/core/rule.ts';
import type { ProcessStatus } from '../../../src/core/schema.ts';
import { NOW, days, person, process, state } from '../support/state.ts';

const dana: PersonMatch = { personId: 'dana', strength: 'profile' };
const people = [person('dana', 'Dana Whitfield'), person('sam', 'Sam Ortega')];

describe('decide', () => {
  it('lets a person who matches nobody through', () => {
    expect(decide([], state(people, [process('p', 'scheduled', [{ at: days(5), people: ['dana'] }])]), NOW)).toEqual({
      action: 'allow',
      reason: 'not-watched',
    });
  });

  it('stops before the interview, naming the round', () => {
    const s = state(people, [process('p', 'scheduled', [{ at: days(5), people: ['dana'] }])]);
    expect(decide([dana], s, NOW)).toMatchObject({
      action: 'stop',
      reason: 'before-interview',
      processId: 'p',
      roundId: 'p-r0',
      at: days(5),
    });
  });

  it('stops after the interview while no decision is recorded', () => {
    const s = state(people, [process('p', 'interviewing', [{ at: days(-3), people: ['dana'] }])]);
    expect(decide([dana], s, NOW)).toMatchObject({ action: 'stop', reason: 'awaiting-decision' });
  });

  it('asks for the status once the decision is overdue', () => {
    const s = state(people, [process('p', 'awaiting-decision', [{ at: days(-22), people: ['dana'] }])]);
    expect(decide([dana], s, NOW)).toMatchObject({ action: 'stop', reason: 'decision-overdue' });
    const exactly = state(people, [process('p', 'awaiting-decision', [{ at: days(-21), people: ['dana'] }])]);
    expect(decide([dana], exactly, NOW)).toMatchObject({ reason: 'awaiting-decision' });
  });

  it.each<[ProcessStatus, string]>([
    ['offer', 'offer'],
    ['accepted', 'offer'],
    ['rejected', 'process-over'],
    ['withdrawn', 'process-over'],
  ])('lets the request through once the process is %s', (status, reason) => {
    const s = state(people, [process('p', status, [{ at: days(5), people: ['dana'] }])]);
    expect(decide([dana], s, NOW)).toEqual({ action: 'allow', reason });
  });

  it('talks about the next round the person sits in, in a multi-round process', () => {
    const s = state(people, [
      process('p', 'interviewing', [
        { at: days(-2), people: ['dana'] },
        { at: days(3), people: ['sam'] },
        { at: days(9), people: ['dana'] },
      ]),
    ]);
    expect(decide([dana], s, NOW)).toMatchObject({ reason: 'before-interview', roundId: 'p-r2' });
  });

  it('stops when any open process involves the person, even if another has an offer', () => {
    const s = state(people, [
      process('a', 'offer', [{ at: days(-10), people: ['dana'] }]),
      process('b', 'scheduled', [{ at: days(4), people: ['dana'] }]),
    ]);
    expect(decide([dana], s, NOW)).toMatchObject({ action: 'stop', processId: 'b' });
  });

  it('carries the strength of a name-only match', () => {
    const s = state(people, [process('p', 'scheduled', [{ at: days(5), people: ['dana'] }])]);
    expect(decide([{ personId: 'dana', strength: 'name' }], s, NOW)).toMatchObject({ strength: 'name' });
  });
});

const statusArb = fc.constantFrom<ProcessStatus>(
  'scheduled',
  'interviewing',
  'awaiting-decision',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
);
const processesArb = fc.array(
  fc.record({
    status: statusArb,
    rounds: fc.array(fc.record({ day: fc.integer({ min: -60, max: 60 }), who: fc.subarray(['dana', 'sam']) }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  { maxLength: 4 },
);
const build = (ps: Array<{ status: ProcessStatus; rounds: Array<{ day: number; who: string[] }> }>) =>
  state(
    people,
    ps.map((p, i) =>
      process(
        `p${i}`,
        p.status,
        p.rounds.map((r) => ({ at: days(r.day), people: r.who })),
      ),
    ),
  );

describe('decide (properties)', () => {
  it('never stops a person who matches no process', () => {
    fc.assert(
      fc.property(processesArb, (ps) => {
        expect(decide([{ personId: 'nobody', strength: 'profile' }], build(ps), NOW).action).toBe('allow');
      }),
    );
  });

  it('does not depend on the order of processes', () => {
    fc.assert(
      fc.property(processesArb, (ps) => {
        const forward = decide([dana], build(ps), NOW);
        const s = build(ps);
        const backward = decide([dana], { ...s, processes: [...s.processes].reverse() }, NOW);
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('moving a process to offer never makes the verdict stricter', () => {
    fc.assert(
      fc.property(processesArb, fc.nat(), (ps, pick) => {
        fc.pre(ps.length > 0);
        const before = decide([dana], build(ps), NOW);
        const changed = ps.map((p, i) => (i === pick % ps.length ? { ...p, status: 'offer' as const } : p));
        const after = decide([dana], build(changed), NOW);
        if (before.action === 'allow') expect(after.action).toBe('allow');
      }),
    );
  });
});
