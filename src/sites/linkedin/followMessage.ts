// LinkedIn "Follow" and "Message" to a person, held back only when the user opts in (the
// content script runs this recogniser only while the watch index says so). Neither is a
// connection request, and the Connect recogniser keeps ignoring both (docs/dom-catalog.md §6).
//
// Whose control it is comes from the control itself, as for Connect: its label's name, its
// card's profile link, and the page URL only inside the profile's own top card. A label's name
// alone proves nothing — a company's Follow reads the same ("Follow Wolt.",
// tests/fixtures/linkedin/negative-company-2026-pl.html) — so a name is
// trusted only where it agrees with a person: the profile page's own name, or a /in/ link in
// the control's card. Following/Unfollow and Pending never match the anchored label patterns.
import type { Identity } from '../../core/vocabulary.ts';
import { namesMatch } from '../../core/names.ts';
import type { RequestKind } from '../../core/vocabulary.ts';
import { cardAncestors } from '../dom.ts';
import { closestOf, textOf, type Page, type Recogniser, type Recognition } from '../recogniser.ts';
import { identityOf, isProfilePage, linkName, pageName } from './connect.ts';
import { isBareMessage, nameInFollowLabel, nameInMessageLabel } from './labels.ts';
import { activatable, inviteDialog, messageRoute, organisationLink, profileLink, topCard } from './selectors.ts';

const ACTIVATABLE = activatable.join(',');
const MESSAGE_ROUTE = messageRoute.join(',');

type Person = { identity: Identity; name?: string };

export const recogniseFollowMessage: Recogniser = (target, page) => {
  const control = target.closest<HTMLElement>(ACTIVATABLE);
  if (!control || closestOf(control, inviteDialog)) return undefined;
  const label = control.getAttribute('aria-label')?.trim() ?? '';

  const followName = label ? nameInFollowLabel(label) : undefined;
  if (followName) return named('follow', control, followName, page);
  const messageName = label ? nameInMessageLabel(label) : undefined;
  if (messageName) return named('message', control, messageName, page);

  // Unnamed Message: the 2026 compose link with a recipient, or a side rail's bare "Message".
  const bare = label ? isBareMessage(label) : isBareMessage(textOf(control)) && control.matches('button');
  if (control.matches(MESSAGE_ROUTE) || bare) {
    if (own(control, page)) return hit('message', control, identityOf(page.url, page)!, pageName(page));
    const person = cardPerson(control, undefined, page);
    return person ? hit('message', control, person.identity, person.name) : undefined;
  }
  return undefined;
};

function hit(kind: RequestKind, control: HTMLElement, identity: Identity, name: string | undefined): Recognition {
  return { kind, control, person: { site: 'linkedin', identity, name } };
}

/** Inside the top card (or its sticky copy) of a profile page: the page's own profile. */
function own(control: HTMLElement, page: Page): boolean {
  return !!closestOf(control, topCard) && isProfilePage(page);
}

/** A control whose label names someone: recognised only when that name is a person's. */
function named(kind: RequestKind, control: HTMLElement, name: string, page: Page): Recognition | undefined {
  if (own(control, page)) {
    const shown = pageName(page);
    // The top card's Follow names the profile; a different name there is not this person's.
    if (shown && !namesMatch(shown, name)) return undefined;
    return hit(kind, control, identityOf(page.url, page)!, shown ?? name);
  }
  const person = cardPerson(control, name, page);
  return person ? hit(kind, control, person.identity, person.name ?? name) : undefined;
}

/**
 * The nearest enclosing card with profile or organisation links. With a name (from the label),
 * exactly one /in/ identity whose link carries that name; without one, exactly one /in/
 * identity and no organisation link. The first level with any such link decides: climbing
 * further would reach a container of many unrelated cards (a feed post by a person with a
 * company's Follow in it must not lend the company's Follow to that person).
 */
function cardPerson(control: HTMLElement, name: string | undefined, page: Page): Person | undefined {
  for (const node of cardAncestors(control, 8)) {
    const people = [...node.querySelectorAll<HTMLAnchorElement>(profileLink)];
    const organisations = node.querySelectorAll(organisationLink).length;
    if (people.length === 0 && organisations === 0) continue;
    const found = new Map<string, Person>();
    for (const link of people) {
      const identity = identityOf(link.getAttribute('href'), page);
      if (!identity) continue;
      const text = linkName(link);
      if (name && !(namesMatch(text, name) || (link.textContent ?? '').includes(name))) continue;
      const key = `${identity.kind}:${identity.value}`;
      if (!found.get(key)?.name) found.set(key, { identity, ...(text ? { name: text } : {}) });
    }
    if (found.size !== 1) return undefined;
    if (!name && organisations > 0) return undefined;
    return [...found.values()][0];
  }
  return undefined;
}
