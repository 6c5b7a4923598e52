// The single writer of storage.local. Every read is migrated and validated record by record
// (core/load.ts: a bad record is quarantined inside the state, never dropped); every write
// goes through one promise chain, so two commands arriving together cannot interleave their
// read-modify-write. The content scripts' watch list is republished (watchPublish.ts) right
// after a write that changes it, inside the same queue, and only then: an interception only
// adds history, so it reaches no tab. Nothing lives only in memory: the worker may be killed
// between any two events (index.ts rewrites a list found missing). What the worker last read
// or wrote is kept validated in memory (stateCache.ts), and reused only while a small key
// read back from storage proves that storage still holds exactly that state.
import { CommandError } from '../core/commandError.ts';
import { checkChange } from '../core/checkState.ts';
import { loadState, readsBackAsIs, type Loaded } from '../core/load.ts';
import type { State } from '../core/schema.ts';
import { STATE_KEY, STATE_TOKEN_KEY } from '../core/storageKeys.ts';
import { buildWatchIndex } from '../core/watchIndex.ts';
import { copyFor, drop, keepRead, keepWritten, mark, newToken } from './stateCache.ts';
import { areas } from './storageAreas.ts';
import { publishWatchIndex, publishIfChanged } from './watchPublish.ts';

export { STATE_KEY } from '../core/storageKeys.ts';

export async function readState(now: Date): Promise<Loaded> {
  const since = mark();
  const local = areas().local;
  // The small key first: when it names the copy in memory, the multi-MB state is not read.
  const known = copyFor((await local.get(STATE_TOKEN_KEY))[STATE_TOKEN_KEY]);
  if (known) return known;
  const got = await local.get([STATE_KEY, STATE_TOKEN_KEY]);
  const loaded = loadState(got[STATE_KEY], now);
  keepRead(got[STATE_TOKEN_KEY], loaded, since);
  return loaded;
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
  ) => { state: State; result: T; extra?: Record<string, unknown>; unchanged?: boolean },
  /** Other keys the change reads (e.g. the undo list), read in the same turn of the queue. */
  otherKeys: string[] = [],
  /** When the change returns the state it was given, write only the extra keys (sync merges). */
  { skipUnchanged = false }: { skipUnchanged?: boolean } = {},
): Promise<T> {
  return enqueue(async () => {
    const other = otherKeys.length ? await areas().local.get(otherKeys) : {};
    const { state: current, readOnly } = await readState(now);
    // Data saved by a newer version is never overwritten: this version only reads it.
    if (readOnly) throw new CommandError('errReadOnly', { version: readOnly.schemaVersion });
    const { state, result, extra, unchanged } = change(current, other);
    // A command that learnt nothing and asked not to write (noteAlias) leaves storage untouched.
    if (unchanged) return result;
    if (skipUnchanged && state === current) {
      if (extra) await write(extra);
      return result;
    }
    // A bug must not reach storage: checked as State.parse would, but only what the change
    // touched (core/checkState.ts); what it kept as it was is `current`'s, validated already.
    const checked = checkChange(state, current);
    const token = newToken();
    try {
      await write({ ...extra, [STATE_KEY]: checked, [STATE_TOKEN_KEY]: token });
    } catch (error) {
      drop(); // whether storage holds the old state or the new one is not known here
      throw error;
    }
    keepWritten(token, readsBackAsIs(checked) ? { state: checked, problems: [] } : undefined);
    for (const listener of written) listener(checked, now);
    // Building the index parses every stored profile link: skipped when nothing it is made of
    // changed (an interception only adds history; commands keep unchanged parts as they were),
    // and built once: compared with the list last published (watchPublish.ts).
    const same = (['people', 'processes', 'settings', 'allowances'] as const).every((k) => state[k] === current[k]);
    if (!same) await publishIfChanged(buildWatchIndex(checked, now), () => buildWatchIndex(current, now));
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
 * storage.sync, for background/sync/ only: the browser's own sync service (Chrome Sync, Firefox
 * Sync). Not queued: its writes are rate-limited by the browser and planned by the sync module,
 * which merges into the state through updateState like any other change.
 */
export const syncArea = {
  available: (): boolean => areas().sync !== undefined,
  get: (keys: string[] | null) => syncOf().get(keys),
  set: (items: Record<string, unknown>) => syncOf().set(items),
  remove: (keys: string[]) => syncOf().remove(keys),
  /**
   * storage.sync's own event, not storage.onChanged: a listener of that one is handed the old
   * and the new value of the whole state on every local write too (stateCache.ts).
   */
  onChanged: (listener: () => void): void => areas().sync?.onChanged.addListener(listener),
};
function syncOf() {
  const sync = areas().sync;
  if (!sync) throw new Error('storage.sync is not available in this browser');
  return sync;
}

/**
 * Read-modify-write of keys beside the state (missCounts, comment pacing, the sync status) in
 * one turn of the queue, so a command elsewhere cannot interleave: `change` gets what is stored
 * and returns what to write (nothing: no write).
 */
export function updateKeys<T>(
  keys: string[],
  change: (stored: Record<string, unknown>) => { write?: Record<string, unknown>; result: T },
): Promise<T> {
  return enqueue(async () => {
    const { write: items, result } = change(await areas().local.get(keys));
    if (items) await write(items);
    return result;
  });
}

/** Rewrites the watch index from the stored state (after install/update, or a quiet period ending). */
export function refreshIndex(now: Date): Promise<void> {
  return enqueue(async () => {
    // A state stored by an earlier version has no name yet (stateCache.ts): named here, at the
    // update, so verdicts reuse the validated copy from the first one on, not after a write.
    // (Nothing stored yet, nothing named: a first install stays empty until its first write.)
    const { local } = areas();
    if ((await local.get(STATE_TOKEN_KEY))[STATE_TOKEN_KEY] === undefined)
      if ((await local.get(STATE_KEY))[STATE_KEY] !== undefined) await write({ [STATE_TOKEN_KEY]: newToken() });
    const { state } = await readState(now);
    await publishWatchIndex(buildWatchIndex(state, now));
  });
}
