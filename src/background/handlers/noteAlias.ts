// noteAlias: two identities of one watched person, seen together on their own profile by the
// content script (src/content/missWatch.ts). Only ever adds the new key to the one watched
// person who already owns the other (core/aliases.ts). Every visit to a watched profile sends
// it, so a pair already known, or a person not watched, must cost no write: storage is left
// untouched (no new revision, no storage change event for every open page to follow).
import { learnAliases } from '../../core/aliases.ts';
import type { ContentMessage } from '../../core/messages.ts';
import type { ErrorReply } from '../../core/pageMessages.ts';
import { change, type CommitDeps } from '../commit.ts';

type NoteAlias = Extract<ContentMessage, { type: 'noteAlias' }>;

export async function noteAlias(message: NoteAlias, deps: CommitDeps, now: Date): Promise<{ ok: true } | ErrorReply> {
  const reply = await change(
    deps,
    now,
    (state) => ({ state: learnAliases(state, message.identities, now), result: { ok: true as const } }),
    [],
    { skipUnchanged: true },
  );
  return 'error' in reply ? { error: reply.error } : { ok: true };
}
