// Invitations already pending: some users sent the request before installing Offer
// First, or from their phone. Remembered once per person; "Leave it" dismisses it for good.
// Nothing here sends or withdraws anything. Pure: the worker reads and writes the record.
import type { PendingInvitations } from './pacingSchemas.ts';
import type { Site } from './vocabulary.ts';

export function notePending(
  record: PendingInvitations,
  personId: string,
  site: Site,
  now: Date,
): PendingInvitations | undefined {
  if (record.entries.some((e) => e.personId === personId)) return undefined; // once per person
  return { entries: [...record.entries, { personId, site, seenAt: now.toISOString() }] };
}

export function dismissPending(record: PendingInvitations, personId: string): PendingInvitations {
  return { entries: record.entries.map((e) => (e.personId === personId ? { ...e, dismissed: true } : e)) };
}
