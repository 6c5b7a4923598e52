// getSync: what the options page shows of sync (on or off, the last merge, what stays local).
import type { SyncView } from '../../core/pageMessages.ts';
import type { SyncStatus } from '../../core/storageSchemas.ts';
import { readStatus } from '../sync/run.ts';
import type { PageHandler } from './types.ts';

export const syncView = ({ base: _base, writes: _writes, ...view }: SyncStatus): SyncView => view;

export const getSync: PageHandler<'getSync'> = async () => ({ ok: true, sync: syncView(await readStatus()) });
