// The shared shape of every site feature: a recogniser turns a clicked element into
// "this is a request control, for this person", or nothing. Recognisers only read the DOM.
import type { RequestKind } from '../core/vocabulary.ts';
import type { Identity } from '../core/vocabulary.ts';
import type { SeenPerson } from '../core/match.ts';

export interface Recognition {
  kind: RequestKind;
  /** The control the user activated (focus returns here after the dialog). */
  control: HTMLElement;
  person: SeenPerson;
}

export interface Page {
  url: string;
  document: Document;
}

export type Recogniser = (target: Element, page: Page) => Recognition | undefined;

/** `closest()` over a list of alternative selectors, first alternative that matches wins. */
export function closestOf(target: Element, selectors: readonly string[]): HTMLElement | undefined {
  for (const selector of selectors) {
    const hit = target.closest<HTMLElement>(selector);
    if (hit) return hit;
  }
  return undefined;
}

/** Visible text of an element, whitespace folded. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * For the "protection may not work here" notice: on a profile page, whether the page shows
 * its profile actions in a shape we know (Connect/Add friend, or Pending/Message/Follow/More,
 * which tell us the page is one we understand even when no request control is present).
 */
export interface ProfileProbe {
  isProfilePage(url: string): boolean;
  /** The person whose profile this page is, as the worker stores them. */
  profileOf(url: string): SeenPerson | undefined;
  knownActions(document: Document, url: string): boolean;
  /**
   * Every identity the page gives for its own profile: the URL's, plus one its own header's
   * controls carry when it differs (a Facebook username URL whose add-friend link names the
   * numeric id). Empty off a profile page. Without it, the URL's identity alone.
   */
  identitiesOn?(document: Document, url: string): Identity[];
}

// Comment pacing and pending invitations (sites/comments.ts).

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
