// Everything a page shows: the state, and the side records it offers (undo, restore, misses).
import { BACKUP_KEY, DELETED_KEY, LEGACY_UNDO_KEY, MISS_KEY } from '../../core/storageKeys.ts';
import { BackupRecord, MissCounts } from '../../core/storageSchemas.ts';
import { readDeletions, summarize } from '../deleted.ts';
import { readKeys, readState } from '../store.ts';
import type { PageHandler } from './types.ts';

export const getState: PageHandler<'getState'> = async (_message, deps) => {
  const now = deps.now();
  const [{ state, problems, readOnly }, stored] = await Promise.all([
    readState(now),
    readKeys([DELETED_KEY, LEGACY_UNDO_KEY, BACKUP_KEY, MISS_KEY]),
  ]);
  const backup = BackupRecord.safeParse(stored[BACKUP_KEY]);
  const misses = MissCounts.safeParse(stored[MISS_KEY]);
  return {
    ok: true,
    state,
    problems,
    readOnly,
    recentlyDeleted: summarize(readDeletions(stored)),
    backupSavedAt: backup.success ? backup.data.savedAt : undefined,
    missCounts: misses.success ? misses.data : {},
  };
};
