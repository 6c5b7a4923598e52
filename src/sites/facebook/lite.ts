// The m.facebook.com "lite" renderer's suggestion cards: clickable containers with no label and
// no profile link, only text (docs/dom-catalog.md §12; tests/fixtures/facebook/m-lite-en.html,
// m-lite-cards-en.html). The only thing a card says about its person is the name it displays.
import { cardName, type CardText } from '../dom.ts';
import { textOf } from '../recogniser.ts';
import { isAddFriend } from './labels.ts';
import { liteContainer, liteText } from './selectors.ts';

const LITE: CardText = {
  texts: liteText,
  // The name itself sits in a clickable container (it opens the profile), so no text is skipped
  // for being inside one; a level with a second add-friend container is the list of cards.
  isList: (node, control) =>
    [...node.querySelectorAll(liteContainer)].some(
      (c) => c !== control && !c.contains(control) && !control.contains(c) && isAddFriend(textOf(c)),
    ),
  isWording: isAddFriend,
};

/** The name the control's card displays (matched by name: "this may be …"). */
export const liteCardName = (control: HTMLElement): string | undefined => cardName(control, LITE);
