// What Facebook's comment boxes and posts look like, as data (comment pacing). Each
// entry names the fixture that shows it (tests/fixtures/facebook/) and its public source
// (docs/dom-catalog.md §17).

/**
 * The comment box: a Lexical contenteditable div[role=textbox]. Facebook posts the comment on
 * Enter (Shift+Enter adds a line), with no button to click in most layouts (docs/dom-catalog.md §17;
 * tests/fixtures/facebook/feed-comments-en.html, timeline-comments-en.html).
 */
export const commentBox = '[contenteditable="true"][role="textbox"]';

/** Where a visible submit button exists, its label (English only: the evidence there is). */
export const submitLabels = ['Comment', 'Post'] as const;

/**
 * A post: the outermost [role=article] (each comment is an article inside it; docs/dom-catalog.md
 * §17; feed-comments-en.html). A chat box or the "create post" composer is in no article.
 */
export const article = '[role="article"]';

/**
 * The post's actor link, first in the post (a reshare's original author comes after the
 * resharer's): the profile name in the post's header (docs/dom-catalog.md §8, §17).
 */
export const actorLink = [
  '[data-ad-rendering-role="profile_name"] a[href]',
  'h2 a[href]',
  'h3 a[href]',
  'h4 a[href]',
  'strong a[href]',
] as const;

/** Links that name the post: its timestamp's permalink (docs/dom-catalog.md §17). */
export const postLink = [
  'a[href*="/posts/"]',
  'a[href*="story_fbid="]',
  'a[href*="/permalink/"]',
  'a[href*="/videos/"]',
] as const;
