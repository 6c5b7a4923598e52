// Merging this browser's list with what sync holds, process by process. Pure: the worker
// (background/sync/) reads both sides, calls reconcile(), stores the state it returns and
// writes the items it asks for.
//
// Revisions are change counters (core/revisions.ts). Each browser counts on its own, so after
// every merge the local counter is moved past every revision seen in sync: an edit made after
// seeing a version always carries a bigger number than it, and "the newer revision wins" means
// "the edit made knowing the other wins". Two edits made without seeing each other are ordered
// by revision, then by the time of the edit, then by content, so both browsers pick the same.
//
// `base` is what this browser knew was in sync after its last merge (id → revision): a process
// that sync has at that revision but this browser no longer has was deleted here, and becomes
// a tombstone; one it never knew is new from another browser. Without a base (sync just turned
// on) nothing is taken as deleted: both lists are kept whole.
import type { Process, State } from '../schema.ts';
import { revisionOf, type Replica, type SettingsRecord, type SyncEntry } from './items.ts';
import { joinPeople, type Sourced } from './people.ts';

export interface SyncBase {
  processes: Record<string, number>;
  settings?: number | undefined;
}

export interface SyncSummary {
  /** Processes that came from sync and were not here. */
  received: number;
  /** Processes here replaced by a newer version from sync. */
  updated: number;
  /** Processes removed here because they were deleted elsewhere. */
  removed: number;
  /** Processes sent to sync (new or newer here). */
  sent: number;
  /** People found on both sides and kept as one. */
  peopleMerged: number;
  /** Where the settings now come from. */
  settings: 'same' | 'received' | 'sent';
}

export interface Reconciled {
  state: State;
  /** What sync should hold for every process this merge decided (ids absent: left alone). */
  entries: Map<string, SyncEntry>;
  /** Tombstones old enough to be removed from sync. */
  expired: string[];
  settings: SettingsRecord;
  summary: SyncSummary;
}

/** Tombstones older than this are dropped from sync (they only guard against stale copies). */
export const TOMBSTONE_DAYS = 180;

export interface ReconcileInput {
  local: State;
  remote: Replica;
  /** Ids whose sync copy is incomplete or unreadable for this version: left as they are. */
  pending: ReadonlySet<string>;
  base: SyncBase | undefined;
  now: Date;
}

/**
 * The version that wins; `a` when the two differ only in how their rounds name people (one
 * browser has already merged two ids for the same person, which every browser does alike).
 */
export function newer(a: Process, b: Process): Process {
  if (a.revision !== b.revision) return a.revision > b.revision ? a : b;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  const x = withoutPeople(a);
  const y = withoutPeople(b);
  return x >= y ? a : b;
}

const withoutPeople = (p: Process) =>
  JSON.stringify({ ...p, rounds: p.rounds.map((r) => ({ ...r, interviewerIds: [] })) });

