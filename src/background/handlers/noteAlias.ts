// Two identities of one watched person seen together on their own profile: remembered on that
// person. Only ever adds a key to a watched person who already owns one of the two; anything
// else leaves the state as it was (and then nothing is written or republished).
import { learnAliases } from '../../core/aliases.ts';
import { change } from '../commit.ts';
import type { ContentHandler } from './types.ts';

export const noteAlias: ContentHandler<'noteAlias'> = async (message, deps) => {
  const now = deps.now();
  const reply = await change(deps, now, (state) => ({
    state: learnAliases(state, message.identities, now),
    result: { ok: true as const },
  }));
  return 'error' in reply ? { error: reply.error } : { ok: true };
};
