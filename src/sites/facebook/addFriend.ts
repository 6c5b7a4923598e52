// Facebook "Add friend" and "Confirm" (accepting an incoming request creates the same
// connection, docs/dom-catalog.md §11). The control in a profile's header belongs to the page's
// profile; anywhere else the person comes from the profile link in the same card. Display
// names collide on Facebook, so an identity from a link is preferred over any name.
import { identityKey, parseFacebookUrl } from '../../core/identity.ts';
import type { Identity } from '../../core/vocabulary.ts';
import { cardAncestors, firstText, identityReader, inCardOrSidebar } from '../dom.ts';
import { closestOf, textOf, type Page, type Recogniser, type Recognition } from '../recogniser.ts';
import { isAddFriend, isAddShort, isConfirm } from './labels.ts';
import { liteCardName } from './lite.ts';
import {
  activatable,
  liteContainer,
  mobileAddFriend,
  mobileProfileButton,
  personLink,
  profileHeader,
  profileName,
  requestLink,
  respondButton,
} from './selectors.ts';

const ACTIVATABLE = activatable.join(',');
const MOBILE_ADD = mobileAddFriend.join(',');
const ADD_CONTROLS = `[role="button"][aria-label],${MOBILE_ADD}`;

/** Pages that list only people: friend suggestions and requests, people search. */
const PEOPLE_LISTS = /^\/(friends|search)(\/|$)/;

type Person = { identity?: Identity; name?: string };

export const recogniseAddFriend: Recogniser = (target, page) => {
  const control = target.closest<HTMLElement>(ACTIVATABLE);
  if (!control) return undefined;
  const label = control.getAttribute('aria-label');

  // Mobile GET links carry the person's numeric id outright (docs/dom-catalog.md §12;
  // tests/fixtures/facebook/m-touch-en.html).
  if (control.matches(MOBILE_ADD)) {
    const own = identityOf(control.getAttribute('href'), page);
    // The profile's own button (hf=profile_button) on m.facebook.com/<username>: the link names
    // the numeric id, the page URL the username; both are this person (one account, two
    // identities; tests/fixtures/facebook/m-touch-alias-en.html).
    if (control.matches(mobileProfileButton) && isProfilePage(page)) {
      const pageId = identityOf(page.url, page);
      return hit(control, own ?? pageId, pageName(page) ?? titleName(page), other(pageId, own));
    }
    const card = cardOf(control, page, control);
    return hit(control, own ?? card.identity, card.name);
  }
  // The lite renderer's containers have no label: their text is the signal (docs/dom-catalog.md §12;
  // tests/fixtures/facebook/m-lite-en.html).
  if (control.matches(liteContainer)) {
    if (!isAddFriend(textOf(control))) return undefined;
    return hit(control, ...liteOwner(control, page));
  }
  if (isAddFriend(label)) {
    if (closestOf(control, profileHeader)) return hit(control, identityOf(page.url, page), pageName(page));
    const card = cardOf(control, page);
    if (card.identity) return hit(control, card.identity, card.name);
    // A header whose ProfileActions pagelet is missing: on a profile page a control outside
    // any card or sidebar is the profile's own. Anywhere else it belongs to nobody (an empty
    // person, which the content script reports as layout drift: src/content/index.ts).
    if (isProfilePage(page) && !inCardOrSidebar(control))
      return hit(control, identityOf(page.url, page), pageName(page));
    return hit(control, undefined, undefined);
  }
  // A bare "Add"/"Ajouter" is too generic on its own ("Add" buttons exist all over a group or
  // a post): only in the people lists where it was seen (suggestions, search; docs/dom-catalog.md §13), and only
  // on a card naming exactly one person.
  if (isAddShort(label) && PEOPLE_LISTS.test(new URL(page.url).pathname)) {
    const card = cardOf(control, page);
    return card.identity ? hit(control, card.identity, card.name) : undefined;
  }
  if (isConfirm(label) || isConfirm(textOf(control))) return confirmRequest(control, page);
  return undefined;
};

function holdsAnotherAdd(node: HTMLElement, control: HTMLElement): boolean {
  for (const other of node.querySelectorAll<HTMLElement>(ADD_CONTROLS)) {
    if (other === control || other.contains(control)) continue;
    if (other.matches(MOBILE_ADD) || isAddFriend(other.getAttribute('aria-label'))) return true;
  }
  return false;
}

function hit(
  control: HTMLElement,
  identity: Identity | undefined,
  name: string | undefined,
  also?: Identity,
): Recognition {
  return {
    kind: 'add-friend',
    control,
    person: { site: 'facebook', identity, name, ...(also ? { also: [also] } : {}) },
  };
}

