// "Add <Name> as an interviewer" to an interview already on the list: the process as stored,
// with the person added to its next round (or its last, once all are past), as a draft built
// on the revision shown, so a process changed meanwhile is refused like any stale edit.
import type { ProcessDraft } from '../core/processForm.ts';
import type { Person, Process } from '../core/schema.ts';
import type { NewPerson } from './editor.ts';
import { modelOf, toDraft } from './editorModel.ts';

/** The index of the round a new interviewer joins: the next one, or the last. */
export function roundFor(process: Process, now: Date): number {
  const times = process.rounds.map((round, index) => ({ index, at: Date.parse(round.at) }));
  const next = times.filter((r) => r.at > now.getTime()).sort((a, b) => a.at - b.at)[0];
  return (next ?? times.sort((a, b) => b.at - a.at)[0]!).index;
}

export function draftWithInterviewer(process: Process, people: Person[], person: NewPerson, now: Date): ProcessDraft {
  const model = modelOf(process, people);
  const round = model.rounds[roundFor(process, now)]!;
  // A round stored with nobody shows one blank row in the form: the person replaces it.
  const filled = round.interviewers.filter((p) => p.name || p.linkedinUrl || p.facebookUrl);
  round.interviewers = [...filled, { ...person }];
  return toDraft(model);
}
