// Two (or more) browsers sharing one sync storage, for the merge tests: each has its own state
// and base, edits go through restamp() as the worker's commands do (background/commit.ts), and
// a sync is what the worker does: read the items, reconcile, store the state, write the plan.
import { restamp } from '../../../../src/core/revisions.ts';
import { emptyState, type Person, type Process, type State } from '../../../../src/core/schema.ts';
import { readReplica } from '../../../../src/core/sync/items.ts';
import { reconcile, type SyncBase, type SyncSummary } from '../../../../src/core/sync/merge.ts';
import { planWrites, type WritePlan } from '../../../../src/core/sync/quota.ts';
import { NOW } from '../../support/state.ts';

export interface Browser {
  state: State;
  base: SyncBase | undefined;
  last?: { summary: SyncSummary; plan: WritePlan };
}

export const newBrowser = (state: State = emptyState()): Browser => ({ state, base: undefined });

export function edit(browser: Browser, change: (state: State) => State): void {
  browser.state = restamp(browser.state, change(browser.state));
}

export function sync(browser: Browser, items: Map<string, unknown>, now = NOW): void {
  const current = Object.fromEntries(items);
  const { replica, pending } = readReplica(current);
  const merged = reconcile({ local: browser.state, remote: replica, pending, base: browser.base, now });
  const plan = planWrites(current, merged);
  for (const key of plan.remove) items.delete(key);
  for (const [key, value] of Object.entries(plan.set)) items.set(key, structuredClone(value));
  browser.state = merged.state;
  browser.base = plan.base;
  browser.last = { summary: merged.summary, plan };
}

/** A process with one round on `day` (days after NOW) with `people`. */
export function makeProcess(id: string, people: string[], day = 3, company = `Co ${id}`): Process {
  const at = new Date(NOW.getTime() + day * 86_400_000).toISOString();
  return {
    id,
    company,
    role: 'Engineer',
    status: 'scheduled',
    notes: '',
    rounds: [{ id: `${id}-r0`, at, timeZone: 'Europe/Lisbon', interviewerIds: people }],
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    statusChangedAt: NOW.toISOString(),
    revision: 0,
  };
}

export const linkedin = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

/** Adds a process naming people by profile, reusing a local person with the same profile. */
export function addProcess(state: State, id: string, who: Array<{ id: string; name: string; slug?: string }>): State {
  const people = [...state.people];
  const ids = who.map((w) => {
    const url = w.slug ? linkedin(w.slug) : undefined;
    const same = url ? people.find((p) => p.linkedinUrl === url) : people.find((p) => p.id === w.id);
    if (same) return same.id;
    const person: Person = { id: w.id, name: w.name, ...(url ? { linkedinUrl: url } : {}) };
    people.push(person);
    return person.id;
  });
  return { ...state, people, processes: [...state.processes, makeProcess(id, [...new Set(ids)])] };
}

export function deleteProcess(state: State, id: string): State {
  const processes = state.processes.filter((p) => p.id !== id);
  const used = new Set(processes.flatMap((p) => p.rounds.flatMap((r) => r.interviewerIds)));
  return { ...state, processes, people: state.people.filter((p) => used.has(p.id)) };
}

/** What two browsers must agree on once synced: processes, people, settings. */
export function synced(state: State): unknown {
  const sorted = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { processes: sorted(state.processes), people: sorted(state.people), settings: state.settings };
}
