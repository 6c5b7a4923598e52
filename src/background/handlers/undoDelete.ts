// Undo names the deletion it takes back (deleteProcess answered with its id).
import { restoreRemoved } from '../../core/commands.ts';
import { CommandError } from '../../core/commandError.ts';
import { DELETED_KEY, LEGACY_UNDO_KEY } from '../../core/storageKeys.ts';
import { change } from '../commit.ts';
import { readDeletions, withoutDeletion } from '../deleted.ts';
import { done, stored } from './replies.ts';
import type { PageHandler } from './types.ts';

export const undoDelete: PageHandler<'undoDelete'> = async (message, deps) => {
  const now = deps.now();
  return stored(
    await change(
      deps,
      now,
      (state, other) => {
        const list = readDeletions(other);
        const deletion = list.find((d) => d.id === message.deletionId);
        if (!deletion) throw new CommandError('errNothingToUndo');
        return { ...done(restoreRemoved(state, deletion)), extra: withoutDeletion(list, deletion.id) };
      },
      [DELETED_KEY, LEGACY_UNDO_KEY],
    ),
    now,
  );
};
