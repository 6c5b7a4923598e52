// Reading the two records beside the state that comment pacing and pending invitations add (core/pacingSchemas.ts): anything
// unreadable counts as empty (the worker rewrites it on the next change) rather than failing a
// comment or the popup.
import { CommentPacing, PendingInvitations } from '../../core/pacingSchemas.ts';
import { COMMENT_PACING_KEY, PENDING_KEY } from '../../core/storageKeys.ts';

export function commentRecord(stored: Record<string, unknown>): CommentPacing {
  const parsed = CommentPacing.safeParse(stored[COMMENT_PACING_KEY]);
  return parsed.success ? parsed.data : { entries: [] };
}

export function pendingRecord(stored: Record<string, unknown>): PendingInvitations {
  const parsed = PendingInvitations.safeParse(stored[PENDING_KEY]);
  return parsed.success ? parsed.data : { entries: [] };
}
