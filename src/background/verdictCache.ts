// What the worker answers verdicts from: the stored state, already read and validated, and a
// lookup over all its people, kept in memory. Building the lookup parses every stored profile
// link (about 100 ms for 10,000 people on a slow machine), which a click must not wait for.
//
// The cache follows the worker's validated copy of the stored state (stateCache.ts): each
// stored state replaces it, inside the write queue, before that write's reply goes out, so a
// verdict never answers from a state older than a change a page has already been told of (a
// status set to Offer a moment before a click is seen). A worker that was stopped starts with
// no cache and builds it on first use. The popup's first screen (core/preview.ts) follows the
// same writes. When that copy is dropped (a change of the stored state that is not one of this
// worker's writes: another copy of the extension, a test) or replaced by a fresh read, the
// cache no longer matches it, and the next verdict reads storage again.
import { PersonLookup } from '../core/match.ts';
import { PREVIEW_KEY, buildPreview } from '../core/preview.ts';
import type { State } from '../core/schema.ts';
import { watchEntry } from '../core/watchIndex.ts';
import { currentCopy } from './stateCache.ts';
import { enqueue, onStateWritten, readState, writeKeys } from './store.ts';

export interface VerdictData {
  state: State;
  lookup: PersonLookup;
}

let current: VerdictData | undefined;
/** The people the last lookup was built from (the list, and as JSON), and the last preview written. */
let built: { list: State['people']; people: string; lookup: PersonLookup } | undefined;
let lastPreview = '';

function build(state: State): VerdictData {
  // Most writes only add history (every interception): the lookup is kept when the people are
  // the same, rather than parsing every stored profile link again.
  // Ticks of the research checklist do not change whom the lookup finds: left out, so ticking
  // does not rebuild it.
  // Commands keep an unchanged list as the same object: then not even serialised.
  if (built?.list === state.people) return { state, lookup: built.lookup };
  const people = JSON.stringify(state.people, (key, value: unknown) => (key === 'research' ? undefined : value));
  if (built?.people !== people)
    built = { list: state.people, people, lookup: new PersonLookup(state.people.map(watchEntry)) };
  else built.list = state.people;
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

onStateWritten((state, now) => {
  current = build(state);
  keepPreview(state, now);
});

/** The verdict data as of the last write: from memory when ready, else read from storage once. */
export function verdictData(now: Date): Promise<VerdictData> {
  // Kept current by every write before its reply goes out (onStateWritten), so a verdict asked
  // after a page saw its change answers from that change; one asked while a write is still in
  // the queue answers from the state before it, as if asked a moment earlier. Only a cache
  // that is not built from the store's current copy waits for the queue.
  if (current && current.state === currentCopy()?.state) return Promise.resolve(current);
  return enqueue(async () => {
    const { state } = await readState(now);
    if (current?.state !== state) {
      current = build(state);
      keepPreview(state, now);
    }
    return current;
  });
}
