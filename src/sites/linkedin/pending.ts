// Invitations already pending on LinkedIn, read once the page has rendered:
// - a profile's own Pending control (its label "Pending, click to withdraw invitation sent to
//   <Name>", docs/dom-catalog.md §6; tests/fixtures/linkedin/negative-pending-en.html,
//   pending-profile-ember-en.html);
// - the user's sent invitations page, one card per invitation with its Withdraw button
//   (docs/dom-catalog.md §17; tests/fixtures/linkedin/sent-invitations-en.html).
// Reading changes nothing on the page. Only reads the DOM.
import type { SeenPerson } from '../../core/match.ts';
import type { PendingReader } from '../recogniser.ts';
import { cardAncestors } from '../dom.ts';
import { closestOf, textOf } from '../recogniser.ts';
import { identityOf, linkName, pageName } from './connect.ts';
import { isPendingLabel } from './labels.ts';
import { profileLink, topCard } from './selectors.ts';

/** The sent invitations page: https://www.linkedin.com/mynetwork/invitation-manager/sent/ */
export const SENT_INVITATIONS = /^\/mynetwork\/invitation-manager\/sent\/?/;

/** A sent invitation's Withdraw button (docs/dom-catalog.md §17; sent-invitations-en.html). */
export const withdrawButton = ['button[data-view-name="sent-invitations-withdraw-single"]'] as const;

export const readLinkedInPending: PendingReader = (document, url) => {
  const page = { url, document };
  if (SENT_INVITATIONS.test(new URL(url).pathname)) return sentList(page);
  const own = identityOf(url, page);
  if (!own) return [];
  for (const control of document.querySelectorAll<HTMLElement>('[aria-label]')) {
    // Only the profile's own header: a Pending in a side card is someone else's.
    if (!isPendingLabel(control.getAttribute('aria-label') ?? '') || !closestOf(control, topCard)) continue;
    const name = pageName(page);
    return [{ site: 'linkedin', identity: own, ...(name ? { name } : {}) }];
  }
  return [];
};

function sentList(page: { url: string; document: Document }): SeenPerson[] {
  const seen: SeenPerson[] = [];
  for (const button of page.document.querySelectorAll<HTMLElement>(withdrawButton.join(','))) {
    for (const card of cardAncestors(button, 8)) {
      const links = [...card.querySelectorAll<HTMLAnchorElement>(profileLink)];
      const identities = new Map(
        links.flatMap((link) => {
          const identity = identityOf(link.getAttribute('href'), page);
          return identity ? [[`${identity.kind}:${identity.value}`, { identity, link }] as const] : [];
        }),
      );
      if (identities.size === 0) continue;
      if (identities.size === 1) {
        const { identity, link } = [...identities.values()][0]!;
        const name = linkName(link) || textOf(link);
        seen.push({ site: 'linkedin', identity, ...(name ? { name } : {}) });
      }
      break; // the nearest card with profile links is this invitation's; several people: nobody
    }
  }
  return seen;
}
