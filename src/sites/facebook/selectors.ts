// What Facebook's add-friend controls look like, as data, with evidence
// (../shared/reference/DOM-CATALOG.md sections 8 and 13).

export const addFriendControl = [
  // 2020– "Comet" UI: div[role=button][tabindex=0][aria-label="Add friend"], label text in nested
  // spans, a full-size overlay child is the usual event.target (DOM-CATALOG §8).
  '[role="button"][aria-label="Add friend"]',
  // Older builds capitalised it (Rulispro bookmarklet, DOM-CATALOG §8).
  '[role="button"][aria-label="Add Friend"]',
] as const;

/** The profile's own header: a control here belongs to the page's profile (DOM-CATALOG §8). */
export const profileHeader = ['[data-pagelet="ProfileActions"]'] as const;

/** The profile's display name on a profile page. */
export const profileName = 'h1';

/** Links that may point at a person (cards in suggestions, search, feed modules). */
export const personLink = 'a[href]';
