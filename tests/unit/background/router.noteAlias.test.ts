// The content script's noteAlias: two identities of one watched person, seen together on their
// own profile. The worker stores the new one on that person only (core/aliases.ts); a web page,
// a malformed message or a person not watched changes nothing.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type RouterDeps } from '../../../src/background/router.ts';
import { EN, words } from '../support/words.ts';
import { NOW, days, person, process, state } from '../support/state.ts';

const deps: RouterDeps = {
  runtime: { id: 'offerfirst', getURL: (path) => 'chrome-extension://offerfirst/' + path },
  now: () => NOW,
  newId: () => 'id',
  effects: { afterCommit: () => undefined },
  words: () => words,
};
const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const contentScript: Runtime.MessageSender = { id: 'offerfirst', url: 'https://m.facebook.com/jane.doe.77', tab };
const webPage: Runtime.MessageSender = { url: 'https://m.facebook.com/jane.doe.77', tab };
const pair = [
  { site: 'facebook', kind: 'username', value: 'janedoe77' },
  { site: 'facebook', kind: 'id', value: '100012345678901' },
];
const jane = person('jane', 'Jane Doe', { facebookUrl: 'https://www.facebook.com/jane.doe.77' });
const aliases = async () =>
  ((await fakeBrowser.storage.local.get('state'))['state'] as { people: Array<{ aliases?: string[] }> }).people[0]
    ?.aliases;

describe('noteAlias', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers the pair on the watched person who owns one of them', async () => {
    await fakeBrowser.storage.local.set({
      state: state([jane], [process('p1', 'scheduled', [{ at: days(3), people: ['jane'] }])]),
    });
    expect(await handleMessage({ type: 'noteAlias', identities: pair }, contentScript, deps)).toEqual({ ok: true });
    expect(await aliases()).toEqual(['facebook:id:100012345678901']);
  });

  it('changes nothing for someone not watched, for a web page, or for a malformed message', async () => {
    await fakeBrowser.storage.local.set({
      state: state([jane], [process('p1', 'offer', [{ at: days(-3), people: ['jane'] }])]),
    });
    await handleMessage({ type: 'noteAlias', identities: pair }, contentScript, deps);
    expect(await aliases()).toBeUndefined();
    await fakeBrowser.storage.local.set({
      state: state([jane], [process('p1', 'scheduled', [{ at: days(3), people: ['jane'] }])]),
    });
    expect(handleMessage({ type: 'noteAlias', identities: pair }, webPage, deps)).toBeUndefined();
    expect(await handleMessage({ type: 'noteAlias', identities: [pair[0]] }, contentScript, deps)).toEqual({
      error: EN.errMalformedMessage,
    });
    expect(await aliases()).toBeUndefined();
  });
});
