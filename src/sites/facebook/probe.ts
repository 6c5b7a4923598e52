// Whether a Facebook profile page shows its actions in a shape we know (for the miss notice).
import { parseFacebookUrl } from '../../core/identity.ts';
import { textOf, type ProfileProbe } from '../recogniser.ts';
import { isAddFriend } from './labels.ts';
import { knownProfileActions, liteContainer } from './selectors.ts';

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
};
