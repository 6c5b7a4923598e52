// What the worker answers verdicts from: the stored state, already read and validated, and a
// lookup over all its people, kept in memory. Building the lookup parses every stored profile
// link (about 100 ms for 10,000 people on a slow machine), which a click must not wait for.
//
// The cache follows the state the store hands out (store.ts readState: the worker's validated
// copy, reused while a small key in storage proves that storage still holds it; stateCache.ts):
// each stored state replaces it, inside the write queue, before that write's reply goes out,
// so a verdict never answers from a state older than a change a page has already been told
// of (a status set to Offer a moment before a click is seen). A verdict asks the store, which
// costs one read of that small key while nothing changed; the lookup and the popup's first
// screen (core/preview.ts) are rebuilt only when the state is another one. A worker that was
// stopped starts with nothing and reads storage once.
import { PersonLookup } from '../core/match.ts';
import { PREVIEW_KEY, buildPreview } from '../core/preview.ts';
import type { State } from '../core/schema.ts';
import { watchEntry } from '../core/watchIndex.ts';
import { onStateWritten, readState, writeKeys } from './store.ts';

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

/** The verdict data as of the last write: from memory while storage still holds that state. */
export async function verdictData(now: Date): Promise<VerdictData> {
  // Not queued: a verdict asked while a write is under way answers from the state before it,
  // as if asked a moment earlier (the browser applies a set() whole).
  const { state } = await readState(now);
  if (current?.state !== state) {
    current = build(state);
    keepPreview(state, now);
  }
  return current;
}
