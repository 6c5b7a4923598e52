// How every command is applied: inside the single write queue (store.ts), with revisions
// stamped on whatever changed (core/revisions.ts), "remind me" intents that an offer fulfils
// noticed in the same write, and the side effects (notifications, alarms, badge) after it.
import type { Words } from '../core/explain.ts';
import { dueConnectNow, type ConnectNow } from '../core/outcomes.ts';
import { restamp, StaleProcessError } from '../core/revisions.ts';
import type { State } from '../core/schema.ts';
import type { Effects } from './effects.ts';
import { describeFailure } from './failures.ts';
import { readState, updateState } from './store.ts';

export interface CommitDeps {
  effects: Effects;
  words: () => Words;
}

export type Command<T> = (
  state: State,
  other: Record<string, unknown>,
) => { state: State; result: T; extra?: Record<string, unknown> };

/** `skipUnchanged`: a command that returns the state it was given writes nothing at all. */
export interface CommitOptions {
  skipUnchanged?: boolean;
}

export async function commit<T>(
  deps: CommitDeps,
  now: Date,
  command: Command<T>,
  otherKeys: string[] = [],
  options: CommitOptions = {},
): Promise<T> {
  let due: ConnectNow[] = [];
  let committed: State | undefined;
  let scheduleChanged = false;
  const result = await updateState(
    now,
    (state, other) => {
      const out = command(state, other);
      if (options.skipUnchanged && out.state === state && !out.extra) return { ...out, unchanged: true };
      const fulfilled = dueConnectNow(restamp(state, out.state), now);
      due = fulfilled.due;
      committed = fulfilled.state;
      // Commands return new objects only for what they change: a history-only write (every
      // interception) leaves processes and settings as they were, and the alarms and badge too.
      scheduleChanged = out.state.processes !== state.processes || out.state.settings !== state.settings;
      return { ...out, state: fulfilled.state };
    },
    otherKeys,
  );
  if (committed) deps.effects.afterCommit(committed, due, now, { scheduleChanged });
  return result;
}

export type Refusal = { ok: false; error: string; state?: State };

/**
 * commit(), with any failure turned into a message for the page where the user acted. When
 * the change was refused because the process changed meanwhile, the reply carries the state
 * as it is now, so the page can show the new status next to the user's kept input.
 */
export async function change<T>(
  deps: CommitDeps,
  now: Date,
  command: Command<T>,
  otherKeys: string[] = [],
  options: CommitOptions = {},
): Promise<T | Refusal> {
  try {
    return await commit(deps, now, command, otherKeys, options);
  } catch (error) {
    const message = describeFailure(error, deps.words().t);
    if (error instanceof StaleProcessError) return { ok: false, error: message, state: (await readState(now)).state };
    return { ok: false, error: message };
  }
}
