// LinkedIn "Connect": recognises the control and works out whose it is — from the control
// itself first (its invite route's vanityName, its label's name), never from the page URL
// alone: every profile page also shows other people's Connect buttons (DOM-CATALOG §0.3).
import { parseProfileUrl, type Identity } from '../../core/identity.ts';
import { closestOf, type Page, type Recogniser } from '../recogniser.ts';
import { connectControl, inviteLabel, profileLink, topCard } from './selectors.ts';

export const recogniseConnect: Recogniser = (target, page) => {
  const control = closestOf(target, connectControl);
  if (!control) return undefined;
  const name = labelName(control);
  const identity = fromInviteRoute(control, page) ?? fromTopCard(control, page) ?? fromCard(control, name, page);
  return { kind: 'connect', control, person: { site: 'linkedin', identity, name } };
};

function labelName(control: Element): string | undefined {
  const labels = [control.getAttribute('aria-label'), control.querySelector('[aria-label]')?.getAttribute('aria-label')];
  for (const label of labels) {
    if (!label) continue;
    for (const pattern of inviteLabel) {
      const name = pattern.exec(label.trim())?.[1];
      if (name) return name;
    }
  }
  return undefined;
}

function identityOf(href: string | null, page: Page): Identity | undefined {
  if (!href) return undefined;
  let absolute: string;
  try {
    absolute = new URL(href, page.url).href;
  } catch {
    return undefined;
  }
  const parsed = parseProfileUrl(absolute, 'linkedin');
  return parsed.ok ? parsed.identity : undefined;
}

/** `/preload/custom-invite/?vanityName=<slug>`: the control names its person outright. */
function fromInviteRoute(control: HTMLElement, page: Page): Identity | undefined {
  return control instanceof HTMLAnchorElement ? identityOf(control.getAttribute('href'), page) : undefined;
}

/** A control in the profile's own header belongs to the page's profile. */
function fromTopCard(control: HTMLElement, page: Page): Identity | undefined {
  return closestOf(control, topCard) ? identityOf(page.url, page) : undefined;
}

/**
 * Elsewhere (side panels, search, My Network) the nearest enclosing card that links to
 * exactly one profile names the person. Cards also link to mutual connections, so a card
 * with several profiles is trusted only when one of them carries the label's name.
 */
function fromCard(control: HTMLElement, name: string | undefined, page: Page): Identity | undefined {
  let node: HTMLElement | null = control.parentElement;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    const links = [...node.querySelectorAll<HTMLAnchorElement>(profileLink)];
    if (links.length === 0) continue;
    const found = new Map<string, { identity: Identity; named: boolean }>();
    for (const link of links) {
      const identity = identityOf(link.getAttribute('href'), page);
      if (!identity) continue;
      const key = `${identity.kind}:${identity.value}`;
      const named = !!name && (link.textContent ?? '').includes(name);
      const seen = found.get(key);
      found.set(key, { identity, named: named || (seen?.named ?? false) });
    }
    if (found.size === 1) return [...found.values()][0]!.identity;
    const named = [...found.values()].filter((f) => f.named);
    if (named.length === 1) return named[0]!.identity;
    if (found.size > 1) return undefined;
  }
  return undefined;
}
