// Which items to write and remove after a merge, within the quotas (items.ts). What sync holds
// already stays; deletions go first (tombstones are small and free the space of a process),
// then the processes that still protect (upcoming or undecided), newest first. A process that
// does not fit stays local only and is named to the user (notSynced); it is tried again at
// every merge, so it goes to sync as soon as there is room.
import { isOpen } from '../rule.ts';
import type { Process } from '../schema.ts';
import {
  entryItems,
  itemSize,
  isSyncKey,
  keyOfProcess,
  MAX_ITEMS,
  QUOTA_BYTES,
  readReplica,
  settingsItems,
  type SyncEntry,
} from './items.ts';
import type { Reconciled, SyncBase } from './merge.ts';

export interface NotSynced {
  id: string;
  company: string;
  role: string;
}

export interface WritePlan {
  set: Record<string, unknown>;
  remove: string[];
  notSynced: NotSynced[];
  /** What this browser now knows sync holds (the next merge's base). */
  base: SyncBase;
  /** Bytes and items sync will hold once the plan is written. */
  bytes: number;
  items: number;
}

export function planWrites(current: Record<string, unknown>, merged: Reconciled): WritePlan {
  const desired: Record<string, unknown> = { ...current };
  const dropKeys = (id: string) => {
    for (const key of Object.keys(desired)) if (keyOfProcess(key, id)) delete desired[key];
  };
  for (const id of merged.expired) dropKeys(id);
  Object.assign(desired, settingsItems(merged.settings));
  let bytes = total(desired);
  const notSynced: NotSynced[] = [];
  for (const entry of [...merged.entries.values()].sort(priority())) {
    const id = entry.kind === 'process' ? entry.process.id : entry.id;
    const items = entryItems(entry);
    const old = Object.entries(desired).filter(([key]) => keyOfProcess(key, id));
    const freed = old.reduce((sum, [key, value]) => sum + itemSize(key, value), 0);
    const added = items ? Object.entries(items).reduce((sum, [key, value]) => sum + itemSize(key, value), 0) : 0;
    const count = Object.keys(desired).length - old.length + Object.keys(items ?? {}).length;
    if (!items || bytes - freed + added > QUOTA_BYTES || count > MAX_ITEMS) {
      if (entry.kind === 'process') notSynced.push(named(entry.process));
      continue;
    }
    dropKeys(id);
    Object.assign(desired, items);
    bytes += added - freed;
  }
  const set = Object.fromEntries(
    Object.entries(desired).filter(([key, value]) => JSON.stringify(current[key]) !== JSON.stringify(value)),
  );
  const remove = Object.keys(current).filter((key) => isSyncKey(key) && !(key in desired));
  const held = readReplica(desired).replica;
  const base: SyncBase = { processes: {}, settings: merged.settings.revision };
  for (const [id, entry] of held.processes) if (entry.kind === 'process') base.processes[id] = entry.process.revision;
  return { set, remove, notSynced, base, bytes, items: Object.keys(desired).length };
}

const total = (items: Record<string, unknown>) =>
  Object.entries(items).reduce((sum, [key, value]) => sum + itemSize(key, value), 0);

const named = (p: Process): NotSynced => ({ id: p.id, company: p.company, role: p.role });

/** Deletions first, then processes that still protect, then the rest; newest first in each. */
function priority() {
  const rank = (e: SyncEntry) => (e.kind === 'deleted' ? 0 : isOpen(e.process.status) ? 1 : 2);
  const when = (e: SyncEntry) => (e.kind === 'deleted' ? e.deletedAt : e.process.updatedAt);
  return (a: SyncEntry, b: SyncEntry) => rank(a) - rank(b) || (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0);
}

/** True when the plan changes nothing in sync. */
export const isEmptyPlan = (plan: WritePlan): boolean => Object.keys(plan.set).length === 0 && plan.remove.length === 0;


