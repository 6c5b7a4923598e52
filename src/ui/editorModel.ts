// What the interview editor holds: a plain model of the form (so adding a row re-renders
// without losing input), how it is filled from a stored process, turned into a draft for the
// worker, and moved onto a newer version of the process without losing what the user typed.
import { format, parseISO } from 'date-fns';
import type { PersonBase, ProcessDraft } from '../core/processForm.ts';
import type { Person, Process, ProcessStatus } from '../core/schema.ts';
import { locale } from './i18n.ts';

export interface PersonModel {
  id?: string | undefined;
  name: string;
  linkedinUrl: string;
  facebookUrl: string;
  /** What the form was filled with for a stored person: the worker merges only what changed. */
  base?: PersonBase | undefined;
}
export interface RoundModel {
  id?: string | undefined;
  /** datetime-local value: wall-clock time in the browser's zone */
  local: string;
  label: string;
  interviewers: PersonModel[];
}
export interface Model {
  id?: string | undefined;
  /** The revision of the process the form was loaded from. */
  revision?: number | undefined;
  company: string;
  role: string;
  status: ProcessStatus;
  notes: string;
  rounds: RoundModel[];
}

export const blankPerson = (): PersonModel => ({ name: '', linkedinUrl: '', facebookUrl: '' });
export const blankRound = (): RoundModel => ({ local: '', label: '', interviewers: [blankPerson()] });
export const blankModel = (): Model => ({
  company: '',
  role: '',
  status: 'scheduled',
  notes: '',
  rounds: [blankRound()],
});

export function toDraft(model: Model): ProcessDraft {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    ...(model.id ? { id: model.id } : {}),
    ...(model.revision !== undefined ? { revision: model.revision } : {}),
    company: model.company,
    role: model.role,
    status: model.status,
    notes: model.notes,
    rounds: model.rounds.map((round) => {
      // datetime-local has no zone: it is wall-clock time in the browser's zone.
      const instant = round.local ? new Date(round.local) : undefined;
      return {
        ...(round.id ? { id: round.id } : {}),
        at: instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : '',
        timeZone: zone,
        label: round.label,
        interviewers: round.interviewers.map((p) => ({
          ...(p.id ? { id: p.id } : {}),
          ...(p.base ? { base: p.base } : {}),
          name: p.name,
          linkedinUrl: p.linkedinUrl,
          facebookUrl: p.facebookUrl,
        })),
      };
    }),
  };
}

/**
 * The user's input, now built on the latest version: the status (which this form does not
 * edit) and the interviewers' stored details are taken as they are now, so saving applies
 * only what the user typed.
 */
export function rebase(model: Model, current: Process, people: Person[]): void {
  const byId = new Map(people.map((p) => [p.id, p]));
  model.revision = current.revision;
  model.status = current.status;
  for (const round of model.rounds)
    for (const person of round.interviewers) {
      const stored = person.id ? byId.get(person.id) : undefined;
      if (!stored || !person.base) continue;
      const now = { name: stored.name, linkedinUrl: stored.linkedinUrl ?? '', facebookUrl: stored.facebookUrl ?? '' };
      // A field the user did not touch follows the stored value; one they changed stays theirs.
      for (const key of ['name', 'linkedinUrl', 'facebookUrl'] as const)
        if (person[key] === person.base[key]) person[key] = now[key];
      person.base = now;
    }
}

/** The form's model for a stored process, with what it showed of each person. */
export function modelOf(process: Process, people: Person[]): Model {
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    id: process.id,
    revision: process.revision,
    company: process.company,
    role: process.role,
    status: process.status,
    notes: process.notes,
    rounds: process.rounds.map((round) => ({
      id: round.id,
      local: format(parseISO(round.at), "yyyy-MM-dd'T'HH:mm", { locale }),
      label: round.label ?? '',
      interviewers: round.interviewerIds.length
        ? round.interviewerIds.map((pid) => {
            const p = byId.get(pid);
            const fields = {
              name: p?.name ?? '',
              linkedinUrl: p?.linkedinUrl ?? '',
              facebookUrl: p?.facebookUrl ?? '',
            };
            return { id: pid, ...fields, base: { ...fields } };
          })
        : [blankPerson()],
    })),
  };
}
