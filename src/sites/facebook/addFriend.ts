// Facebook "Add friend": the control in a profile's header belongs to the page's profile;
// anywhere else the person comes from the profile link in the same card. Display names
// collide on Facebook, so an identity from a link is preferred over any name.
import { parseProfileUrl, type Identity } from '../../core/identity.ts';
import { closestOf, textOf, type Page, type Recogniser } from '../recogniser.ts';
import { addFriendControl, personLink, profileHeader, profileName } from './selectors.ts';

export const recogniseAddFriend: Recogniser = (target, page) => {
  const control = closestOf(target, addFriendControl);
  if (!control) return undefined;
  if (closestOf(control, profileHeader)) {
    const identity = identityOf(page.url, page);
    const name = textOf(page.document.querySelector(profileName)) || undefined;
    return { kind: 'add-friend', control, person: { site: 'facebook', identity, name } };
  }
  const card = fromCard(control, page);
  return { kind: 'add-friend', control, person: { site: 'facebook', ...card } };
};

function identityOf(href: string | null, page: Page): Identity | undefined {
  if (!href) return undefined;
  try {
    const parsed = parseProfileUrl(new URL(href, page.url).href, 'facebook');
    return parsed.ok ? parsed.identity : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest enclosing card whose links name exactly one profile. */
function fromCard(control: HTMLElement, page: Page): { identity?: Identity; name?: string } {
  let node: HTMLElement | null = control.parentElement;
  for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
    const found = new Map<string, { identity: Identity; name: string }>();
    for (const link of node.querySelectorAll<HTMLAnchorElement>(personLink)) {
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
