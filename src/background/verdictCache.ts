// What the worker answers verdicts from: the stored state, already read and validated, and a
// lookup over all its people, kept in memory. Building the lookup parses every stored profile
// link (about 100 ms for 10,000 people on a slow machine), which a click must not wait for.
//
// The cache follows storage: any change to the stored state (the worker's own writes included)
// replaces it from the new value, in the background, so the next click finds it ready. A
// worker that was stopped starts with no cache and builds it on first use. The same listener
// keeps the popup's first screen (core/preview.ts) current. The cache is only trusted while
// that storage listener is attached.
import browser from 'webextension-polyfill';
import { loadState } from '../core/load.ts';
import { PersonLookup } from '../core/match.ts';
import { PREVIEW_KEY, buildPreview } from '../core/preview.ts';
import type { State } from '../core/schema.ts';
import { watchEntry } from '../core/watchIndex.ts';
import { STATE_KEY, readState } from './store.ts';

export interface VerdictData {
  state: State;
  lookup: PersonLookup;
}

let current: Promise<VerdictData> | undefined;

function build(state: State): VerdictData {
  return { state, lookup: new PersonLookup(state.people.map(watchEntry)) };
}

function onChanged(changes: Record<string, { newValue?: unknown }>, area: string) {
  if (area !== 'local' || !(STATE_KEY in changes)) return;
  const raw = changes[STATE_KEY]?.newValue;
  // Rebuilt at once from the value that was just stored (no second read), off the click path.
  const next = Promise.resolve().then(() => {
    const now = new Date();
    const data = build(loadState(raw, now).state);
    // The popup's first screen follows every change too (core/preview.ts).
    browser.storage.local.set({ [PREVIEW_KEY]: buildPreview(data.state, now) }).catch(() => undefined);
    return data;
  });
  current = next;
  next.catch(() => {
    if (current === next) current = undefined; // built again from storage on next use
  });
}

// Registered when the worker starts (this module is loaded with the router), so changes made
// before the first click, and by the extension's pages, keep the cache and the preview current.
browser.storage.onChanged.addListener(onChanged);

/** The verdict data, from memory when ready, else read from storage once. */
export function verdictData(now: Date): Promise<VerdictData> {
  if (!browser.storage.onChanged.hasListener(onChanged)) {
    // Without the listener the cache could be stale: start again from storage.
    current = undefined;
    browser.storage.onChanged.addListener(onChanged);
  }
  if (!current) {
    const next = readState(now).then(({ state }) => build(state));
    current = next;
    next.catch(() => {
      if (current === next) current = undefined;
    });
  }
  return current;
}
