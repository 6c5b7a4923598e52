// getSync: what the options page shows of sync (on or off, the last merge, what stays local).
import type { SyncReply, SyncView } from '../../core/pageMessages.ts';
import type { SyncStatus } from '../../core/storageKeys.ts';
import { readStatus } from '../sync/run.ts';

export const syncView = ({ base: _base, writes: _writes, ...view }: SyncStatus): SyncView => view;

export async function getSync(): Promise<SyncReply> {
  return { ok: true, sync: syncView(await readStatus()) };
}
