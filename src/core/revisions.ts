// Revisions: how the worker knows that a change was built on what is stored now. Every change
// to a process, to a person's research checklist or to the settings gets the next number of
// one counter (State.revision), so a number is never handed out twice, not even after an
// import or a restore brings older data back. A page sends the revision it loaded; a change
// built on an older one is refused.
import { CommandError } from './commandError.ts';
import type { Person, Process, ProcessStatus, State } from './schema.ts';

/** Catalog keys of the statuses, for messages that name the status a process has now. */
export const STATUS_KEY: Record<ProcessStatus, string> = {
  scheduled: 'statusScheduled',
  interviewing: 'statusInterviewing',
  'awaiting-decision': 'statusAwaiting',
  offer: 'statusOffer',
  accepted: 'statusAccepted',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
};

/** Refused: the process changed since the page loaded it. Names the status it has now. */
export class StaleProcessError extends CommandError {
  constructor(readonly process: Process) {
    super('errProcessChanged', { company: process.company }, { status: STATUS_KEY[process.status] });
  }
}

/** Throws unless `base` is the process's current revision (undefined counts as stale). */
export function checkRevision(process: Process, base: number | undefined): void {
  if (base !== process.revision) throw new StaleProcessError(process);
}

export function checkSettingsRevision(state: State, base: number): void {
  if (base !== state.settingsRevision) throw new CommandError('errSettingsChanged');
}

const withoutRevision = ({ revision: _ignored, ...rest }: Process) => JSON.stringify(rest);
const researchContent = (person: Person | undefined) =>
  person?.research ? JSON.stringify([person.research.done, person.research.updatedAt]) : '';

/**
 * Gives every process, every person's research checklist (and the settings) that differs
 * between `before` and `after` a new revision; what is unchanged keeps its number. Run on
 * every write, whatever the command, so no path (save, status, tick, dialog outcome, import,
 * restore, undo) can forget it.
 */
export function restamp(before: State, after: State): State {
  if (after === before) return after;
  let counter = Math.max(before.revision, after.revision);
  const previous = new Map(before.processes.map((p) => [p.id, p]));
  let changed = false;
  const processes = after.processes.map((p) => {
    const old = previous.get(p.id);
    if (old === p) return p;
    if (old && withoutRevision(old) === withoutRevision(p)) {
      if (p.revision === old.revision) return p;
      changed = true;
      return { ...p, revision: old.revision };
    }
    changed = true;
    return { ...p, revision: ++counter };
  });
  const previousPeople = new Map(before.people.map((p) => [p.id, p]));
  let peopleChanged = false;
  const people = after.people.map((p) => {
    const old = previousPeople.get(p.id);
    if (!p.research || old === p) return p;
    if (old?.research && researchContent(old) === researchContent(p)) {
      if (p.research.revision === old.research.revision) return p;
      peopleChanged = true;
      return { ...p, research: { ...p.research, revision: old.research.revision } };
    }
    peopleChanged = true;
    return { ...p, research: { ...p.research, revision: ++counter } };
  });
  const settingsSame =
    after.settings === before.settings || JSON.stringify(after.settings) === JSON.stringify(before.settings);
  const settingsRevision = settingsSame ? before.settingsRevision : ++counter;
  return {
    ...after,
    processes: changed ? processes : after.processes,
    people: peopleChanged ? people : after.people,
    revision: counter,
    settingsRevision,
  };
}
