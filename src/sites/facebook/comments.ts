// Facebook comment submission (comment pacing): Enter in a post's comment box (where
// Facebook posts the comment), or a click on a labelled submit button, with the post and the
// post's author from the post's actor link. News Feed and profile timelines alike. Replies in
// the same post give the same post key. Only reads the DOM.
import type { CommentRecogniser } from '../recogniser.ts';
import { textOf } from '../recogniser.ts';
import { identityOf } from './addFriend.ts';
import { actorLink, article, commentBox, postLink, submitLabels } from './commentSelectors.ts';

const ACTOR = actorLink.join(',');
const POST_LINK = postLink.join(',');
const SUBMIT = new Set<string>(submitLabels);

export const recogniseFacebookComment: CommentRecogniser = (target, page, how) => {
  let control: HTMLElement | null;
  let box: HTMLElement | null;
  if (how === 'enter') {
    box = control = target.closest<HTMLElement>(commentBox);
  } else {
    control = target.closest<HTMLElement>('[role="button"][aria-label],button[aria-label]');
    if (!control || !SUBMIT.has(control.getAttribute('aria-label')!.trim())) return undefined;
    // The composer's own button, beside its comment box: not the post's "Comment" action.
    box = control.closest('form')?.querySelector<HTMLElement>(commentBox) ?? null;
  }
  if (!control || !box || !textOf(box)) return undefined; // an empty box posts nothing
  const post = outermost(box);
  if (!post) return undefined;
  const actor = first(post, ACTOR);
  const identity = actor ? identityOf(actor.getAttribute('href'), page) : undefined;
  const key = postKey(post, page.url);
  if (!identity || !key) return undefined;
  const name = textOf(actor) || undefined;
  return { control, post: key, author: { site: 'facebook', identity, ...(name ? { name } : {}) } };
};

function outermost(node: Element): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (let at = node.closest<HTMLElement>(article); at; at = at.parentElement?.closest<HTMLElement>(article) ?? null)
    found = at;
  return found;
}

/** The first match that belongs to the post itself, not to a comment (a nested article). */
function first(post: HTMLElement, selector: string): HTMLAnchorElement | undefined {
  for (const hit of post.querySelectorAll<HTMLAnchorElement>(selector)) if (hit.closest(article) === post) return hit;
  return undefined;
}

function postKey(post: HTMLElement, base: string): string | undefined {
  for (const link of post.querySelectorAll<HTMLAnchorElement>(POST_LINK)) {
    if (link.closest(article) !== post) continue;
    try {
      const url = new URL(link.getAttribute('href')!, base);
      if (url.searchParams.has('comment_id')) continue; // a comment's permalink
      const story = url.searchParams.get('story_fbid');
      if (story) return `fb:story:${story.slice(0, 120)}`;
      const path = /\/(posts|permalink|videos)\/([\w.-]+)/.exec(url.pathname);
      if (path) return `fb:${path[1]}:${path[2]!.slice(0, 120)}`;
    } catch {
      // not an address
    }
  }
  return undefined;
}
