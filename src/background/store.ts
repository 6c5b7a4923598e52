// The single writer of storage.local. Every read is migrated and validated; every write goes
// through one promise chain, so two commands arriving together cannot interleave their
// read-modify-write. The watch index for content scripts is written in the same set() call as
// the state, so the two never disagree. Nothing is kept only in memory: the worker may be
// killed between any two events.
import browser from 'webextension-polyfill';
import { migrate } from '../core/migrations.ts';
import { State, emptyState } from '../core/schema.ts';
import { buildWatchIndex } from '../core/watchIndex.ts';

export const STATE_KEY = 'state';
export const INDEX_KEY = 'watchIndex';
export const QUARANTINE_KEY = 'quarantine';

export interface Loaded {
  state: State;
  /** Set when stored data could not be read; it is kept aside under QUARANTINE_KEY, never dropped. */
  problem?: string | undefined;
  raw?: unknown;
}

export async function readState(): Promise<Loaded> {
  const got = await browser.storage.local.get(STATE_KEY);
  const raw = got[STATE_KEY];
  if (raw === undefined) return { state: emptyState() };
  const migrated = migrate(raw);
  if (!migrated.ok) return { state: emptyState(), problem: `Saved data could not be read: ${migrated.reason}.`, raw };
  const parsed = State.safeParse(migrated.data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    return { state: emptyState(), problem: `Saved data could not be read${where}: ${first?.message ?? 'invalid'}.`, raw };
  }
  return { state: parsed.data };
}

let queue: Promise<unknown> = Promise.resolve();

/** Applies `change` to the current state inside the write queue and stores the result. */
export function updateState<T>(change: (state: State) => { state: State; result: T }): Promise<T> {
  const run = queue.then(async () => {
    const loaded = await readState();
    if (loaded.problem) await quarantine(loaded);
    const { state, result } = change(loaded.state);
    const checked = State.parse(state); // a bug must not reach storage
    await browser.storage.local.set({ [STATE_KEY]: checked, [INDEX_KEY]: buildWatchIndex(checked) });
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Rewrites the watch index from the stored state (after install/update, when its shape may have changed). */
export function refreshIndex(): Promise<void> {
  const run = queue.then(async () => {
    const { state } = await readState();
    await browser.storage.local.set({ [INDEX_KEY]: buildWatchIndex(state) });
  });
  queue = run.catch(() => undefined);
  return run;
}

async function quarantine(loaded: Loaded): Promise<void> {
  const got = await browser.storage.local.get(QUARANTINE_KEY);
  const kept = Array.isArray(got[QUARANTINE_KEY]) ? (got[QUARANTINE_KEY] as unknown[]) : [];
  await browser.storage.local.set({
    [QUARANTINE_KEY]: [...kept, { keptAt: new Date().toISOString(), reason: loaded.problem, data: loaded.raw }],
  });
}
