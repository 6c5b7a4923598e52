// Deleting an interview keeps it in "Recently deleted" (background/deleted.ts), so Undo can
// bring back exactly this deletion, from the popup's toast or later from the options page.
import { deleteProcess as applyDelete } from '../../core/commands.ts';
import { DELETED_KEY, LEGACY_UNDO_KEY } from '../../core/storageKeys.ts';
import { change } from '../commit.ts';
import { readDeletions, withDeletion } from '../deleted.ts';
import { readState } from '../store.ts';
import type { PageHandler } from './types.ts';

export const deleteProcess: PageHandler<'deleteProcess'> = async (message, deps) => {
  const now = deps.now();
  const deletionId = deps.newId();
  const reply = await change(
    deps,
    now,
    (state, other) => {
      const { state: next, removed } = applyDelete(state, message.processId, message.revision);
      return {
        state: next,
        result: { ok: true as const, deletionId },
        extra: withDeletion(readDeletions(other), deletionId, now, removed),
      };
    },
    [DELETED_KEY, LEGACY_UNDO_KEY],
  );
  if (!reply.ok) return reply;
  return { ...reply, state: (await readState(now)).state };
};
