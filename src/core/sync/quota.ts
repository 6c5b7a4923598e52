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
  processIdOf,
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
  const sizes = new Map(Object.entries(desired).map(([key, value]) => [key, itemSize(key, value)]));
  const keysById = new Map<string, string[]>();
  for (const key of Object.keys(desired)) {
    const id = processIdOf(key);
    if (id !== undefined) keysById.set(id, [...(keysById.get(id) ?? []), key]);
  }
  const put = (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      desired[key] = value;
      sizes.set(key, itemSize(key, value));
    }
  };
  const drop = (id: string) => {
    for (const key of keysById.get(id) ?? []) {
      delete desired[key];
      sizes.delete(key);
    }
    keysById.delete(id);
  };
  for (const id of merged.expired) drop(id);
  put(settingsItems(merged.settings));
  let bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const notSynced: NotSynced[] = [];
  for (const entry of [...merged.entries.values()].sort(priority())) {
    const id = entry.kind === 'process' ? entry.process.id : entry.id;
    const items = entryItems(entry);
    const old = keysById.get(id) ?? [];
    const freed = old.reduce((sum, key) => sum + (sizes.get(key) ?? 0), 0);
    const added = items ? Object.entries(items).reduce((sum, [key, value]) => sum + itemSize(key, value), 0) : 0;
    const count = sizes.size - old.length + Object.keys(items ?? {}).length;
    if (!items || bytes - freed + added > QUOTA_BYTES || count > MAX_ITEMS) {
      if (entry.kind === 'process') notSynced.push(named(entry.process));
      continue;
    }
    drop(id);
    put(items);
    keysById.set(id, Object.keys(items));
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

const named = (p: Process): NotSynced => ({ id: p.id, company: p.company, role: p.role });

/** Deletions first, then processes that still protect, then the rest; newest first in each. */
function priority() {
  const rank = (e: SyncEntry) => (e.kind === 'deleted' ? 0 : isOpen(e.process.status) ? 1 : 2);
  const when = (e: SyncEntry) => (e.kind === 'deleted' ? e.deletedAt : e.process.updatedAt);
  return (a: SyncEntry, b: SyncEntry) => rank(a) - rank(b) || (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0);
}

/** True when the plan changes nothing in sync. */
export const isEmptyPlan = (plan: WritePlan): boolean => Object.keys(plan.set).length === 0 && plan.remove.length === 0;
