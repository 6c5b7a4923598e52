// The single writer of storage.local. Every read is migrated and validated record by record
// (core/load.ts: a bad record is quarantined inside the state, never dropped); every write
// goes through one promise chain, so two commands arriving together cannot interleave their
// read-modify-write. The content scripts' watch index is written in the same set() call as
// the state, so the two never disagree. Nothing lives only in memory: the worker may be
// killed between any two events.
import browser from 'webextension-polyfill';
import { CommandError } from '../core/commandError.ts';
import { loadState, type Loaded } from '../core/load.ts';
import { State } from '../core/schema.ts';
import { buildWatchIndex } from '../core/watchIndex.ts';

export const STATE_KEY = 'state';
export const INDEX_KEY = 'watchIndex';

export async function readState(now: Date): Promise<Loaded> {
  const got = await browser.storage.local.get(STATE_KEY);
  return loadState(got[STATE_KEY], now);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `job` in the single write queue (also used for small side records such as missCounts). */
export function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Applies `change` to the current state inside the write queue and stores the result with
 * any extra keys it returns (e.g. the undo record). Throws (and writes nothing) when the
 * change throws or produces an invalid state, or when the stored data is a newer version's.
 */
export function updateState<T>(
  now: Date,
  change: (state: State, other: Record<string, unknown>) => { state: State; result: T; extra?: Record<string, unknown> },
  /** Other keys the change reads (e.g. the undo list), read in the same turn of the queue. */
  otherKeys: string[] = [],
): Promise<T> {
  return enqueue(async () => {
    const other = otherKeys.length ? await browser.storage.local.get(otherKeys) : {};
    const { state: current, readOnly } = await readState(now);
    // Data saved by a newer version is never overwritten: this version only reads it.
    if (readOnly) throw new CommandError('errReadOnly', { version: readOnly.schemaVersion });
    const { state, result, extra } = change(current, other);
    const checked = State.parse(state); // a bug must not reach storage
    await browser.storage.local.set({ ...extra, [STATE_KEY]: checked, [INDEX_KEY]: buildWatchIndex(checked, now) });
    return result;
  });
}

/** Reads other keys in the queue's order, so a read never sees half of a command. */
export function readKeys(keys: string[]): Promise<Record<string, unknown>> {
  return enqueue(() => browser.storage.local.get(keys));
}

/** Rewrites the watch index from the stored state (after install/update, or a quiet period ending). */
export function refreshIndex(now: Date): Promise<void> {
  return enqueue(async () => {
    const { state } = await readState(now);
    await browser.storage.local.set({ [INDEX_KEY]: buildWatchIndex(state, now) });
  });
}
