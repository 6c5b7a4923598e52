// The user's choice in the dialog, completing the interception getVerdict logged.
import { recordOutcome as applyOutcome } from '../../core/outcomes.ts';
import { change } from '../commit.ts';
import type { ContentHandler } from './types.ts';

export const recordOutcome: ContentHandler<'recordOutcome'> = async (message, deps) => {
  const now = deps.now();
  const reply = await change(deps, now, (state) => ({
    state: applyOutcome(state, message.interceptionId, message.outcome, message.note, { now, newId: deps.newId }),
    result: { ok: true as const },
  }));
  return 'error' in reply ? { error: reply.error } : { ok: true };
};
