// The content script's noteAlias: two identities of one watched person, seen together on their
// own profile. The worker stores the new one on that person only (core/aliases.ts); a web page,
// a malformed message or a person not watched changes nothing.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../src/background/router.ts';
import { EN } from '../support/words.ts';
import { days, person, process, state } from '../support/state.ts';
import { contentScriptAt, deps, webPageAt } from '../support/router.ts';

const contentScript = contentScriptAt('https://m.facebook.com/jane.doe.77');
const webPage = webPageAt('https://m.facebook.com/jane.doe.77');
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

  it('writes nothing at all when it learns nothing: a pair already known, or a person not watched', async () => {
    const known = { ...jane, aliases: ['facebook:id:100012345678901'] };
    const cases = [
      state([known], [process('p1', 'scheduled', [{ at: days(3), people: ['jane'] }])]),
      state([jane], [process('p1', 'offer', [{ at: days(-3), people: ['jane'] }])]),
      state([jane], []),
    ];
    for (const stored of cases) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ state: stored });
      const before = await fakeBrowser.storage.local.get(null);
      const local = vi.spyOn(fakeBrowser.storage.local, 'set');
      const session = vi.spyOn(fakeBrowser.storage.session, 'set');
      const removed = vi.spyOn(fakeBrowser.storage.local, 'remove');
      expect(await handleMessage({ type: 'noteAlias', identities: pair }, contentScript, deps)).toEqual({ ok: true });
      expect(local).not.toHaveBeenCalled();
      expect(session).not.toHaveBeenCalled();
      expect(removed).not.toHaveBeenCalled();
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
      vi.restoreAllMocks();
    }
  });

  it('still writes when there is something to learn (the same spy sees it)', async () => {
    await fakeBrowser.storage.local.set({
      state: state([jane], [process('p1', 'scheduled', [{ at: days(3), people: ['jane'] }])]),
    });
    const local = vi.spyOn(fakeBrowser.storage.local, 'set');
    await handleMessage({ type: 'noteAlias', identities: pair }, contentScript, deps);
    expect(local).toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
