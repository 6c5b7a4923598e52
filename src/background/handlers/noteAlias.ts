// Two identities of one watched person seen together on their own profile (the content script's
// miss watch, src/content/missWatch.ts): remembered on that person. Only ever adds a key to a
// watched person who already owns one of the two (core/aliases.ts). Every visit to a watched
// profile sends it, so a pair already known, or a person not watched, must cost no write:
// storage is left untouched (no new revision, no storage change for every open page to follow).
import { learnAliases } from '../../core/aliases.ts';
import { change } from '../commit.ts';
import type { ContentHandler } from './types.ts';

export const noteAlias: ContentHandler<'noteAlias'> = async (message, deps) => {
  const now = deps.now();
  const reply = await change(
    deps,
    now,
    (state) => ({ state: learnAliases(state, message.identities, now), result: { ok: true as const } }),
    [],
    { skipUnchanged: true },
  );
  return 'error' in reply ? { error: reply.error } : { ok: true };
};
