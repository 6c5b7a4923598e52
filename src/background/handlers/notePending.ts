// notePending: a watched person's profile, or the user's sent invitations page, shows an
// invitation to them still pending. Remembered once per person, and only while a process could
// still stop a request to them (before the offer): the popup then explains how to withdraw it.
import { notePending as remember } from '../../core/pendingInvitations.ts';
import { decide } from '../../core/rule.ts';
import { PENDING_KEY } from '../../core/storageKeys.ts';
import { updateKeys } from '../store.ts';
import type { ContentHandler } from './types.ts';
import { verdictData } from '../verdictCache.ts';
import { pendingRecord } from './pacingRecords.ts';

export const notePending: ContentHandler<'notePending'> = async (message, deps) => {
  const now = deps.now();
  const { state, lookup } = await verdictData(now);
  const verdict = decide(lookup.find(message.person), { ...state, allowances: [] }, now);
  if (verdict.action !== 'stop') return { ok: true };
  return updateKeys([PENDING_KEY], (stored) => {
    const next = remember(pendingRecord(stored), verdict.personId, message.person.site, now);
    return { result: { ok: true as const }, ...(next ? { write: { [PENDING_KEY]: next } } : {}) };
  });
};
