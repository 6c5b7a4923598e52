// What happens after an interception: it is logged when the dialog opens, and the user's
// choice (cancel, remind me, I got the offer, send anyway) completes the entry and has its
// effect on the data. Pure; applied by the worker inside its write queue.
import { CommandError, setStatus, type Env } from './commands.ts';
import { StaleProcessError } from './revisions.ts';
import { HISTORY_LIMIT, type HistoryEntry, type State } from './schema.ts';
import type { Outcome } from './vocabulary.ts';

export function recordInterception(state: State, entry: HistoryEntry): State {
  return { ...state, history: [...state.history, entry].slice(-HISTORY_LIMIT) };
}

export function recordOutcome(
  state: State,
  interceptionId: string,
  outcome: Outcome,
  note: string | undefined,
  env: Env,
): State {
  const entry = state.history.find((h) => h.id === interceptionId);
  if (!entry) throw new CommandError('errInterceptionGone');
  // "I got the offer" changes the process: refused if it changed since the dialog opened
  // (e.g. set to Accepted in the popup meanwhile), unless it already says offer or accepted.
  const current = outcome === 'offer' ? state.processes.find((p) => p.id === entry.processId) : undefined;
  if (current && entry.processRevision !== undefined && current.revision !== entry.processRevision) {
    if (current.status !== 'offer' && current.status !== 'accepted') throw new StaleProcessError(current);
  }
  const at = env.now.toISOString();
  let next: State = {
    ...state,
    history: state.history.map((h) =>
      h.id === interceptionId ? { ...h, outcome, ...(note?.trim() ? { note: note.trim().slice(0, 500) } : {}) } : h,
    ),
  };
  const { personId, processId } = entry;
  if (!personId || !processId || !next.processes.some((p) => p.id === processId)) return next;

  switch (outcome) {
    case 'reminded':
      if (!next.connectLater.some((c) => c.personId === personId && c.processId === processId)) {
        const person = next.people.find((p) => p.id === personId);
        const profileUrl = entry.profileUrl ?? person?.linkedinUrl ?? person?.facebookUrl;
        if (profileUrl)
          next = {
            ...next,
            connectLater: [...next.connectLater, { id: env.newId(), personId, processId, profileUrl, createdAt: at }],
          };
      }
      return next;
    case 'offer': {
      // Already past the offer (Accepted): recording "offer" again must not step it back.
      const status = next.processes.find((p) => p.id === processId)?.status;
      return status === 'offer' || status === 'accepted' ? next : setStatus(next, processId, 'offer', env);
    }
    case 'sent-anyway':
      if (next.allowances.some((a) => a.personId === personId && a.processId === processId)) return next;
      return { ...next, allowances: [...next.allowances, { personId, processId, at }] };
    case 'cancelled':
      return next;
  }
}

export interface ConnectNow {
  id: string;
  personName: string;
  company: string;
  profileUrl: string;
}

/**
 * "Remind me when I get the offer" comes due once the process reaches offer or accepted,
 * however that happened (popup, dialog, import). A due intent stays pending (no `notifiedAt`)
 * until its notification has been shown: the worker shows it after the commit and only then
 * marks it with markConnectNowSent, in a write of its own. A worker killed in between shows
 * it again at the next commit or hourly refresh: at worst twice (the same notification id, so
 * the second replaces the first), never zero times. With notifications turned off, a due
 * intent is marked at once, so turning them on later does not bring back old ones.
 */
export function dueConnectNow(state: State, now: Date): { state: State; due: ConnectNow[] } {
  const offered = new Set(
    state.processes.filter((p) => p.status === 'offer' || p.status === 'accepted').map((p) => p.id),
  );
  const due: ConnectNow[] = [];
  for (const intent of state.connectLater) {
    if (intent.notifiedAt || !offered.has(intent.processId)) continue;
    const person = state.people.find((p) => p.id === intent.personId);
    const process = state.processes.find((p) => p.id === intent.processId);
    due.push({
      id: intent.id,
      personName: person?.name ?? 'your interviewer',
      company: process?.company ?? '',
      profileUrl: intent.profileUrl,
    });
  }
  if (due.length === 0 || state.settings.notifyConnectNow) return { state, due };
  return {
    state: markConnectNowSent(
      state,
      due.map((d) => d.id),
      now,
    ),
    due: [],
  };
}

/** Marks the given "remind me" intents as announced (after their notification was shown). */
export function markConnectNowSent(state: State, ids: readonly string[], now: Date): State {
  const sent = new Set(ids);
  if (!state.connectLater.some((c) => sent.has(c.id) && !c.notifiedAt)) return state;
  return {
    ...state,
    connectLater: state.connectLater.map((c) =>
      sent.has(c.id) && !c.notifiedAt ? { ...c, notifiedAt: now.toISOString() } : c,
    ),
  };
}
