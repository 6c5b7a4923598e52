// setSync: turning sync on merges both sides at once (nothing lost, the summary shown);
// turning it off keeps the local copy, and removes the synced copy only when asked to.
import type { SyncReply } from '../../core/pageMessages.ts';
import { SYNC_STATUS_KEY } from '../../core/storageKeys.ts';
import { SYNC_OFF } from '../../core/storageSchemas.ts';
import { isSyncKey } from '../../core/sync/items.ts';
import { describeFailure } from '../failures.ts';
import { syncArea, writeKeys } from '../store.ts';
import { runSync } from '../sync/run.ts';
import { serialised, syncDeps } from '../sync/schedule.ts';
import { syncView } from './getSync.ts';
import type { PageHandler } from './types.ts';

export const setSync: PageHandler<'setSync'> = (message, deps) => {
  const t = deps.words().t;
  return serialised(async (): Promise<SyncReply> => {
    if (message.enabled) {
      const status = await runSync(syncDeps, { first: true });
      if (!status.enabled) return { ok: false, error: status.error ?? t('syncFailed', { detail: '' }) };
      return { ok: true, sync: syncView(status) };
    }
    await writeKeys({ [SYNC_STATUS_KEY]: SYNC_OFF });
    if (message.removeSynced) {
      try {
        const keys = Object.keys(await syncArea.get(null)).filter(isSyncKey);
        if (keys.length) await syncArea.remove(keys);
      } catch (error) {
        return { ok: false, error: t('syncFailed', { detail: describeFailure(error, t) }) };
      }
    }
    return { ok: true, sync: syncView(SYNC_OFF) };
  });
};
