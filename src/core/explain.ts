// Turns a "stop" verdict into the words the interception dialog shows. Kept in core (pure,
// unit-tested) so the content script only renders strings it is given.
import { format, formatDistance, parseISO } from 'date-fns';
import type { Verdict } from './rule.ts';
import type { State } from './schema.ts';

export type RequestKind = 'connect' | 'add-friend';

export interface DialogModel {
  personName: string;
  title: string;
  /** "Interview with Northwind Labs in 5 days" */
  summary: string;
  /** "Tue 2 Dec, 10:00" */
  when: string;
  explanation: string;
  /** Set when the person was recognised by name only. */
  caution?: string | undefined;
}

export function explain(
  verdict: Extract<Verdict, { action: 'stop' }>,
  state: State,
  kind: RequestKind,
  now: Date,
): DialogModel {
  const person = state.people.find((p) => p.id === verdict.personId);
  const process = state.processes.find((p) => p.id === verdict.processId);
  const name = person?.name ?? 'this person';
  const company = process?.company ?? 'this company';
  const at = parseISO(verdict.at);
  const relative = formatDistance(at, now, { addSuffix: true });
  const request = kind === 'connect' ? 'connection request' : 'friend request';

  const byReason = {
    'before-interview': {
      title: `Not yet: ${name} is interviewing you`,
      summary: `Interview with ${company} ${relative}`,
      explanation:
        `A ${request} before the interview assumes a familiarity you haven't built yet, and ` +
        `interviewers tend to read it as pushy. Reading their profile to prepare is welcome; ` +
        `send the request once the offer is yours.`,
    },
    'awaiting-decision': {
      title: `Not yet: ${company} hasn't decided`,
      summary: `Interviewed with ${company} ${relative}, no decision yet`,
      explanation:
        `Right after an interview, a ${request} to ${name} can look like an attempt to sway ` +
        `the decision. Give it until the offer arrives, then connect with a clear conscience.`,
    },
    'decision-overdue': {
      title: `Still waiting to hear from ${company}?`,
      summary: `Last interview with ${company} ${relative}, no decision recorded`,
      explanation:
        `It has been a while since your last round. If you have heard back, update the ` +
        `process in Offer First. Until there is an offer, a ${request} to ${name} is still premature.`,
    },
    'quiet-period': {
      title: `Give it a little time after ${company}`,
      summary: `The process with ${company} closed recently`,
      explanation:
        `You asked Offer First to wait a few days after a process ends. A ${request} to ${name} ` +
        `right away can read as a reaction to the outcome; in a few days it reads as simple networking.`,
    },
  } as const;

  return {
    personName: name,
    ...byReason[verdict.reason],
    when: format(at, 'EEE d MMM, HH:mm'),
    caution:
      verdict.strength === 'name'
        ? `This may be ${name} from your interview list: matched by name only.`
        : undefined,
  };
}
