// The shared shape of every site feature: a recogniser turns a clicked element into
// "this is a request control, for this person", or nothing. Recognisers only read the DOM.
import type { RequestKind } from '../core/explain.ts';
import type { SeenPerson } from '../core/match.ts';

export interface Recognition {
  kind: RequestKind;
  /** The control the user activated (focus returns here after the dialog). */
  control: HTMLElement;
  person: SeenPerson;
}

export interface Page {
  url: string;
  document: Document;
}

export type Recogniser = (target: Element, page: Page) => Recognition | undefined;

/** `closest()` over a list of alternative selectors, first alternative that matches wins. */
export function closestOf(target: Element, selectors: readonly string[]): HTMLElement | undefined {
  for (const selector of selectors) {
    const hit = target.closest<HTMLElement>(selector);
    if (hit) return hit;
  }
  return undefined;
}

/** Visible text of an element, whitespace folded. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
