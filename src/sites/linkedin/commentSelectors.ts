// What LinkedIn's comment boxes and posts look like, as data (comment pacing). Each
// entry names its era, the fixture that shows it (tests/fixtures/linkedin/) and its public
// source (docs/dom-catalog.md §17).

/** The comment box's submit button. LinkedIn posts a comment with it; Enter adds a line. */
export const commentSubmit = [
  // Ember feed, activity page and single post, 2022–25: button.comments-comment-box__submit-button
  // and its "--cr" variant (docs/dom-catalog.md §17; tests/fixtures/linkedin/feed-comments-ember-en.html,
  // activity-comments-ember-en.html).
  'button[class*="comments-comment-box__submit-button"]',
  // 2026 React/SDUI feed: no <form>, button[data-view-name="comment-post"] (docs/dom-catalog.md §17;
  // tests/fixtures/linkedin/feed-comments-2026-en.html, post-comments-2026-fr.html).
  'button[data-view-name="comment-post"]',
] as const;

/** A post: the card the comment box belongs to. */
export const post = [
  // Ember: the update carries its URN (docs/dom-catalog.md §17; feed-comments-ember-en.html).
  '[data-urn*="urn:li:activity:"]',
  '[data-id*="urn:li:activity:"]',
  '.feed-shared-update-v2',
  // 2026: div[data-view-name="feed-full-update"] (docs/dom-catalog.md §17; feed-comments-2026-en.html).
  '[data-view-name="feed-full-update"]',
] as const;

/**
 * The post's actor link, whose profile is the post's author. The first one in the post is the
 * post's own: a reshare's original author comes after the resharer's (negative fixtures
 * feed-comments-ember-en.html, feed-comments-2026-en.html).
 */
export const actorLink = [
  // Ember: a.update-components-actor__meta-link (docs/dom-catalog.md §17; feed-comments-ember-en.html).
  'a.update-components-actor__meta-link',
  // 2026: the actor's picture link and title (docs/dom-catalog.md §17; feed-comments-2026-en.html).
  'a[data-view-name="feed-actor-image"]',
  'a[data-view-name="feed-actor-title"]',
] as const;

/** Links in a post that name it: its timestamp's permalink (2026, and the single post page). */
export const postLink = ['a[href*="/feed/update/urn:li:"]', 'a[href*="/posts/"]'] as const;
