// What the worker answers verdicts from: the stored state, already read and validated, and a
// lookup over all its people, kept in memory. Building the lookup parses every stored profile
// link (about 100 ms for 10,000 people on a slow machine), which a click must not wait for.
//
// The worker is the only writer of the state (store.ts), so the cache follows its writes: each
// stored state replaces it, inside the write queue, before that write's reply goes out, so a
// verdict never answers from a state older than a change a page has already been told of (a
// status set to Offer a moment before a click is seen). A worker that was stopped starts with no cache
// and builds it on first use. The popup's first screen (core/preview.ts) follows the same
// writes. A change of the stored state that is not one of this worker's writes (another copy
// of the extension, a test, later the browser's sync) drops the cache: the next verdict reads
// storage again.
import browser from 'webextension-polyfill';
import { PersonLookup } from '../core/match.ts';
import { PREVIEW_KEY, buildPreview } from '../core/preview.ts';
import type { State } from '../core/schema.ts';
import { watchEntry } from '../core/watchIndex.ts';
import { STATE_KEY, enqueue, onStateWritten, readState, writeKeys } from './store.ts';

export interface VerdictData {
  state: State;
  lookup: PersonLookup;
}

let current: VerdictData | undefined;
/** The people the last lookup was built from (as JSON), and the last preview written. */
let built: { people: string; lookup: PersonLookup } | undefined;
let lastPreview = '';

function build(state: State): VerdictData {
  // Most writes only add history (every interception): the lookup is kept when the people are
  // the same, rather than parsing every stored profile link again.
  // Ticks of the research checklist do not change whom the lookup finds: left out, so ticking
  // does not rebuild it.
  const people = JSON.stringify(state.people, (key, value: unknown) => (key === 'research' ? undefined : value));
  if (built?.people !== people) built = { people, lookup: new PersonLookup(state.people.map(watchEntry)) };
  return { state, lookup: built.lookup };
}

/** The popup's first screen follows every change that alters it (core/preview.ts), and only those. */
function keepPreview(state: State, now: Date) {
  const preview = buildPreview(state, now);
  const text = JSON.stringify(preview.items);
  if (text === lastPreview) return;
  lastPreview = text;
  writeKeys({ [PREVIEW_KEY]: preview }).catch(() => {
    lastPreview = ''; // written again at the next change
  });
}

/** This worker's writes whose storage.onChanged event has not arrived yet. */
let ownWrites = 0;

onStateWritten((state, now) => {
  current = build(state);
  ownWrites++;
  keepPreview(state, now);
});

function onChanged(changes: Record<string, unknown>, area: string) {
  if (area !== 'local' || !(STATE_KEY in changes)) return;
  if (ownWrites > 0) ownWrites--;
  else current = undefined;
}

/** The verdict data as of the last write: from memory when ready, else read from storage once. */
export function verdictData(now: Date): Promise<VerdictData> {
  if (!browser.storage.onChanged.hasListener(onChanged)) {
    // Not listening (yet, or any more): changes made meanwhile are unknown, so read again.
    current = undefined;
    ownWrites = 0;
    browser.storage.onChanged.addListener(onChanged);
  }
  // Kept current by every write before its reply goes out (onStateWritten), so a verdict asked
  // after a page saw its change answers from that change; one asked while a write is still in
  // the queue answers from the state before it, as if asked a moment earlier. Only an empty
  // cache waits for the queue.
  if (current) return Promise.resolve(current);
  return enqueue(async () => {
    if (current) return current;
    const { state } = await readState(now);
    current = build(state);
    keepPreview(state, now);
    return current;
  });
}
