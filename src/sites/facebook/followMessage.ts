// Facebook "Follow" and "Message" to a person, held back only when the user opts in (the
// content script runs this recogniser only while the watch index says so).
//
// On www the labels name no one ("Follow", "Message"), and the same words sit on group posts,
// Pages and chat (facebook/negative-feed-en.html), so they count only in a profile's own
// header, [data-pagelet="ProfileActions"], where the person is the page's profile (docs/dom-catalog.md §8). On the
// mobile sites the GET links carry the person's numeric id, which is used as is (docs/dom-catalog.md §12); they
// get no name, as a page may list other people's links (mbasic reactions).
import type { Identity } from '../../core/vocabulary.ts';
import type { RequestKind } from '../../core/vocabulary.ts';
import { closestOf, type Recogniser, type Recognition } from '../recogniser.ts';
import { identityOf, pageName } from './addFriend.ts';
import { isFollow, isMessage } from './labels.ts';
import { mobileFollow, mobileMessage, profileHeader } from './selectors.ts';

export const recogniseFollowMessage: Recogniser = (target, page) => {
  const link = target.closest<HTMLAnchorElement>('a[href]');
  if (link?.matches(mobileFollow))
    return hit('follow', link, idIn(new URL(link.href, page.url).searchParams.get('id')), undefined);
  if (link?.matches(mobileMessage))
    return hit(
      'message',
      link,
      idIn(/^\/messages\/thread\/(\d+)/.exec(new URL(link.href, page.url).pathname)?.[1]),
      undefined,
    );

  const control = target.closest<HTMLElement>('[role="button"]');
  if (!control || !closestOf(control, profileHeader)) return undefined;
  const label = control.getAttribute('aria-label');
  const kind: RequestKind | undefined = isFollow(label) ? 'follow' : isMessage(label) ? 'message' : undefined;
  if (!kind) return undefined;
  const identity = identityOf(page.url, page);
  return identity ? hit(kind, control, identity, pageName(page)) : undefined;
};

/** Only a numeric id names a person; anything else is not a link we understand. */
function idIn(value: string | null | undefined): Identity | undefined {
  return value && /^\d+$/.test(value) ? { site: 'facebook', kind: 'id', value } : undefined;
}

function hit(
  kind: RequestKind,
  control: HTMLElement,
  identity: Identity | undefined,
  name: string | undefined,
): Recognition | undefined {
  return identity ? { kind, control, person: { site: 'facebook', identity, name } } : undefined;
}
