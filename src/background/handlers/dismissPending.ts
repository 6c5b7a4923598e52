// dismissPending (popup): "Leave it" on an invitation already pending. Dismissed for good; the
// invitation itself is the user's to withdraw or keep on the site, never touched from here.
import { dismissPending as dismiss } from '../../core/pendingInvitations.ts';
import { PENDING_KEY } from '../../core/storageKeys.ts';
import { updateKeys } from '../store.ts';
import { pacingView } from './getPacing.ts';
import type { PageHandler } from './types.ts';
import { pendingRecord } from './pacingRecords.ts';

export const dismissPending: PageHandler<'dismissPending'> = async ({ personId }, deps) => {
  const now = deps.now();
  await updateKeys([PENDING_KEY], (stored) => ({
    result: undefined,
    write: { [PENDING_KEY]: dismiss(pendingRecord(stored), personId) },
  }));
  return pacingView(now);
};
