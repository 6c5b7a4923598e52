// LinkedIn comment submission (comment pacing): a click on a comment box's submit
// button, with the post it belongs to and the post's author from the post's actor link. On
// the Ember feed, a profile's activity page and the 2026 feed alike; replies in the same post
// give the same post key (the reply box sits inside the post). Only reads the DOM.
import { parseLinkedInUrl } from '../../core/identity.ts';
import type { CommentRecogniser } from '../recogniser.ts';
import { identityReader } from '../dom.ts';
import { closestOf, textOf } from '../recogniser.ts';
import { linkName } from './connect.ts';
import { actorLink, commentSubmit, post as postSelectors, postLink } from './commentSelectors.ts';

const SUBMIT = commentSubmit.join(',');
const ACTOR = actorLink.join(',');
const identityOf = identityReader(parseLinkedInUrl);

export const recogniseLinkedInComment: CommentRecogniser = (target, page, how) => {
  if (how !== 'click') return undefined; // LinkedIn posts a comment with its button only
  const control = target.closest<HTMLElement>(SUBMIT);
  if (!control) return undefined;
  const card = closestOf(control, postSelectors);
  const key = (card && postKeyIn(card)) ?? postKeyOf(page.url);
  // Without a card, only a single post page names the post (its URL) and its author (its one actor).
  const scope = card ?? (key ? page.document : undefined);
  const actor = scope?.querySelector<HTMLAnchorElement>(ACTOR);
  const identity = actor ? identityOf(actor.getAttribute('href'), page) : undefined;
  if (!key || !identity) return undefined;
  const name = linkName(actor!) || textOf(actor) || undefined;
  return { control, post: key, author: { site: 'linkedin', identity, ...(name ? { name } : {}) } };
};

const URN = /urn(?::|%3A)li(?::|%3A)(activity|ugcPost|share)(?::|%3A)(\d+)/;
const SLUG_ACTIVITY = /-(activity|ugcPost|share)-(\d+)/;

function postKeyIn(card: HTMLElement): string | undefined {
  for (const attr of ['data-urn', 'data-id']) {
    const key = keyOf(card.getAttribute(attr));
    if (key) return key;
  }
  for (const selector of postLink) {
    for (const link of card.querySelectorAll<HTMLAnchorElement>(selector)) {
      // A comment's own permalink names the post too, but the post's link comes first.
      const key = keyOf(link.getAttribute('href'));
      if (key) return key;
    }
  }
  return undefined;
}

/** The single post page: /feed/update/urn:li:activity:<n>/ or /posts/<slug>-activity-<n>-<x>/. */
function postKeyOf(url: string): string | undefined {
  try {
    const path = new URL(url).pathname;
    return /^\/(feed\/update|posts)\//.test(path) ? keyOf(path) : undefined;
  } catch {
    return undefined;
  }
}

function keyOf(text: string | null): string | undefined {
  if (!text) return undefined;
  const hit = URN.exec(text) ?? SLUG_ACTIVITY.exec(text);
  return hit ? `li:${hit[1]}:${hit[2]}` : undefined;
}
