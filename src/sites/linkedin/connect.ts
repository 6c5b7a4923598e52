// LinkedIn "Connect": recognises the control and works out whose it is — from the control
// itself first (its invite route's vanityName, its label's name), never from the page URL
// alone: every profile page also shows other people's Connect buttons (docs/dom-catalog.md §0.3).
// Cost: a few closest()/matches() calls per click, and a walk up to the control's card only
// once the control is known to be a Connect.
import { parseLinkedInUrl } from '../../core/identity.ts';
import type { Identity } from '../../core/vocabulary.ts';
import { cardAncestors, firstText, identityReader } from '../dom.ts';
import { closestOf, textOf, type Page, type Recogniser, type Recognition } from '../recogniser.ts';
import { CONNECT_TEXTS, DIALOG_SEND, isPendingLabel, nameInInviteLabel } from './labels.ts';
import {
  activatable,
  connectIcon,
  dialogName,
  dialogPrimary,
  hiddenLabel,
  inviteDialog,
  inviteRoute,
  profileLink,
  profileMenu,
  profileName,
  topCard,
} from './selectors.ts';

const ACTIVATABLE = activatable.join(',');
const ICON = connectIcon.join(',');
const ROUTE = inviteRoute.join(',');

export const recogniseConnect: Recogniser = (target, page) => {
  const control = target.closest<HTMLElement>(ACTIVATABLE);
  if (!control) return undefined;
  const dialog = closestOf(control, inviteDialog);
  if (dialog) return fromDialog(control, dialog, page);

  const label = labelOf(control);
  if (label && isPendingLabel(label)) return undefined; // clicking Pending withdraws (docs/dom-catalog.md §6)
  const name = label ? nameInInviteLabel(label) : undefined;
  const route = control.matches(ROUTE);
  const icon = hasOwn(control, ICON);
  const inMenu = !!closestOf(control, profileMenu) && isProfilePage(page);
  // Visible text alone is trusted only in the profile's own More menu (OpenOutreach matches
  // [role=menuitem] by text "Connect", docs/dom-catalog.md §2): elsewhere "Connect" is ordinary text.
  const menuText = inMenu && CONNECT_TEXTS.has(textOf(control));
  if (!route && !icon && !name && !menuText) return undefined;

  const own = !!closestOf(control, topCard) || inMenu;
  const fromRoute = route ? identityOf(control.getAttribute('href'), page) : undefined;
  if (fromRoute) return connect(control, fromRoute, name ?? (own ? pageName(page) : cardOf(control, name, page).name));
  if (own) return connect(control, identityOf(page.url, page), name ?? pageName(page));
  const card = cardOf(control, name, page);
  return connect(control, card.identity, name ?? card.name);
};

function connect(control: HTMLElement, identity: Identity | undefined, name: string | undefined): Recognition {
  return { kind: 'connect', control, person: { site: 'linkedin', identity, name } };
}

/** The control's accessible label: its aria-label, a labelled child (2026 More item), or hidden text (2022). */
function labelOf(control: HTMLElement): string | undefined {
  return (
    control.getAttribute('aria-label') ??
    ownChild(control, '[aria-label]')?.getAttribute('aria-label') ??
    (textOf(ownChild(control, hiddenLabel)) || undefined)
  );
}

/**
 * A descendant that belongs to this control, not to a control nested inside it: in 2026
 * search results the Connect <a> sits inside the card-wide profile <a> (docs/dom-catalog.md §3), so a click on
 * the card must not borrow the Connect's icon or label.
 */
function ownChild(control: HTMLElement, selector: string): Element | undefined {
  for (const hit of control.querySelectorAll(selector)) {
    if (hit.closest(ACTIVATABLE) === control) return hit;
  }
  return undefined;
}

const hasOwn = (control: HTMLElement, selector: string) => ownChild(control, selector) !== undefined;

export function isProfilePage(page: Page): boolean {
  return identityOf(page.url, page) !== undefined;
}

export const pageName = (page: Page) => firstText(page, profileName);

export const identityOf = identityReader(parseLinkedInUrl);

/**
 * The invitation dialog's sending buttons ("Send without a note", "Send", "Add a note"). The
 * only identity inside the dialog is the <strong> name (docs/dom-catalog.md §5); on the /preload/custom-invite/
 * route the page URL's vanityName names the person too. Any other page URL says nothing
 * about whose invitation this is (it may have come from a side panel).
 */
function fromDialog(control: HTMLElement, dialog: HTMLElement, page: Page): Recognition | undefined {
  const sends =
    dialogPrimary.some((s) => control.matches(s)) ||
    DIALOG_SEND.has(control.getAttribute('aria-label')?.trim() ?? '') ||
    DIALOG_SEND.has(textOf(control));
  if (!sends) return undefined;
  const onRoute = /\/preload\/(search-)?custom-invite\//.test(new URL(page.url).pathname);
  const name = textOf(dialog.querySelector(dialogName)) || undefined;
  return connect(control, onRoute ? identityOf(page.url, page) : undefined, name);
}

/**
 * Elsewhere (side panels, search, My Network) the nearest enclosing card that links to
 * exactly one profile names the person. Cards also link to mutual connections, so a card
 * with several profiles is trusted only when one of them carries the label's name.
 */
function cardOf(control: HTMLElement, name: string | undefined, page: Page): { identity?: Identity; name?: string } {
  for (const node of cardAncestors(control, 8)) {
    const links = [...node.querySelectorAll<HTMLAnchorElement>(profileLink)];
    if (links.length === 0) continue;
    const found = new Map<string, { identity: Identity; named: boolean; text: string }>();
    for (const link of links) {
      const identity = identityOf(link.getAttribute('href'), page);
      if (!identity) continue;
      const key = `${identity.kind}:${identity.value}`;
      const named = !!name && (link.textContent ?? '').includes(name);
      const seen = found.get(key);
      found.set(key, { identity, named: named || (seen?.named ?? false), text: seen?.text || linkName(link) });
    }
    const pick = (f: { identity: Identity; text: string }) => ({
      identity: f.identity,
      ...(f.text ? { name: f.text } : {}),
    });
    if (found.size === 1) return pick([...found.values()][0]!);
    const named = [...found.values()].filter((f) => f.named);
    if (named.length === 1) return pick(named[0]!);
    if (found.size > 1) return {};
  }
  return {};
}

/** A profile link's person name: aria-label, the visible (aria-hidden) copy, image alt, or short text. */
export function linkName(link: HTMLAnchorElement): string {
  const text =
    link.getAttribute('aria-label') ||
    textOf(link.querySelector('span[aria-hidden="true"]')) ||
    link.querySelector('img[alt]')?.getAttribute('alt') ||
    textOf(link);
  return text.length <= 100 ? text : '';
}
