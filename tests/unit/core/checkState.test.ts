// The write check on what a change touched (src/core/checkState.ts) must accept and refuse
// exactly what State.parse accepts and refuses, and give the same result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChange } from '../../../src/core/checkState.ts';
import { loadState } from '../../../src/core/load.ts';
import { State, type HistoryEntry } from '../../../src/core/schema.ts';
import { bigState } from '../../bench/support.ts';
import { NOW } from '../support/state.ts';

const base = loadState(JSON.parse(JSON.stringify(bigState(20, 3))) as unknown, NOW).state;
const entry = (id: string, personName = 'Dana'): HistoryEntry => ({
  id,
  at: NOW.toISOString(),
  site: 'linkedin',
  kind: 'connect',
  personName,
  company: 'Northwind Labs',
  reason: 'interviewing',
  outcome: 'shown',
});

/** The list with its `i`-th record (modulo its length) changed; anything else as it is. */
const at = <T>(list: T[], i: number, change: (record: T) => T): T[] =>
  Array.isArray(list) && list.length ? list.map((r, k) => (k === i % list.length ? change(r) : r)) : list;

/** One change a command (or a bug in one) could make; `bad` ones break the schema. */
type Edit = (s: State, i: number) => State;
const edits: Record<string, Edit> = {
  interception: (s, i) => ({ ...s, history: [...s.history, entry(`h${i}`)] }),
  'bad history entry': (s, i) => ({ ...s, history: [...s.history, entry(`h${i}`, 'x'.repeat(201))] }),
  'person renamed': (s, i) => ({ ...s, people: at(s.people, i, (p) => ({ ...p, name: `Renamed ${i}` })) }),
  'person with no name': (s, i) => ({ ...s, people: at(s.people, i, (p) => ({ ...p, name: '' })) }),
  'process with no company': (s, i) => ({ ...s, processes: at(s.processes, i, (p) => ({ ...p, company: '' })) }),
  'settings changed': (s) => ({ ...s, settings: { ...s.settings, guardFollowAndMessage: true } }),
  'settings broken': (s) => ({ ...s, settings: { ...s.settings, quietDaysAfterClose: -1 } as State['settings'] }),
  'revision counted': (s) => ({ ...s, revision: s.revision + 1 }),
  'negative revision': (s) => ({ ...s, revision: -1 }),
  'a field no schema knows': (s) => ({ ...s, extra: 1 }) as State,
  'people no longer a list': (s) => ({ ...s, people: {} as State['people'] }),
  'first process removed': (s) => ({ ...s, processes: s.processes.slice(1) }),
};

function outcome(run: () => State): { ok: true; state: State } | { ok: false; message: string } {
  try {
    return { ok: true, state: run() };
  } catch (error) {
    return { ok: false, message: String(error) };
  }
}

describe('the write check on what a change touched', () => {
  it('accepts, refuses and returns exactly what State.parse does, for any run of changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...Object.keys(edits)), fc.nat(1000)), { maxLength: 6 }), (run) => {
        const next = run.reduce((s, [name, i]) => edits[name]!(s, i), base);
        expect(outcome(() => checkChange(next, base))).toEqual(outcome(() => State.parse(next)));
      }),
    );
  });

  it('keeps what the change did not touch as the same objects', () => {
    const next = edits['interception']!(base, 1);
    const checked = checkChange(next, base);
    expect(checked.people).toBe(base.people);
    expect(checked.processes).toBe(base.processes);
    expect(checked.history.slice(0, -1)).toEqual(base.history);
  });
});
