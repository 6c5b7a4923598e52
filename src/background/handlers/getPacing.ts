// getPacing (popup): per watched interviewer in an open process, the posts of theirs commented
// on ("Commented on 1 of 2 posts"), and the invitations already pending not yet dismissed.
import { COMMENT_LIMIT, commentedOn } from '../../core/commentPacing.ts';
import type { PacingReply } from '../../core/pageMessages.ts';
import { isOpen } from '../../core/rule.ts';
import { COMMENT_PACING_KEY, PENDING_KEY } from '../../core/storageKeys.ts';
import { readKeys, readState } from '../store.ts';
import { commentRecord, pendingRecord } from './pacingRecords.ts';
import type { PageHandler } from './types.ts';

/** Also the answer to dismissPending: the popup redraws from it. */
export async function pacingView(now: Date): Promise<PacingReply> {
  const [{ state }, stored] = await Promise.all([readState(now), readKeys([COMMENT_PACING_KEY, PENDING_KEY])]);
  const comments = commentRecord(stored);
  const people = new Map(state.people.map((p) => [p.id, p]));
  const rows: Extract<PacingReply, { ok: true }>['comments'] = [];
  for (const process of state.processes) {
    if (!isOpen(process.status)) continue;
    const ids = new Set(process.rounds.flatMap((r) => r.interviewerIds));
    for (const personId of ids) {
      const count = commentedOn(comments, personId, process.id);
      const person = people.get(personId);
      if (count > 0 && person)
        rows.push({ personId, name: person.name, company: process.company, count, limit: COMMENT_LIMIT });
    }
  }
  const pending = pendingRecord(stored)
    .entries.filter((e) => !e.dismissed && people.has(e.personId))
    .map((e) => {
      const person = people.get(e.personId)!;
      return {
        personId: e.personId,
        name: person.name,
        site: e.site,
        profileUrl: e.site === 'linkedin' ? person.linkedinUrl : person.facebookUrl,
      };
    });
  return { ok: true, comments: rows, pending };
}

export const getPacing: PageHandler<'getPacing'> = (_message, deps) => pacingView(deps.now());
