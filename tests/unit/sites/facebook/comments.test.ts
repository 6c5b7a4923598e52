// @vitest-environment happy-dom
// Facebook comment submissions against the saved-structure fixtures: Enter in a post's comment
// box (or its labelled button), the post (outermost article) and its author on the News Feed
// and a profile timeline; replies share their post's key; chat boxes, empty boxes and other
// controls are no submission.
import { describe, expect, it } from 'vitest';
import { recogniseFacebookComment } from '../../../../src/sites/facebook/comments.ts';
import { mount, readFixture } from '../../support/fixtures.ts';

function at(fixture: string, selector: string, how: 'click' | 'enter' = 'enter') {
  const f = readFixture(fixture);
  const doc = mount(f);
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`${fixture}: nothing matches ${selector}`);
  return recogniseFacebookComment(target, { url: f.url, document: doc }, how);
}

const kate = { site: 'facebook', identity: { site: 'facebook', kind: 'username', value: 'kateashby9' } };
const leo = { site: 'facebook', identity: { site: 'facebook', kind: 'username', value: 'leobrandt3' } };

describe('Facebook comments', () => {
  it.each([
    ['facebook/feed-comments-en.html', '#kate-box p', 'enter', 'fb:posts:pfbid0KateFirst'],
    ['facebook/feed-comments-en.html', '#reply-box', 'enter', 'fb:posts:pfbid0KateFirst'],
    ['facebook/feed-comments-en.html', '#kate-comment-button', 'click', 'fb:posts:pfbid0KateFirst'],
    ['facebook/timeline-comments-en.html', '#timeline-first-box', 'enter', 'fb:story:pfbid0KateTimeline1'],
    ['facebook/timeline-comments-en.html', '#timeline-second-box', 'enter', 'fb:posts:pfbid0KateTimeline2'],
  ] as const)('%s %s (%s): post %s by the watched person', (fixture, selector, how, post) => {
    const hit = at(fixture, selector, how);
    expect(hit?.post).toBe(post);
    expect(hit?.author).toMatchObject(kate);
  });

  it("names the post's own author on another author's post, a reshare and the user's own post", () => {
    expect(at('facebook/feed-comments-en.html', '#leo-box')?.author).toMatchObject(leo);
    expect(at('facebook/feed-comments-en.html', '#reshare-box')?.author).toMatchObject(leo);
    expect(at('facebook/feed-comments-en.html', '#own-box')?.author).toMatchObject({
      identity: { kind: 'id', value: '100000000000001' },
    });
  });

  it('ignores a chat box, an empty box, reactions and the Comment action', () => {
    expect(at('facebook/feed-comments-en.html', '#chat-box')).toBeUndefined();
    expect(at('facebook/feed-comments-en.html', '#kate-empty-box')).toBeUndefined();
    expect(at('facebook/feed-comments-en.html', '[aria-label="Like"]', 'click')).toBeUndefined();
    expect(at('facebook/feed-comments-en.html', '[aria-label="Leave a comment"]', 'click')).toBeUndefined();
  });
});
