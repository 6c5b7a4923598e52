import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWatchIndex } from '../../../src/content/watchList.ts';
import { WATCH_INDEX_VERSION, WatchIndex, buildWatchIndex } from '../../../src/core/watchIndex.ts';
import { NOW, days, person, process, state } from '../support/state.ts';

const entry = fc.record({ id: fc.string(), name: fc.string(), keys: fc.array(fc.string()) });
const anything = fc.oneof(fc.anything(), fc.constant(null), fc.string(), fc.integer(), fc.boolean());
// Mostly well-formed indexes, with every field sometimes replaced by something else.
const candidate = fc.record(
  {
    v: fc.oneof(fc.constant(WATCH_INDEX_VERSION), fc.constant(WATCH_INDEX_VERSION + 1), anything),
    people: fc.oneof(fc.array(entry), fc.array(fc.oneof(entry, anything)), anything),
    followAndMessage: fc.oneof(fc.boolean(), anything),
  },
  { requiredKeys: [] },
);

describe('hand-written watch list check', () => {
  it('accepts exactly what the WatchIndex schema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(candidate, anything), (raw) => {
        const zod = WatchIndex.safeParse(raw);
        const mine = readWatchIndex(raw);
        expect(mine !== undefined).toBe(zod.success);
        if (zod.success) expect(mine).toEqual(zod.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a real index', () => {
    const raw = {
      v: WATCH_INDEX_VERSION,
      people: [{ id: 'p1', name: 'Dana Whitfield', keys: ['linkedin:slug:dana-whitfield'] }],
    };
    expect(readWatchIndex(raw)).toEqual(raw);
  });
});

describe('watch index after "Send anyway"', () => {
  const s = state(
    [person('p1', 'Dana Whitfield'), person('p2', 'Sam Ortega')],
    [process('a', 'scheduled', [{ at: days(5), people: ['p1', 'p2'] }])],
  );
  s.allowances.push({ personId: 'p1', processId: 'a', at: NOW.toISOString() });
  const ids = (st: typeof s) => buildWatchIndex(st, NOW).people.map((p) => p.id);

  it('leaves out a person the user already chose to send to in that process', () => {
    expect(ids(s)).toEqual(['p2']);
  });

  it('keeps them when the user asked to be asked again', () => {
    expect(ids({ ...s, settings: { ...s.settings, askAgainAfterSendAnyway: true } })).toEqual(['p1', 'p2']);
  });

  it('keeps them while another open process of theirs has no such choice', () => {
    const both = { ...s, processes: [...s.processes, process('b', 'interviewing', [{ at: days(9), people: ['p1'] }])] };
    expect(ids(both)).toEqual(['p1', 'p2']);
  });
});
