// Takes an import back: the state from before it returns, and the current one takes its place,
// so restoring is itself reversible. Revisions are stamped anew (commit.ts), so a form opened
// before the restore cannot write its older copy back. The kept state is read with loadState
// (migrations, quarantine), so a backup taken before an update can still be restored after it.
import { loadState } from '../../core/load.ts';
import { BACKUP_KEY } from '../../core/storageKeys.ts';
import { BackupRecord } from '../../core/storageSchemas.ts';
import { change } from '../commit.ts';
import { readKeys } from '../store.ts';
import { done, stored } from './replies.ts';
import type { PageHandler } from './types.ts';

export const restoreBackup: PageHandler<'restoreBackup'> = async (_message, deps) => {
  const now = deps.now();
  const backup = BackupRecord.safeParse((await readKeys([BACKUP_KEY]))[BACKUP_KEY]);
  if (!backup.success) return { ok: false, error: deps.words().t('errNoBackup') };
  const { state: restored } = loadState(backup.data.state, now);
  return stored(
    await change(deps, now, (state) => ({
      ...done(restored),
      extra: { [BACKUP_KEY]: { savedAt: now.toISOString(), state } },
    })),
    now,
  );
};
