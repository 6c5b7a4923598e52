// Comment pacing and pending invitations: what the dialog script (document_idle)
// reads from a page, per site. Kept out of the per-site scripts that every page loads at
// document_start: a comment is typed long after the page became idle, and a pending invitation
// is read once the page has rendered. Only reads the DOM.
import { recogniseLinkedInComment } from './linkedin/comments.ts';
import { readLinkedInPending } from './linkedin/pending.ts';
import { recogniseFacebookComment } from './facebook/comments.ts';
import { readFacebookPending } from './facebook/pending.ts';
import type { CommentRecogniser, PendingReader } from './recogniser.ts';
import { siteOf } from './registry.ts';

export type { CommentRecogniser, CommentSubmit, PendingReader } from './recogniser.ts';

export function commentRecogniserFor(hostname: string): CommentRecogniser | undefined {
  const site = siteOf(hostname);
  return site === 'linkedin' ? recogniseLinkedInComment : site === 'facebook' ? recogniseFacebookComment : undefined;
}

export function pendingReaderFor(hostname: string): PendingReader | undefined {
  const site = siteOf(hostname);
  return site === 'linkedin' ? readLinkedInPending : site === 'facebook' ? readFacebookPending : undefined;
}
