// What one save in the worker costs with a big state (1,000 processes, 10,000 interviewers:
// an imported backup), step by step, and whole (store.ts updateState over the in-memory
// browser of the unit tests, whose storage copies what it is given as JSON, as Chrome does).
// Run with `npm run bench:micro -- tests/bench/save.bench.ts`.
import { fakeBrowser } from '@webext-core/fake-browser';
import { bench, describe } from 'vitest';
import { STATE_KEY, updateState } from '../../src/background/store.ts';
import { checkChange } from '../../src/core/checkState.ts';
import { loadState } from '../../src/core/load.ts';
import { recordInterception } from '../../src/core/outcomes.ts';
import { buildPreview } from '../../src/core/preview.ts';
import { State, type HistoryEntry } from '../../src/core/schema.ts';
import { buildWatchIndex } from '../../src/core/watchIndex.ts';
import { bigState } from './support.ts';

const NOW = new Date(Date.UTC(2026, 10, 27));
const state = loadState(JSON.parse(JSON.stringify(bigState(1000, 10))) as unknown, NOW).state;
const stored = JSON.parse(JSON.stringify(state)) as unknown;
let n = 0;
const entry = (): HistoryEntry => ({
  id: `h-${n++}`,
  at: NOW.toISOString(),
  site: 'linkedin',
  kind: 'connect',
  personName: 'Interviewer 1 Number 1',
  personId: 'person-1-1',
  processId: 'process-1',
  company: 'Company 1',
  reason: 'interviewing',
  outcome: 'shown',
});
const intercepted = recordInterception(state, entry());

describe('one save, 1,000 processes and 10,000 interviewers: its steps', () => {
  bench('read: validate the stored state (loadState)', () => {
    loadState(stored, NOW);
  });
  bench('serialise the state (JSON.stringify)', () => {
    JSON.stringify(state);
  });
  bench('write check: State.parse of the whole state', () => {
    State.parse(intercepted);
  });
  bench('write check: only what an interception changed (checkChange)', () => {
    checkChange(intercepted, state);
  });
  bench('watch index (buildWatchIndex), people as before', () => {
    buildWatchIndex(state, NOW);
  });
  // New person objects each time, as after a restart or an import: every link parsed.
  const renewed = Array.from({ length: 40 }, () => ({ ...state, people: state.people.map((p) => ({ ...p })) }));
  let r = 0;
  bench(
    'watch index (buildWatchIndex), every person new',
    () => {
      buildWatchIndex(renewed[r++ % renewed.length]!, NOW);
    },
    { iterations: 20, time: 0 },
  );
  bench('popup preview (buildPreview)', () => {
    buildPreview(state, NOW);
  });
});

describe('one save, 1,000 processes and 10,000 interviewers: whole', () => {
  let ready = false;
  bench(
    'an interception logged (updateState)',
    async () => {
      if (!ready) {
        await fakeBrowser.storage.local.set({ [STATE_KEY]: stored });
        ready = true;
      }
      await updateState(NOW, (current) => ({ state: recordInterception(current, entry()), result: undefined }));
    },
    { iterations: 20 },
  );
  bench(
    'a process renamed (updateState: people unchanged, index rebuilt)',
    async () => {
      await updateState(NOW, (current) => ({
        state: {
          ...current,
          processes: current.processes.map((p, i) => (i === 0 ? { ...p, role: `Engineer ${n++}` } : p)),
        },
        result: undefined,
      }));
    },
    { iterations: 20 },
  );
});
