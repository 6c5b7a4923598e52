// The worker's validated copy of the stored state, so a save does not read and validate the
// whole state again (with 10,000 people, seconds in a slow worker). store.ts uses it; nothing
// else writes it.
//
// Why it cannot serve stale data:
// - Every state the worker stores goes with a new random name (STATE_TOKEN_KEY) in the same
//   set() call, which the browser applies whole or not at all. store.ts reuses the copy only
//   after reading that small key back from storage (a fraction of a millisecond) and finding
//   the copy's own name there. store.ts is the only code that writes the state (a unit test,
//   tests/unit/background/stateCache.test.ts, holds every other source file to that), so any
//   state stored since (an import, a restore, a sync merge, another copy of the worker) came
//   with another name, and storage cleared (developer tools, a test) has none: read again.
// - A state stored by an earlier version has no name: it is read and validated each time
//   until this version's first write names it.
// - The copy is that state exactly as reading it back would give it: a written state is kept
//   only when loadState would return it unchanged (core/load.ts readsBackAsIs), and a read
//   keeps what loadState returned for the state and name it read together, in one get().
// - A set() that fails drops the copy (what storage holds is then unknown to this worker); a
//   worker that was stopped starts with none; a copy is kept only if nothing was dropped or
//   kept since the read or write it comes from began (`stamp`), so a slow read cannot put an
//   older state back over a newer one.
// No storage.onChanged listener is needed, and none is kept: Chrome hands every listener in
// the worker the old and the new value of the whole state on each write (about 150 ms per
// save in Chromium with 10,000 people).
import type { Loaded } from '../core/load.ts';

let copy: { token: string; loaded: Loaded } | undefined;
/** Bumped whenever the copy is dropped or replaced. */
let stamp = 0;

/** Taken before a read begins: what it read is kept only if the copy did not change meanwhile. */
export function mark(): number {
  return stamp;
}

/** The validated copy, when `token` (just read from storage) is its name. */
export function copyFor(token: unknown): Loaded | undefined {
  return copy && typeof token === 'string' && token === copy.token ? copy.loaded : undefined;
}

/** A new name for a state about to be written: never one that storage held before. */
export function newToken(): string {
  return crypto.randomUUID();
}

/** After a read: keeps what loadState returned for the state and name read together. */
export function keepRead(token: unknown, loaded: Loaded, since: number): void {
  if (typeof token !== 'string' || since !== stamp) return;
  copy = { token, loaded };
  stamp++;
}

/**
 * After a successful write from the queue, the one writer: what it wrote is the newest state.
 * `loaded` is undefined when reading it back would not give it as it is: then nothing is kept.
 */
export function keepWritten(token: string, loaded: Loaded | undefined): void {
  if (!loaded) return drop();
  copy = { token, loaded };
  stamp++;
}

export function drop(): void {
  copy = undefined;
  stamp++;
}
