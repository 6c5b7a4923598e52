// A status change in one step (popup, options, the dialog's "I got the offer" goes elsewhere).
import { setStatus as applyStatus } from '../../core/commands.ts';
import { change } from '../commit.ts';
import { done, stored } from './replies.ts';
import type { PageHandler } from './types.ts';

export const setStatus: PageHandler<'setStatus'> = async (message, deps) => {
  const now = deps.now();
  const env = { now, newId: deps.newId };
  return stored(
    await change(deps, now, (state) =>
      done(applyStatus(state, message.processId, message.status, env, message.revision)),
    ),
    now,
  );
};
