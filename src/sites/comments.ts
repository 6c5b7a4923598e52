// Comment pacing and pending invitations (issue 14): what the dialog script (document_idle)
// reads from a page, per site. Kept out of the per-site scripts that every page loads at
// document_start: a comment is typed long after the page became idle, and a pending invitation
// is read once the page has rendered. Only reads the DOM.
import type { SeenPerson } from '../core/match.ts';
import { recogniseLinkedInComment } from './linkedin/comments.ts';
import { readLinkedInPending } from './linkedin/pending.ts';
import { recogniseFacebookComment } from './facebook/comments.ts';
import { readFacebookPending } from './facebook/pending.ts';
import type { Page } from './recogniser.ts';
import { siteOf } from './registry.ts';

/** A comment about to be posted: the post it goes on and the post's author (its actor link). */
export interface CommentSubmit {
  /** What the user activated: the submit button (click) or the comment box (Enter). */
  control: HTMLElement;
  /** The post, by the site's own id (`li:activity:<n>`, `fb:post:<id>`): never the comment's text. */
  post: string;
  author: SeenPerson;
}

/** `how`: a click (on the submit button) or Enter (in the comment box, where the site posts on Enter). */
export type CommentRecogniser = (target: Element, page: Page, how: 'click' | 'enter') => CommentSubmit | undefined;

/** The people a page shows an invitation pending to (a profile's Pending, the sent invitations list). */
export type PendingReader = (document: Document, url: string) => SeenPerson[];

export function commentRecogniserFor(hostname: string): CommentRecogniser | undefined {
  const site = siteOf(hostname);
  return site === 'linkedin' ? recogniseLinkedInComment : site === 'facebook' ? recogniseFacebookComment : undefined;
}

export function pendingReaderFor(hostname: string): PendingReader | undefined {
  const site = siteOf(hostname);
  return site === 'linkedin' ? readLinkedInPending : site === 'facebook' ? readFacebookPending : undefined;
}
