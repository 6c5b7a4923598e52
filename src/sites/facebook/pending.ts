// Invitations already pending on Facebook: a profile whose header shows "Cancel
// request" where "Add friend" was (docs/dom-catalog.md §8; tests/fixtures/facebook/pending-profile-en.html).
// English only: the evidence there is. Reading changes nothing on the page. Only reads the DOM.
import type { PendingReader } from '../recogniser.ts';
import { textOf } from '../recogniser.ts';
import { facebookProbe } from './probe.ts';
import { pageName } from './addFriend.ts';

export const cancelRequestLabels = ['Cancel request', 'Cancel Request'] as const;
const LABELS = new Set<string>(cancelRequestLabels);

/** The profile's own actions (docs/dom-catalog.md §8; tests/fixtures/facebook/profile-comet.html). */
export const profileActions = '[data-pagelet="ProfileActions"]';

export const readFacebookPending: PendingReader = (document, url) => {
  if (!facebookProbe.isProfilePage(url)) return [];
  const own = facebookProbe.profileOf(url);
  const actions = document.querySelector(profileActions);
  if (!own || !actions) return [];
  for (const control of actions.querySelectorAll<HTMLElement>('[role="button"],button')) {
    const label = control.getAttribute('aria-label')?.trim() || textOf(control);
    if (!LABELS.has(label)) continue;
    const name = pageName({ url, document });
    return [{ ...own, ...(name ? { name } : {}) }];
  }
  return [];
};
