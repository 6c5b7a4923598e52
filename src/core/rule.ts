// The rule (PRODUCT.md): a request to a matched interviewer is stopped while the process is
// open — before the interview, after it while no decision is recorded, and (asking for the
// status) when the decision is long overdue. Offer/accepted and rejected/withdrawn let it through.
import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import type { PersonMatch } from './personMatch.ts';
import type { Process, ProcessStatus, Round, State } from './schema.ts';

export type StopReason = 'before-interview' | 'awaiting-decision' | 'decision-overdue' | 'quiet-period';

export type Verdict =
  | { action: 'allow'; reason: 'not-watched' | 'offer' | 'process-over' | 'sent-before' }
  | {
      action: 'stop';
      reason: StopReason;
      personId: string;
      processId: string;
      roundId: string;
      /** The round the verdict is about: the next one ahead, or the last one past. */
      at: string;
      strength: PersonMatch['strength'];
    };

const OPEN: ReadonlySet<ProcessStatus> = new Set(['scheduled', 'interviewing', 'awaiting-decision']);

/** A process that can still stop a request: no decision recorded yet. */
export function isOpen(status: ProcessStatus): boolean {
  return OPEN.has(status);
}

/** Rejected or withdrawn, but still inside the quiet period the user asked for. */
export function inQuietPeriod(process: Process, settings: State['settings'], now: Date): boolean {
  if (process.status !== 'rejected' && process.status !== 'withdrawn') return false;
  return (
    settings.quietDaysAfterClose > 0 && now < addDays(parseISO(process.statusChangedAt), settings.quietDaysAfterClose)
  );
}

export function decide(matches: readonly PersonMatch[], state: State, now: Date): Verdict {
  if (matches.length === 0) return { action: 'allow', reason: 'not-watched' };
  const strength = new Map(matches.map((m) => [m.personId, m.strength]));
  let stop: Extract<Verdict, { action: 'stop' }> | undefined;
  let allow: Extract<Verdict, { action: 'allow' }>['reason'] = 'not-watched';

  for (const process of state.processes) {
    const personId = interviewerIn(process, strength);
    if (!personId) continue;
    if (process.status === 'offer' || process.status === 'accepted') {
      allow = 'offer';
      continue;
    }
    const quiet = inQuietPeriod(process, state.settings, now);
    if (!isOpen(process.status) && !quiet) {
      if (allow === 'not-watched') allow = 'process-over';
      continue;
    }
    // Don't nag: after "Send anyway" for this person in this process, it is their call.
    if (
      !state.settings.askAgainAfterSendAnyway &&
      state.allowances.some((a) => a.personId === personId && a.processId === process.id)
    ) {
      if (allow === 'not-watched' || allow === 'process-over') allow = 'sent-before';
      continue;
    }
    const candidate = stopFor(process, personId, strength.get(personId)!, state, now, quiet);
    if (!stop || precedes(candidate, stop)) stop = candidate;
  }
  return stop ?? { action: 'allow', reason: allow };
}

function interviewerIn(process: Process, people: Map<string, unknown>): string | undefined {
  for (const round of process.rounds) for (const id of round.interviewerIds) if (people.has(id)) return id;
  return undefined;
}

function stopFor(
  process: Process,
  personId: string,
  strength: PersonMatch['strength'],
  state: State,
  now: Date,
  quiet: boolean,
): Extract<Verdict, { action: 'stop' }> {
  // By instant: rounds stored with different offsets do not sort as text.
  const rounds = [...process.rounds].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const ahead = rounds.filter((r) => parseISO(r.at) > now);
  let round: Round;
  let reason: StopReason;
  if (quiet) {
    round = rounds[rounds.length - 1]!;
    reason = 'quiet-period';
  } else if (ahead.length > 0) {
    // Prefer the next round this person sits in; else the process's next round.
    round = ahead.find((r) => r.interviewerIds.includes(personId)) ?? ahead[0]!;
    reason = 'before-interview';
  } else {
    round = rounds[rounds.length - 1]!;
    const daysSince = differenceInCalendarDays(now, parseISO(round.at));
    reason = daysSince > state.settings.overdueAfterDays ? 'decision-overdue' : 'awaiting-decision';
  }
  return { action: 'stop', reason, personId, processId: process.id, roundId: round.id, at: round.at, strength };
}

const RANK: Record<StopReason, number> = {
  'before-interview': 0,
  'awaiting-decision': 1,
  'decision-overdue': 2,
  'quiet-period': 3,
};

/** Among several open processes, the one to talk about: an interview ahead first (soonest), then the most recent. */
function precedes(a: Extract<Verdict, { action: 'stop' }>, b: Extract<Verdict, { action: 'stop' }>): boolean {
  if (a.strength !== b.strength) return a.strength === 'profile';
  if (RANK[a.reason] !== RANK[b.reason]) return RANK[a.reason] < RANK[b.reason];
  const [ta, tb] = [Date.parse(a.at), Date.parse(b.at)];
  if (ta !== tb) return a.reason === 'before-interview' ? ta < tb : ta > tb;
  return a.processId < b.processId; // a stable tie-break keeps the verdict independent of order
}
