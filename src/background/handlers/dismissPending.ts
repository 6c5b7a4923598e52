// dismissPending (popup): "Leave it" on an invitation already pending. Dismissed for good; the
// invitation itself is the user's to withdraw or keep on the site, never touched from here.
import type { PacingReply } from '../../core/pageMessages.ts';
import { dismissPending as dismiss } from '../../core/pendingInvitations.ts';
import { PENDING_KEY } from '../../core/storageKeys.ts';
import { updateKeys } from '../store.ts';
import { getPacing } from './getPacing.ts';
import { pendingRecord } from './pacingRecords.ts';

export async function dismissPending(personId: string, now: Date): Promise<PacingReply> {
  await updateKeys([PENDING_KEY], (stored) => ({
    result: undefined,
    write: { [PENDING_KEY]: dismiss(pendingRecord(stored), personId) },
  }));
  return getPacing(now);
}
