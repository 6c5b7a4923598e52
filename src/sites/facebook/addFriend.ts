// Facebook "Add friend" and "Confirm" (accepting an incoming request creates the same
// connection, docs/dom-catalog.md §11). The control in a profile's header belongs to the page's
// profile; anywhere else the person comes from the profile link in the same card. Display
// names collide on Facebook, so an identity from a link is preferred over any name.
import { parseFacebookUrl, type Identity } from '../../core/identity.ts';
import { closestOf, textOf, type Page, type Recogniser, type Recognition } from '../recogniser.ts';
import { isAddFriend, isAddShort, isConfirm } from './labels.ts';
import {
  activatable,
  liteContainer,
  mobileAddFriend,
  personLink,
  profileHeader,
  profileName,
  requestLink,
  respondButton,
} from './selectors.ts';

const ACTIVATABLE = activatable.join(',');
const MOBILE_ADD = mobileAddFriend.join(',');

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
    const card = cardOf(control, page, control);
    return hit(control, identityOf(control.getAttribute('href'), page) ?? card.identity, card.name);
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
    return hit(control, card.identity, card.name);
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

function hit(control: HTMLElement, identity: Identity | undefined, name: string | undefined): Recognition {
  return { kind: 'add-friend', control, person: { site: 'facebook', identity, name } };
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
  let node: HTMLElement | null = control.parentElement;
  for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
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
 * later ones (suggestions) are known by name only if their card shows a link.
 */
function liteOwner(control: HTMLElement, page: Page): [Identity | undefined, string | undefined] {
  const own = identityOf(page.url, page);
  if (own) {
    const first = [...page.document.querySelectorAll(liteContainer)].find((c) => isAddFriend(textOf(c)));
    if (first === control) return [own, pageName(page) ?? titleName(page)];
  }
  const card = cardOf(control, page);
  return [card.identity, card.name];
}

export function pageName(page: Page): string | undefined {
  return textOf(page.document.querySelector(profileName)) || undefined;
}

/** m.facebook titles are the profile's name ("Jane Doe | Facebook"). */
function titleName(page: Page): string | undefined {
  return page.document.title.replace(/\s*[|–-]\s*Facebook\s*$/i, '').trim() || undefined;
}

export function identityOf(href: string | null, page: Page): Identity | undefined {
  if (!href) return undefined;
  try {
    const parsed = parseFacebookUrl(new URL(href, page.url).href);
    return parsed.ok ? parsed.identity : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest enclosing card whose links name exactly one profile. */
function cardOf(control: HTMLElement, page: Page, skip?: Element): Person {
  let node: HTMLElement | null = control.parentElement;
  for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
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
