// Pure state transitions. The worker applies them inside its single write queue; ids and the
// clock are passed in so every transition is deterministic under test.
import type { ValidPerson, ValidProcess } from './processForm.ts';
import type { Person, Process, ProcessStatus, Settings, State } from './schema.ts';
import { watchEntry } from './watchIndex.ts';

export interface Env {
  now: Date;
  newId: () => string;
}

/** A command refused for a reason the user should read; the message is a catalog key. */
export class CommandError extends Error {}

/** Adds a process (no id) or replaces the one with that id; interviewers are found or created. */
export function saveProcess(state: State, input: ValidProcess, env: Env): { state: State; processId: string } {
  const timestamp = env.now.toISOString();
  const existing = input.id ? state.processes.find((p) => p.id === input.id) : undefined;
  if (input.id && !existing) throw new CommandError('errProcessGone');

  let people = state.people;
  const rounds = input.rounds.map((round) => {
    const interviewerIds: string[] = [];
    for (const draft of round.interviewers) {
      const resolved = resolvePerson(people, draft, env);
      people = resolved.people;
      if (!interviewerIds.includes(resolved.id)) interviewerIds.push(resolved.id);
    }
    const known = round.id && existing?.rounds.some((r) => r.id === round.id);
    return {
      id: known ? round.id! : env.newId(),
      at: round.at,
      timeZone: round.timeZone,
      ...(round.label ? { label: round.label } : {}),
      interviewerIds,
    };
  });

  const process: Process = {
    id: existing?.id ?? env.newId(),
    company: input.company,
    role: input.role,
    status: input.status,
    notes: input.notes,
    rounds,
    createdAt: existing?.createdAt ?? timestamp,
    updatedAt: timestamp,
    statusChangedAt: existing && existing.status === input.status ? existing.statusChangedAt : timestamp,
  };
  const processes = existing
    ? state.processes.map((p) => (p.id === existing.id ? process : p))
    : [...state.processes, process];
  return { state: prune({ ...state, people, processes }), processId: process.id };
}

/** The person a draft refers to: by id, else by the same profile identity, else a new person. */
function resolvePerson(people: Person[], draft: ValidPerson, env: Env): { people: Person[]; id: string } {
  const fields: Omit<Person, 'id'> = {
    name: draft.name,
    ...(draft.linkedinUrl ? { linkedinUrl: draft.linkedinUrl } : {}),
    ...(draft.facebookUrl ? { facebookUrl: draft.facebookUrl } : {}),
    ...(draft.title ? { title: draft.title } : {}),
  };
  let match = draft.id ? people.find((p) => p.id === draft.id) : undefined;
  if (!match) {
    const keys = new Set(watchEntry({ id: '', ...fields }).keys);
    if (keys.size) match = people.find((p) => watchEntry(p).keys.some((k) => keys.has(k)));
  }
  if (!match) {
    const person = { id: env.newId(), ...fields };
    return { people: [...people, person], id: person.id };
  }
  const updated: Person = { id: match.id, ...fields };
  return { people: people.map((p) => (p.id === match.id ? updated : p)), id: match.id };
}

export function setStatus(state: State, processId: string, status: ProcessStatus, env: Env): State {
  const timestamp = env.now.toISOString();
  if (!state.processes.some((p) => p.id === processId)) throw new CommandError('errProcessGone');
  return {
    ...state,
    processes: state.processes.map((p) =>
      p.id !== processId || p.status === status ? p : { ...p, status, updatedAt: timestamp, statusChangedAt: timestamp },
    ),
  };
}

/** What a delete removed, so "Undo" can put it back exactly. */
export interface Removed {
  process: Process;
  index: number;
  people: Person[];
}

export function deleteProcess(state: State, processId: string): { state: State; removed: Removed } {
  const index = state.processes.findIndex((p) => p.id === processId);
  if (index < 0) throw new CommandError('errProcessGone');
  const process = state.processes[index]!;
  const next = prune({ ...state, processes: state.processes.filter((p) => p.id !== processId) });
  const kept = new Set(next.people.map((p) => p.id));
  return { state: next, removed: { process, index, people: state.people.filter((p) => !kept.has(p.id)) } };
}

export function restoreRemoved(state: State, removed: Removed): State {
  if (state.processes.some((p) => p.id === removed.process.id)) return state; // undone already
  const processes = [...state.processes];
  processes.splice(Math.min(removed.index, processes.length), 0, removed.process);
  const have = new Set(state.people.map((p) => p.id));
  return { ...state, processes, people: [...state.people, ...removed.people.filter((p) => !have.has(p.id))] };
}

export function saveSettings(state: State, settings: Settings): State {
  return { ...state, settings };
}

/** People only matter through the processes they sit in; drop the ones no process names. */
function prune(state: State): State {
  const used = new Set(state.processes.flatMap((p) => p.rounds.flatMap((r) => r.interviewerIds)));
  return { ...state, people: state.people.filter((p) => used.has(p.id)) };
}
