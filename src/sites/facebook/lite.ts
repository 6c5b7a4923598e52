// The m.facebook.com "lite" renderer's suggestion cards: clickable containers with no label and
// no profile link, only text (docs/dom-catalog.md §12; tests/fixtures/facebook/m-lite-en.html,
// m-lite-cards-en.html). The only thing a card says about its person is the name it displays.
import { cardAncestors } from '../dom.ts';
import { textOf } from '../recogniser.ts';
import { isAddFriend } from './labels.ts';
import { liteContainer, liteText } from './selectors.ts';

/**
 * The name the control's card displays: the first text of the card outside the control, in the
 * nearest ancestor (at most three up) holding any. An ancestor with a second add-friend control
 * is a list of cards, not one card: no name then, rather than a neighbour's.
 */
export function liteCardName(control: HTMLElement): string | undefined {
  for (const node of cardAncestors(control, 3)) {
    const adds = [...node.querySelectorAll(liteContainer)].filter((c) => isAddFriend(textOf(c)));
    if (adds.some((c) => c !== control && !c.contains(control) && !control.contains(c))) return undefined;
    for (const text of node.querySelectorAll(liteText)) {
      if (control.contains(text)) continue;
      const value = textOf(text).replace(/^\+\s*/, '');
      if (!value || isAddFriend(value)) continue;
      return value.length <= 100 ? value : undefined;
    }
  }
  return undefined;
}