export function reconcile({ local, remote, pending, base, now }: ReconcileInput): Reconciled {
  const summary: SyncSummary = { received: 0, updated: 0, removed: 0, sent: 0, peopleMerged: 0, settings: 'same' };
  let clock = Math.max(
    local.revision,
    ...[...remote.processes.values()].map(revisionOf),
    remote.settings?.revision ?? 0,
  );
  const entries = new Map<string, SyncEntry>();
  const expired: string[] = [];
  const kept = new Map<string, Sourced>();
  const peopleHere = new Map(local.people.map((p) => [p.id, p]));
  const localCopy = (process: Process): Sourced => ({
    process,
    people: process.rounds.flatMap((r) => r.interviewerIds.flatMap((id) => peopleHere.get(id) ?? [])),
  });
  const oldest = now.getTime() - TOMBSTONE_DAYS * 86_400_000;

  for (const process of local.processes) {
    const there = remote.processes.get(process.id);
    if (pending.has(process.id)) {
      kept.set(process.id, localCopy(process));
      continue;
    }
    if (!there) {
      summary.sent++;
      kept.set(process.id, localCopy(process));
      entries.set(process.id, { kind: 'process', ...localCopy(process) });
    } else if (there.kind === 'deleted') {
      if (process.revision > there.revision || !base) {
        // An edit made after the deletion was seen, or sync just turned on: nothing here is lost.
        const revived = process.revision > there.revision ? process : { ...process, revision: ++clock };
        summary.sent++;
        kept.set(process.id, localCopy(revived));
        entries.set(process.id, { kind: 'process', ...localCopy(revived) });
      } else {
        summary.removed++;
        entries.set(process.id, there);
      }
    } else if (newer(process, there.process) === process) {
      kept.set(process.id, localCopy(process));
      if (process.revision !== there.process.revision || withoutPeople(process) !== withoutPeople(there.process)) {
        summary.sent++;
        entries.set(process.id, { kind: 'process', ...localCopy(process) });
      }
    } else {
      summary.updated++;
      kept.set(process.id, there);
    }
  }

  for (const [id, there] of [...remote.processes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (kept.has(id) || entries.has(id) || pending.has(id)) continue;
    if (there.kind === 'deleted') {
      if (Date.parse(there.deletedAt) >= oldest) entries.set(id, there);
      else expired.push(id);
      continue;
    }
    const known = base?.processes[id];
    if (known !== undefined && there.process.revision <= known) {
      // Deleted here since the last merge: the tombstone outranks every copy seen so far.
      entries.set(id, { kind: 'deleted', id, revision: ++clock, deletedAt: now.toISOString() });
    } else {
      summary.received++;
      kept.set(id, there);
    }
  }

  const joined = joinPeople([...kept.values()], peopleOrder(local));
  summary.peopleMerged = joined.merged;
  const settings = mergeSettings(local, remote.settings, base, summary);
  const renamed = <T extends { personId: string }>(list: T[]) =>
    list.some((x) => joined.rename.has(x.personId))
      ? list.map((x) => ({ ...x, personId: joined.rename.get(x.personId) ?? x.personId }))
      : list;
  const state: State = {
    ...local,
    // What this browser remembers about a person (remind me, send anyway) follows them.
    allowances: renamed(local.allowances),
    connectLater: renamed(local.connectLater),
    processes: joined.processes,
    people: joined.people,
    settings: settings.settings,
    settingsRevision: settings.revision,
    revision: Math.max(clock, settings.revision),
  };
  return { state: unchangedParts(local, state), entries, expired, settings, summary };
}

function mergeSettings(
  local: State,
  there: SettingsRecord | undefined,
  base: SyncBase | undefined,
  summary: SyncSummary,
): SettingsRecord {
  const here: SettingsRecord = { settings: local.settings, revision: local.settingsRevision };
  if (!there) {
    summary.settings = 'sent';
    return here;
  }
  if (JSON.stringify(there.settings) === JSON.stringify(here.settings))
    return there.revision >= here.revision ? there : here;
  // Turned on with settings already in sync: the other browsers' settings are kept (the user
  // is told), rather than one new browser overriding all of them.
  const theirs =
    !base ||
    there.revision > here.revision ||
    (there.revision === here.revision && JSON.stringify(there) > JSON.stringify(here));
  summary.settings = theirs ? 'received' : 'sent';
  return theirs ? there : here;
}

/** Local people keep their order; new ones follow by id. */
function peopleOrder(local: State) {
  const position = new Map(local.people.map((p, i) => [p.id, i]));
  return (a: { id: string }, b: { id: string }) =>
    (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The merged state sharing the local arrays it did not change, so the store can skip them. */
function unchangedParts(local: State, next: State): State {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    ...next,
    processes: same(local.processes, next.processes) ? local.processes : next.processes,
    people: same(local.people, next.people) ? local.people : next.people,
    settings: same(local.settings, next.settings) ? local.settings : next.settings,
  };
}
