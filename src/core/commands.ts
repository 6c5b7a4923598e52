// Pure state transitions. The worker applies them inside its single write queue; ids and the
// clock are passed in so every transition is deterministic under test. Revisions are checked
// here (a change built on an older revision is refused) and stamped by the worker on every
// write (core/revisions.ts restamp).
import { CommandError } from './commandError.ts';
import { mergePerson } from './people.ts';
import type { ValidPerson, ValidProcess } from './processForm.ts';
import { unionResearch } from './research.ts';
import { checkRevision, checkSettingsRevision } from './revisions.ts';
import type { Person, Process, ProcessStatus, Settings, State } from './schema.ts';
import { watchEntry } from './watchIndex.ts';

export { CommandError };

export interface Env {
  now: Date;
  newId: () => string;
}

/**
 * Adds a process (no id) or replaces the one with that id, if `input.revision` is still its
 * revision; interviewers are found (by id or profile link) and merged, or created.
 */
export function saveProcess(state: State, input: ValidProcess, env: Env): { state: State; processId: string } {
  const timestamp = env.now.toISOString();
  const existing = input.id ? state.processes.find((p) => p.id === input.id) : undefined;
  if (input.id && !existing) throw new CommandError('errProcessGone');
  if (existing) checkRevision(existing, input.revision);

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
    revision: existing?.revision ?? 0, // the worker stamps the next one when it stores this
  };
  const processes = existing
    ? state.processes.map((p) => (p.id === existing.id ? process : p))
    : [...state.processes, process];
  return { state: prune({ ...state, people, processes }), processId: process.id };
}

/** The stored person with the same profile identity (any of their links), if any. */
export function findByIdentity(people: Person[], person: Omit<Person, 'id'>): Person | undefined {
  const keys = new Set(watchEntry({ id: '', ...person }).keys);
  return keys.size ? people.find((p) => watchEntry(p).keys.some((k) => keys.has(k))) : undefined;
}

/** The person a draft refers to: by id, else by the same profile identity, else a new person. */
function resolvePerson(people: Person[], draft: ValidPerson, env: Env): { people: Person[]; id: string } {
  const fields: Omit<Person, 'id'> = {
    name: draft.name,
    ...(draft.linkedinUrl ? { linkedinUrl: draft.linkedinUrl } : {}),
    ...(draft.facebookUrl ? { facebookUrl: draft.facebookUrl } : {}),
    ...(draft.title ? { title: draft.title } : {}),
  };
  const byId = draft.id ? people.find((p) => p.id === draft.id) : undefined;
  const match = byId ?? findByIdentity(people, fields);
  if (!match) {
    const person = { id: env.newId(), ...fields };
    return { people: [...people, person], id: person.id };
  }
  // The form's baseline only describes the person it was loaded for.
  const updated = mergePerson(match, draft, byId ? draft.base : undefined);
  return { people: people.map((p) => (p.id === match.id ? updated : p)), id: match.id };
}

export function setStatus(state: State, processId: string, status: ProcessStatus, env: Env, revision?: number): State {
  const timestamp = env.now.toISOString();
  const process = state.processes.find((p) => p.id === processId);
  if (!process) throw new CommandError('errProcessGone');
  if (revision !== undefined) checkRevision(process, revision);
  if (process.status === status) return state;
  return {
    ...state,
    processes: state.processes.map((p) =>
      p.id !== processId ? p : { ...p, status, updatedAt: timestamp, statusChangedAt: timestamp },
    ),
  };
}

/** What a delete removed, so "Undo" can put it back exactly. */
export interface Removed {
  process: Process;
  index: number;
  people: Person[];
}

export function deleteProcess(state: State, processId: string, revision: number): { state: State; removed: Removed } {
  const index = state.processes.findIndex((p) => p.id === processId);
  if (index < 0) throw new CommandError('errProcessGone');
  const process = state.processes[index]!;
  checkRevision(process, revision);
  const next = prune({ ...state, processes: state.processes.filter((p) => p.id !== processId) });
  const kept = new Set(next.people.map((p) => p.id));
  return { state: next, removed: { process, index, people: state.people.filter((p) => !kept.has(p.id)) } };
}

/**
 * Puts a deleted process back with its interviewers. A person who is still stored (another
 * process kept them) stays as stored now; one who was entered again since under a new id
 * (same profile link) is merged into that entry, so the restore never makes a duplicate.
 */
export function restoreRemoved(state: State, removed: Removed): State {
  if (state.processes.some((p) => p.id === removed.process.id)) throw new CommandError('errNothingToUndo');
  let people = state.people;
  const renamed = new Map<string, string>();
  for (const person of removed.people) {
    if (people.some((p) => p.id === person.id)) continue;
    const { id: _id, ...fields } = person;
    const same = findByIdentity(people, fields);
    if (same) {
      renamed.set(person.id, same.id);
      const merged = mergePerson(same, { ...fields, name: person.name }, undefined);
      const withNames = person.otherNames ? mergeOtherNames(merged, person.otherNames) : merged;
      const research = unionResearch(withNames.research, person.research);
      const restored = research ? { ...withNames, research } : withNames;
      people = people.map((p) => (p.id === same.id ? restored : p));
    } else people = [...people, person];
  }
  const process: Process = {
    ...removed.process,
    rounds: removed.process.rounds.map((r) => ({
      ...r,
      interviewerIds: [...new Set(r.interviewerIds.map((id) => renamed.get(id) ?? id))],
    })),
  };
  const processes = [...state.processes];
  processes.splice(Math.min(removed.index, processes.length), 0, process);
  return { ...state, processes, people };
}

function mergeOtherNames(person: Person, names: string[]): Person {
  return names.reduce((p, name) => mergePerson(p, { name, ...pickLinks(p) }, undefined), person);
}
const pickLinks = (p: Person) => ({ linkedinUrl: p.linkedinUrl, facebookUrl: p.facebookUrl });

/** Replaces the settings if `revision` is still theirs (a form loaded before an import is not). */
export function saveSettings(state: State, settings: Settings, revision: number): State {
  checkSettingsRevision(state, revision);
  return { ...state, settings };
}

/** People only matter through the processes they sit in; drop the ones no process names. */
function prune(state: State): State {
  const used = new Set(state.processes.flatMap((p) => p.rounds.flatMap((r) => r.interviewerIds)));
  return { ...state, people: state.people.filter((p) => used.has(p.id)) };
}