/** `candidate` when it is a different identity from `than`. */
function other(candidate: Identity | undefined, than: Identity | undefined): Identity | undefined {
  return candidate && than && identityKey(candidate) !== identityKey(than) ? candidate : undefined;
}

/** A person's own profile (not a list page such as /friends/requests/?profile_id=). */
export function isProfilePage(page: Page): boolean {
  return identityOf(page.url, page) !== undefined && !/^\/friends\b/.test(new URL(page.url).pathname);
}

/**
 * "Confirm" is also the label of unrelated dialogs (unfriend, "Leave group?": docs/dom-catalog.md
 * §11, tests/fixtures/facebook/negative-feed-en.html), so it counts only where it accepts a
 * request: on a card linking to
 * /friends/requests/?profile_id=, on the requests page, or in the menu of a profile's Respond.
 */
function confirmRequest(control: HTMLElement, page: Page): Recognition | undefined {
  if (closestOf(control, ['[role="menu"]']) && page.document.querySelector(respondButton)) {
    return hit(control, identityOf(page.url, page), pageName(page));
  }
  const request = requestOf(control, page);
  if (request) return hit(control, request.identity, request.name);
  if (!/^\/friends\/requests\/?/.test(new URL(page.url).pathname)) return undefined;
  const card = cardOf(control, page);
  return card.identity ? hit(control, card.identity, card.name) : undefined;
}

/**
 * The nearest card around the control that links /friends/requests/?profile_id=N names the
 * sender; its other links may be mutual friends' avatars (docs/dom-catalog.md §11;
 * tests/fixtures/facebook/requests-en.html).
 */
function requestOf(control: HTMLElement, page: Page): Person | undefined {
  for (const node of cardAncestors(control, 10)) {
    const links = [...node.querySelectorAll<HTMLAnchorElement>(requestLink)];
    if (links.length === 0) continue;
    const ids = new Set(links.map((l) => identityOf(l.getAttribute('href'), page)?.value));
    if (ids.size !== 1) return undefined;
    const identity = identityOf(links[0]!.getAttribute('href'), page);
    const name = links.map((l) => l.getAttribute('aria-label') || textOf(l)).find(Boolean);
    return identity ? { identity, ...(name ? { name } : {}) } : undefined;
  }
  return undefined;
}

/**
 * The lite renderer exposes no profile link on its controls (inferred, docs/dom-catalog.md §12). On a profile page the
 * first add-friend container in the document is the profile's own (its header comes first);
 * later ones (suggestions) name their person by a link if their card shows one, else only by
 * the name their card displays (matched by name: "this may be …";
 * tests/fixtures/facebook/m-lite-cards-en.html).
 */
function liteOwner(control: HTMLElement, page: Page): [Identity | undefined, string | undefined] {
  if (isProfilePage(page)) {
    const first = [...page.document.querySelectorAll(liteContainer)].find((c) => isAddFriend(textOf(c)));
    if (first === control) return [identityOf(page.url, page), pageName(page) ?? titleName(page)];
  }
  const card = cardOf(control, page);
  if (card.identity) return [card.identity, card.name];
  return [undefined, liteCardName(control)];
}

export function pageName(page: Page): string | undefined {
  return firstText(page, [profileName]);
}

/** m.facebook titles are the profile's name ("Jane Doe | Facebook"). */
function titleName(page: Page): string | undefined {
  return page.document.title.replace(/\s*[|–-]\s*Facebook\s*$/i, '').trim() || undefined;
}

export const identityOf = identityReader(parseFacebookUrl);

/**
 * The nearest enclosing card whose links name exactly one profile. A level holding another
 * add-friend control is a list of cards, not this control's card: the climb ends there rather
 * than borrow a neighbour's person (tests/fixtures/facebook/profile-noactions-en.html).
 */
function cardOf(control: HTMLElement, page: Page, skip?: Element): Person {
  for (const node of cardAncestors(control, 10)) {
    if (holdsAnotherAdd(node, control)) return {};
    const found = new Map<string, { identity: Identity; name: string }>();
    for (const link of node.querySelectorAll<HTMLAnchorElement>(personLink)) {
      if (link === skip || link.matches(MOBILE_ADD)) continue;
      const identity = identityOf(link.getAttribute('href'), page);
      if (!identity) continue;
      const key = `${identity.kind}:${identity.value}`;
      const name = link.getAttribute('aria-label') || textOf(link);
      if (!found.get(key)?.name) found.set(key, { identity, name });
    }
    if (found.size === 1) {
      const only = [...found.values()][0]!;
      return { identity: only.identity, ...(only.name ? { name: only.name } : {}) };
    }
    if (found.size > 1) return {};
  }
  return {};
}
