// Page-reading helpers both sites share: the bounded climb from a control to the card that
// names its person, a link's identity, and the profile's displayed name. Only reads the DOM.
import type { ParseResult } from '../core/identity.ts';
import type { Identity } from '../core/vocabulary.ts';
import { textOf, type Page } from './recogniser.ts';

/**
 * Cards: the climb looks inside one of these, then stops (a card names one person; what is
 * around it is other cards). Search results, suggestion lists and the feed wrap each card in
 * one (docs/dom-catalog.md §3, §9, §10).
 */
export const CARD_LANDMARKS = 'article,[role=article],[role=listitem]';

/**
 * Regions: the climb never looks inside one of these as a whole. A profile's sidebar ("People
 * you may know", docs/dom-catalog.md §9) is an `aside` or `[role=complementary]`; `main` holds
 * the whole page. A control whose own card names nobody must not borrow a person from them.
 */
export const REGION_LANDMARKS = 'main,[role=main],aside,[role=complementary]';

/**
 * The ancestors of `control` in which to look for its person, nearest first: at most `max`,
 * ending with the first card landmark, and before the first region landmark.
 */
export function* cardAncestors(control: Element, max: number): Generator<HTMLElement> {
  for (
    let node = control.parentElement;
    node && max-- > 0 && !node.matches(REGION_LANDMARKS);
    node = node.parentElement
  ) {
    yield node;
    if (node.matches(CARD_LANDMARKS)) return;
  }
}

/** Whether the control sits in a card or a sidebar, rather than in the page's own header or body. */
export function inCardOrSidebar(control: Element): boolean {
  return control.closest(`${CARD_LANDMARKS},aside,[role=complementary]`) !== null;
}

/** A reader of a link's profile identity, resolved against the page, with the site's own parser. */
export function identityReader(parse: (url: string) => ParseResult) {
  return (href: string | null, page: Page): Identity | undefined => {
    try {
      const parsed = href ? parse(new URL(href, page.url).href) : undefined;
      return parsed?.ok ? parsed.identity : undefined;
    } catch {
      return undefined; // not an address (new URL throws)
    }
  };
}

/** The first non-empty text among `selectors` (the profile's displayed name). */
export function firstText(page: Page, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = textOf(page.document.querySelector(selector));
    if (text) return text;
  }
  return undefined;
}
