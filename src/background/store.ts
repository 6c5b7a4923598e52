// The single writer of storage.local. Every read is migrated and validated record by record
// (core/load.ts: a bad record is quarantined inside the state, never dropped); every write
// goes through one promise chain, so two commands arriving together cannot interleave their
// read-modify-write. The content scripts' watch list is republished (watchPublish.ts) right
// after a write that changes it, inside the same queue, and only then: an interception only
// adds history, so it reaches no tab. Nothing lives only in memory: the worker may be killed
// between any two events (index.ts rewrites a list found missing).
import { CommandError } from '../core/commandError.ts';
import { loadState, type Loaded } from '../core/load.ts';
import { State } from '../core/schema.ts';
import { STATE_KEY } from '../core/storageKeys.ts';
import { buildWatchIndex, type WatchIndex } from '../core/watchIndex.ts';
import { areas } from './storageAreas.ts';
import { publishWatchIndex } from './watchPublish.ts';

export { STATE_KEY } from '../core/storageKeys.ts';

export async function readState(now: Date): Promise<Loaded> {
  const got = await areas().local.get(STATE_KEY);
  return loadState(got[STATE_KEY], now);
}

let queue: Promise<unknown> = Promise.resolve();

/** Told, inside the queue, of every state this worker has just stored (verdictCache.ts). */
const written = new Set<(state: State, now: Date) => void>();
export function onStateWritten(listener: (state: State, now: Date) => void): void {
  written.add(listener);
}

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
  change: (
    state: State,
    other: Record<string, unknown>,
  ) => { state: State; result: T; extra?: Record<string, unknown> },
  /** Other keys the change reads (e.g. the undo list), read in the same turn of the queue. */
  otherKeys: string[] = [],
): Promise<T> {
  return enqueue(async () => {
    const other = otherKeys.length ? await areas().local.get(otherKeys) : {};
    const { state: current, readOnly } = await readState(now);
    // Data saved by a newer version is never overwritten: this version only reads it.
    if (readOnly) throw new CommandError('errReadOnly', { version: readOnly.schemaVersion });
    const { state, result, extra } = change(current, other);
    const checked = State.parse(state); // a bug must not reach storage
    await write({ ...extra, [STATE_KEY]: checked });
    for (const listener of written) listener(checked, now);
    // Building the index parses every stored profile link: skipped when nothing it is made of
    // changed (an interception only adds history; commands keep unchanged parts as they were).
    const same = (['people', 'processes', 'settings', 'allowances'] as const).every((k) => state[k] === current[k]);
    if (!same) {
      const index = buildWatchIndex(checked, now);
      if (!sameIndex(index, buildWatchIndex(current, now))) await publishWatchIndex(index);
    }
    return result;
  });
}

/**
 * One set() call for everything a command changes. The browser, not the worker, carries it
 * out, so a worker killed meanwhile leaves the old state or the new one, never a mix; a refused
 * set() (Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError) writes nothing and
 * becomes a CommandError the router words for the user.
 */
async function write(items: Record<string, unknown>): Promise<void> {
  try {
    await areas().local.set(items);
  } catch (error) {
    console.error('Offer First: storage.local.set failed', error);
    const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
    if (/quota/i.test(text)) throw new CommandError('errStorageFull');
    // Too deeply nested to be serialised (a crafted import): said as such (failures.ts).
    if (error instanceof RangeError) throw new CommandError('errTooComplex');
    throw new CommandError('errStorageWrite');
  }
}

/** Writes records derived from the state (the popup's preview) in the queue's order. */
export function writeKeys(items: Record<string, unknown>): Promise<void> {
  return enqueue(() => write(items));
}

/** Reads other keys in the queue's order, so a read never sees half of a command. */
export function readKeys(keys: string[]): Promise<Record<string, unknown>> {
  return enqueue(() => areas().local.get(keys));
}

/**
 * Reads `keys`, and writes what `change` makes of them, in one turn of the queue (side records
 * such as missCounts, which a command elsewhere must not interleave with).
 */
export function updateKeys<T>(
  keys: string[],
  change: (stored: Record<string, unknown>) => { items: Record<string, unknown>; result: T },
): Promise<T> {
  return enqueue(async () => {
    const { items, result } = change(await areas().local.get(keys));
    if (Object.keys(items).length > 0) await write(items);
    return result;
  });
}

/** Rewrites the watch index from the stored state (after install/update, or a quiet period ending). */
export function refreshIndex(now: Date): Promise<void> {
  return enqueue(async () => {
    const { state } = await readState(now);
    await publishWatchIndex(buildWatchIndex(state, now));
  });
}

function sameIndex(a: WatchIndex, b: WatchIndex): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
