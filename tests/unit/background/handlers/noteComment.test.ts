// The worker's comment pacing (noteComment, commentOutcome) and pending invitations
// (notePending, getPacing, dismissPending), through the router: distinct posts counted per
// person and process, the first two let through, a third held; replies count once; nothing
// counted or held after the offer, for someone not watched, or from a web page.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../../src/background/router.ts';
import { COMMENT_PACING_KEY, PENDING_KEY } from '../../../../src/core/storageKeys.ts';
import { EN } from '../../support/words.ts';
import { days, person, process, state } from '../../support/state.ts';
import { contentScriptAt, deps, popup, webPageAt } from '../../support/router.ts';

const contentScript = contentScriptAt('https://www.linkedin.com/feed/');
const webPage = webPageAt('https://www.linkedin.com/feed/');

const kate = person('kate', 'Kate Ashby', { linkedinUrl: 'https://www.linkedin.com/in/kate-ashby/' });
const seenKate = { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'kate-ashby' } };
const seenLeo = { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'leo-brandt' } };
const comment = (post: string, who = seenKate) =>
  handleMessage({ type: 'noteComment', person: who, post }, contentScript, deps);
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

async function withKate(status: 'scheduled' | 'offer' = 'scheduled') {
  await fakeBrowser.storage.local.set({
    state: state([kate], [process('p1', status, [{ at: days(3), people: ['kate'] }], 'Northwind Labs')]),
  });
}

describe('comment pacing in the worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lets the first two posts through, replies count once, holds the third', async () => {
    await withKate();
    expect(await comment('li:activity:1')).toEqual({ action: 'allow' });
    expect(await comment('li:activity:1')).toEqual({ action: 'allow' }); // a reply in the same post
    expect(await comment('li:activity:2')).toEqual({ action: 'allow' });
    expect(await comment('li:activity:3')).toEqual({
      action: 'stop',
      personName: 'Kate Ashby',
      count: 2,
      friction: 'none',
    });
    expect(await comment('li:activity:2')).toEqual({ action: 'allow' }); // still a counted post
    expect(await stored(COMMENT_PACING_KEY)).toEqual({
      entries: [{ personId: 'kate', processId: 'p1', posts: ['li:activity:1', 'li:activity:2'] }],
    });
    const pacing = await handleMessage({ type: 'getPacing' }, popup, deps);
    expect(pacing).toEqual({
      ok: true,
      comments: [{ personId: 'kate', name: 'Kate Ashby', company: 'Northwind Labs', count: 2, limit: 2 }],
      pending: [],
    });
  });

  it('after "Post anyway" the post counts and later posts pass', async () => {
    await withKate();
    await comment('li:activity:1');
    await comment('li:activity:2');
    const outcome = { type: 'commentOutcome', person: seenKate, post: 'li:activity:3', outcome: 'posted-anyway' };
    expect(await handleMessage(outcome, contentScript, deps)).toEqual({ ok: true });
    expect(await comment('li:activity:4')).toEqual({ action: 'allow' });
    expect((await stored(COMMENT_PACING_KEY)) as unknown).toMatchObject({
      entries: [{ posts: ['li:activity:1', 'li:activity:2', 'li:activity:3', 'li:activity:4'], postedAnyway: true }],
    });
  });

  it('counts and holds nothing after the offer, for someone not watched, or from a web page', async () => {
    await withKate('offer');
    for (const post of ['a', 'b', 'c']) expect(await comment(post)).toEqual({ action: 'allow' });
    await withKate();
    for (const post of ['a', 'b', 'c']) expect(await comment(post, seenLeo)).toEqual({ action: 'allow' });
    expect(handleMessage({ type: 'noteComment', person: seenKate, post: 'a' }, webPage, deps)).toBeUndefined();
    expect(await handleMessage({ type: 'noteComment', person: seenKate, post: '' }, contentScript, deps)).toEqual({
      error: EN.errMalformedMessage,
    });
    expect(await stored(COMMENT_PACING_KEY)).toBeUndefined();
  });
});

describe('pending invitations in the worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a watched person once, shows it in the popup until "Leave it"', async () => {
    await withKate();
    const note = { type: 'notePending', person: seenKate };
    expect(await handleMessage(note, contentScript, deps)).toEqual({ ok: true });
    expect(await handleMessage(note, contentScript, deps)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'notePending', person: seenLeo }, contentScript, deps)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'getPacing' }, popup, deps)).toMatchObject({
      pending: [
        {
          personId: 'kate',
          name: 'Kate Ashby',
          site: 'linkedin',
          profileUrl: 'https://www.linkedin.com/in/kate-ashby/',
        },
      ],
    });
    expect(await handleMessage({ type: 'dismissPending', personId: 'kate' }, popup, deps)).toMatchObject({
      ok: true,
      pending: [],
    });
    // Seen again later: dismissed for good.
    await handleMessage(note, contentScript, deps);
    expect(await handleMessage({ type: 'getPacing' }, popup, deps)).toMatchObject({ pending: [] });
    expect(((await stored(PENDING_KEY)) as { entries: unknown[] }).entries).toHaveLength(1);
  });

  it('ignores a pending invitation after the offer, and a content script cannot dismiss', async () => {
    await withKate('offer');
    await handleMessage({ type: 'notePending', person: seenKate }, contentScript, deps);
    expect(await stored(PENDING_KEY)).toBeUndefined();
    expect(await handleMessage({ type: 'dismissPending', personId: 'kate' }, contentScript, deps)).toEqual({
      error: EN.errMalformedMessage,
    });
  });
});
