// Whether a Facebook profile page shows its actions in a shape we know (for the miss notice).
import { identityKey, parseFacebookUrl } from '../../core/identity.ts';
import type { Identity } from '../../core/vocabulary.ts';
import { textOf, type ProfileProbe } from '../recogniser.ts';
import { isAddFriend } from './labels.ts';
import { knownProfileActions, liteContainer, mobileProfileButton } from './selectors.ts';

const KNOWN = knownProfileActions.join(',');

export const facebookProbe: ProfileProbe = {
  // /friends/requests/?profile_id= parses to a person but is a list page, not a profile.
  isProfilePage: (url) => facebookProbe.profileOf(url) !== undefined && !/^\/friends\b/.test(new URL(url).pathname),
  profileOf(url) {
    const parsed = parseFacebookUrl(url);
    return parsed.ok ? { site: 'facebook', identity: parsed.identity } : undefined;
  },
  knownActions(document) {
    if (document.querySelector(KNOWN)) return true;
    // The lite renderer has only text to go by (docs/dom-catalog.md §12).
    for (const container of document.querySelectorAll(liteContainer)) if (isAddFriend(textOf(container))) return true;
    return false;
  },
  identitiesOn(document, url) {
    const own = facebookProbe.isProfilePage(url) ? facebookProbe.profileOf(url)?.identity : undefined;
    if (!own) return [];
    // The profile's own Add Friend on touch/mbasic names the numeric id (docs/dom-catalog.md §12);
    // only when exactly one such button is on the page, so it cannot be anyone else's.
    const buttons = document.querySelectorAll<HTMLAnchorElement>(mobileProfileButton);
    const id = buttons.length === 1 ? subjectOf(buttons[0]!.getAttribute('href'), url) : undefined;
    return id && identityKey(id) !== identityKey(own) ? [own, id] : [own];
  },
};

function subjectOf(href: string | null, base: string): Identity | undefined {
  if (!href) return undefined;
  try {
    const value = new URL(href, base).searchParams.get('subjectid');
    return value && /^\d+$/.test(value) ? { site: 'facebook', kind: 'id', value } : undefined;
  } catch {
    return undefined;
  }
}
