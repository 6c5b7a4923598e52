// The content script's noteMiss report: the tab's badge (the notice lives outside the page) and
// a local per-site counter under its own storage key, written through the store's queue; a web
// page or a malformed message counts nothing.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { EN, words } from '../support/words.ts';
import { describe, expect, it } from 'vitest';
import { handleMessage, type RouterDeps } from '../../../src/background/router.ts';
import { MISS_KEY } from '../../../src/core/storageKeys.ts';

const badges: Array<[number, boolean]> = [];
const deps: RouterDeps = {
  runtime: { id: 'offerfirst', getURL: (path) => 'chrome-extension://offerfirst/' + path },
  now: () => new Date('2026-11-27T10:00:00Z'),
  newId: () => 'id',
  // noteMiss commits no state, so no after-commit effects; the tab badge is recorded.
  effects: { afterCommit: () => undefined, missBadge: async (tabId, missing) => void badges.push([tabId, missing]) },
  words: () => words,
};
const contentScript: Runtime.MessageSender = {
  id: 'offerfirst',
  url: 'https://www.linkedin.com/in/dana-whitfield/',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const counts = async () => (await fakeBrowser.storage.local.get(MISS_KEY))[MISS_KEY];

describe('noteMiss', () => {
  it('counts misses per site, concurrent reports included', async () => {
    await Promise.all([
      handleMessage({ type: 'noteMiss', site: 'linkedin', missing: true }, contentScript, deps),
      handleMessage({ type: 'noteMiss', site: 'linkedin', missing: true }, contentScript, deps),
      handleMessage({ type: 'noteMiss', site: 'facebook', missing: true }, contentScript, deps),
    ]);
    expect(await counts()).toEqual({ linkedin: 2, facebook: 1 });
  });

  it('marks the reporting tab, and clears it when the tab navigates on, counting only misses', async () => {
    badges.length = 0;
    await handleMessage({ type: 'noteMiss', site: 'linkedin', missing: true }, contentScript, deps);
    await handleMessage({ type: 'noteMiss', site: 'linkedin', missing: false }, contentScript, deps);
    expect(badges).toEqual([
      [1, true],
      [1, false],
    ]);
    expect(await counts()).toEqual({ linkedin: 1 });
  });

  it('starts over from a corrupt counter instead of failing', async () => {
    await fakeBrowser.storage.local.set({ [MISS_KEY]: 'garbage' });
    await handleMessage({ type: 'noteMiss', site: 'facebook', missing: true }, contentScript, deps);
    expect(await counts()).toEqual({ facebook: 1 });
  });

  it('ignores a web page, and a malformed report', async () => {
    const page: Runtime.MessageSender = { url: 'https://evil.example/' };
    expect(handleMessage({ type: 'noteMiss', site: 'linkedin', missing: true }, page, deps)).toBeUndefined();
    expect(await handleMessage({ type: 'noteMiss', site: 'myspace', missing: true }, contentScript, deps)).toEqual({
      error: EN.errMalformedMessage,
    });
    expect(await handleMessage({ type: 'noteMiss', site: 'linkedin' }, contentScript, deps)).toEqual({
      error: EN.errMalformedMessage,
    });
    expect(await counts()).toBeUndefined();
  });
});
