// One merge with sync (core/sync/): read what sync holds, merge it into the stored state in
// the single write queue (which republishes the content scripts' watch list when people or
// processes changed, store.ts), then write to sync what it lacks. The state and the merge's
// bookkeeping are stored together, so a worker killed halfway leaves one or the other whole.
import type { Words } from '../../core/explain.ts';
import { dueConnectNow } from '../../core/outcomes.ts';
import type { State } from '../../core/schema.ts';
import { SYNC_STATUS_KEY } from '../../core/storageKeys.ts';
import { readSyncStatus, type SyncStatus } from '../../core/storageSchemas.ts';
import { readReplica, SETTINGS_ITEM } from '../../core/sync/items.ts';
import { reconcile, type SyncBase } from '../../core/sync/merge.ts';
import { isEmptyPlan, planWrites, type WritePlan } from '../../core/sync/quota.ts';
import { recordWrites, waitBeforeWrites } from '../../core/sync/rate.ts';
import type { Effects } from '../effects.ts';
import { describeFailure } from '../failures.ts';
import { readKeys, syncArea, updateKeys, updateState } from '../store.ts';

export interface SyncDeps {
  now: () => Date;
  effects: Effects;
  words: () => Words;
  /** Asks for another run in `ms` (rate limit reached, or a failure to retry). */
  later: (ms: number) => void;
}

export async function readStatus(): Promise<SyncStatus> {
  return readSyncStatus((await readKeys([SYNC_STATUS_KEY]))[SYNC_STATUS_KEY]);
}

/** Retry after a failed write (sync unavailable, a quota the browser counts differently). */
const RETRY_MS = 60_000;

/**
 * Merges with sync if it is on (or is being turned on: `first`, which keeps both sides whole).
 * Returns the status after the merge; a failure is stored in it, never thrown.
 */
export async function runSync(deps: SyncDeps, { first = false } = {}): Promise<SyncStatus> {
  if (!first && !(await readStatus()).enabled) return readStatus();
  const now = deps.now();
  let items: Record<string, unknown>;
  try {
    items = await syncArea.get(null);
  } catch (error) {
    return fail(deps, error, first);
  }
  const read = readReplica(items);
  let plan: WritePlan | undefined;
  let merged: State | undefined;
  const status = await updateState(
    now,
    (current, other) => {
      const before = readSyncStatus(other[SYNC_STATUS_KEY]);
      if (!first && !before.enabled) return { state: current, result: before };
      const base = first ? undefined : before.base;
      const result = reconcile({ local: current, remote: read.replica, pending: read.pending, base, now });
      plan = planWrites(items, result);
      // Settings in a newer version's format are left to that version.
      if (read.settingsPending) delete plan.set[SETTINGS_ITEM];
      const { state: fulfilled } = dueConnectNow(result.state, now);
      const state = sameSynced(current, fulfilled) ? current : fulfilled;
      if (state !== current) merged = state;
      const next: SyncStatus = {
        ...before,
        enabled: true,
        base: knownBase(read.replica.processes, read.pending, before.base, result.settings.revision),
        lastAt: now.toISOString(),
        notSynced: plan.notSynced,
        unreadable: read.unreadable.length,
        bytes: plan.bytes,
        items: plan.items,
        ...(first ? { firstSummary: result.summary } : {}),
      };
      return { state, result: next, extra: { [SYNC_STATUS_KEY]: next } };
    },
    [SYNC_STATUS_KEY],
    { skipUnchanged: true },
  );
  if (merged) deps.effects.afterCommit(merged, dueConnectNow(merged, now).due, now, { scheduleChanged: true });
  if (!plan || !status.enabled || isEmptyPlan(plan)) return status;
  return write(deps, plan, now);
}

/** Writes the plan to sync within the write-rate caps, then records what sync now holds. */
async function write(deps: SyncDeps, plan: WritePlan, now: Date): Promise<SyncStatus> {
  const ops = (Object.keys(plan.set).length ? 1 : 0) + (plan.remove.length ? 1 : 0);
  const wait = waitBeforeWrites((await readStatus()).writes, ops, now.getTime());
  if (wait > 0) {
    deps.later(wait);
    return readStatus();
  }
  try {
    if (Object.keys(plan.set).length) await syncArea.set(plan.set);
    if (plan.remove.length) await syncArea.remove(plan.remove);
  } catch (error) {
    return fail(deps, error, false, ops);
  }
  return changeStatus((s) => {
    const { error: _cleared, ...rest } = s;
    return { ...rest, base: plan.base, writes: recordWrites(s.writes, ops, now.getTime()) };
  });
}

async function fail(deps: SyncDeps, error: unknown, first: boolean, ops = 0): Promise<SyncStatus> {
  console.error('Offer First: sync failed', error);
  const message = deps.words().t('syncFailed', { detail: describeFailure(error, deps.words().t) });
  if (!first) deps.later(RETRY_MS);
  const now = deps.now().getTime();
  const next = await changeStatus((s) => ({ ...s, error: message, writes: recordWrites(s.writes, ops, now) }));
  // Turning sync on failed: nothing was stored, the page is told why.
  return next.enabled ? next : { ...next, error: message };
}

/** Changes the stored status in the queue's order; unchanged when sync was turned off meanwhile. */
export function changeStatus(change: (status: SyncStatus) => SyncStatus): Promise<SyncStatus> {
  return updateKeys([SYNC_STATUS_KEY], (got) => {
    const status = readSyncStatus(got[SYNC_STATUS_KEY]);
    if (!status.enabled) return { result: status };
    const next = change(status);
    return { write: { [SYNC_STATUS_KEY]: next }, result: next };
  });
}

/** The revisions of what sync was seen to hold (a process still in pieces keeps its old one). */
function knownBase(
  held: ReturnType<typeof readReplica>['replica']['processes'],
  pending: ReadonlySet<string>,
  old: SyncBase | undefined,
  settings: number,
): SyncBase {
  const processes: Record<string, number> = {};
  for (const [id, entry] of held) if (entry.kind === 'process') processes[id] = entry.process.revision;
  for (const id of pending) if (old?.processes[id] !== undefined) processes[id] = old.processes[id];
  return { processes, settings };
}

const sameSynced = (a: State, b: State) =>
  a.revision === b.revision &&
  a.settingsRevision === b.settingsRevision &&
  a.processes === b.processes &&
  a.people === b.people &&
  a.settings === b.settings &&
  a.connectLater === b.connectLater &&
  a.allowances === b.allowances;
