// @vitest-environment happy-dom
// The comment pacer in the page: a comment on a watched person's post is held in the capture
// phase and the worker asked; "allow" lets it through once (and replies in that post pass
// without asking), "stop" opens the dialog whose Cancel keeps it and "Post anyway" lets it
// through. A post by anyone else is never held and nothing about it is sent.
import { describe, expect, it, vi } from 'vitest';
import { createCommentPacer } from '../../../src/content/commentPacer.ts';
import type { ContentMessage } from '../../../src/core/messages.ts';
import { recogniseLinkedInComment } from '../../../src/sites/linkedin/comments.ts';
import { mount, readFixture } from '../support/fixtures.ts';
import { t } from '../support/words.ts';

function setup(reply: unknown) {
  const f = readFixture('linkedin/feed-comments-ember-en.html');
  const doc = mount(f);
  document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove());
  const sent: ContentMessage[] = [];
  const send = vi.fn(async (message: ContentMessage) => {
    sent.push(message);
    return message.type === 'noteComment' ? reply : { ok: true };
  });
  const win = { location: { href: f.url }, document: doc } as unknown as Window;
  const watched = (p: { identity?: { value: string } }) => (p.identity?.value === 'kate-ashby' ? [{}] : []);
  const pacer = createCommentPacer({
    find: watched,
    send,
    t,
    recognise: recogniseLinkedInComment,
    win,
    isTrusted: () => true,
  });
  const reached = vi.fn();
  doc.body.addEventListener('click', (event) => reached((event.target as Element).id));
  const click = (id: string) => {
    const target = doc.getElementById(id)!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    // As the guard does from window's capture phase: offered first, then dispatched if not held.
    pacer(event, target);
    if (!event.defaultPrevented) target.dispatchEvent(event);
    return event.defaultPrevented;
  };
  return { click, sent, reached, doc };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('comment pacer', () => {
  it('holds a watched author’s post, asks, and lets it through on allow; a reply there passes unasked', async () => {
    const s = setup({ action: 'allow' });
    expect(s.click('post-kate-submit')).toBe(true);
    expect(s.reached).not.toHaveBeenCalled();
    await settle();
    expect(s.sent).toEqual([
      {
        type: 'noteComment',
        post: 'li:activity:7001',
        person: {
          site: 'linkedin',
          identity: { site: 'linkedin', kind: 'slug', value: 'kate-ashby' },
          name: 'Kate Ashby',
        },
      },
    ]);
    expect(s.reached).toHaveBeenCalledWith('post-kate-submit');
    expect(s.click('reply-kate-submit')).toBe(false);
    expect(s.sent).toHaveLength(1);
  });

  it('never holds nor reports another author’s post, a reshare, or the user’s own', () => {
    const s = setup({ action: 'stop' });
    for (const id of ['post-leo-submit', 'reshare-submit', 'own-submit']) expect(s.click(id)).toBe(false);
    expect(s.sent).toEqual([]);
    expect(s.reached).toHaveBeenCalledTimes(3);
  });

  it('on stop: the dialog; Cancel keeps the comment, Post anyway lets it through and says so', async () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const s = setup({ action: 'stop', personName: 'Kate Ashby', count: 2, friction: 'none' });
    s.click('post-kate-submit');
    await settle();
    let root = attach.mock.results.at(-1)!.value as ShadowRoot;
    expect(root.querySelector('h2')?.textContent).toBe('Another comment for Kate Ashby?');
    const buttons = () => [...root.querySelectorAll('button')];
    buttons()
      .find((b) => b.textContent === 'Cancel')!
      .click();
    expect(s.reached).not.toHaveBeenCalled();

    s.click('post-kate-submit');
    await settle();
    root = attach.mock.results.at(-1)!.value as ShadowRoot;
    buttons()
      .find((b) => b.textContent === 'Post anyway')!
      .click();
    attach.mockRestore();
    expect(s.reached).toHaveBeenCalledWith('post-kate-submit');
    expect(s.sent.at(-1)).toMatchObject({ type: 'commentOutcome', post: 'li:activity:7001', outcome: 'posted-anyway' });
  });

  it('uses the same friction as Send anyway, in its own words', async () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const s = setup({ action: 'stop', personName: 'Kate Ashby', count: 2, friction: 'countdown' });
    s.click('post-kate-submit');
    await settle();
    const root = attach.mock.results.at(-1)!.value as ShadowRoot;
    attach.mockRestore();
    const post = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Post anyway')!;
    post.click();
    expect(post.textContent).toBe('Post anyway (5)');
    expect(s.reached).not.toHaveBeenCalled();
  });
});
