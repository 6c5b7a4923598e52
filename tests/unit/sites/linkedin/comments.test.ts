// @vitest-environment happy-dom
// LinkedIn comment submissions against the saved-structure fixtures: the post and its author
// (the post's actor link) on the Ember feed, a profile's activity page, the 2026 feed and a
// single post page; replies share their post's key; reactions, the Comment action and Enter
// are no submission.
import { describe, expect, it } from 'vitest';
import { recogniseLinkedInComment } from '../../../../src/sites/linkedin/comments.ts';
import { mount, readFixture } from '../../support/fixtures.ts';

function at(fixture: string, selector: string, how: 'click' | 'enter' = 'click') {
  const f = readFixture(fixture);
  const doc = mount(f);
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`${fixture}: nothing matches ${selector}`);
  return recogniseLinkedInComment(target, { url: f.url, document: doc }, how);
}

const author = (value: string) => ({ site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value } });

describe('LinkedIn comments', () => {
  it.each([
    ['linkedin/feed-comments-ember-en.html', '#post-kate-submit span', 'li:activity:7001', 'kate-ashby'],
    ['linkedin/feed-comments-ember-en.html', '#reply-kate-submit', 'li:activity:7001', 'kate-ashby'],
    ['linkedin/activity-comments-ember-en.html', '#activity-first-submit', 'li:activity:7002', 'kate-ashby'],
    ['linkedin/activity-comments-ember-en.html', '#activity-second-submit', 'li:activity:7003', 'kate-ashby'],
    ['linkedin/feed-comments-2026-en.html', '#sdui-kate-submit span', 'li:activity:7004', 'kate-ashby'],
    ['linkedin/post-comments-2026-fr.html', '#single-submit', 'li:activity:7005', 'kate-ashby'],
  ])('%s %s: post %s by %s', (fixture, selector, post, slug) => {
    const hit = at(fixture, selector);
    expect(hit?.post).toBe(post);
    expect(hit?.author).toMatchObject(author(slug));
  });

  it('names the post author, not the reshared author nor a "likes this" header', () => {
    expect(at('linkedin/feed-comments-ember-en.html', '#post-leo-submit')?.author).toMatchObject(author('leo-brandt'));
    expect(at('linkedin/feed-comments-ember-en.html', '#reshare-submit')?.author).toMatchObject(author('leo-brandt'));
    expect(at('linkedin/feed-comments-2026-en.html', '#sdui-reshare-submit')?.author).toMatchObject(
      author('leo-brandt'),
    );
    expect(at('linkedin/feed-comments-ember-en.html', '#own-submit')?.author).toMatchObject(author('sam-user'));
  });

  it('ignores reactions, the Comment action, the editor itself and Enter', () => {
    expect(at('linkedin/feed-comments-ember-en.html', '[aria-label="React Like"]')).toBeUndefined();
    expect(at('linkedin/feed-comments-ember-en.html', 'button.comment-button')).toBeUndefined();
    expect(at('linkedin/feed-comments-ember-en.html', '.ql-editor')).toBeUndefined();
    expect(at('linkedin/feed-comments-ember-en.html', '#post-kate-submit', 'enter')).toBeUndefined();
  });
});
