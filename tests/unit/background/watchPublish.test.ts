// The watch list is published only when it differs from the one published last
// (src/background/watchPublish.ts publishIfChanged), so a change that keeps it sends no tab
// anything, and the list is built once per change. A "restart" reloads the worker's modules.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WATCH_KEY } from '../../../src/core/storageKeys.ts';
import { WATCH_INDEX_VERSION, type WatchIndex } from '../../../src/core/watchIndex.ts';

const index = (...names: string[]): WatchIndex => ({
  v: WATCH_INDEX_VERSION,
  people: names.map((name, i) => ({ id: `p${i}`, name, keys: [`linkedin:slug:${name.toLowerCase()}`] })),
  followAndMessage: false,
});

async function worker() {
  vi.resetModules();
  return import('../../../src/background/watchPublish.ts');
}

describe('publishing the watch list when it changed', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('with nothing remembered (a restarted worker), compares with the list before the change', async () => {
    const { publishIfChanged } = await worker();
    const sets = vi.spyOn(fakeBrowser.storage.session, 'set');
    await publishIfChanged(index('Dana'), () => index('Dana'));
    expect(sets).not.toHaveBeenCalled();
    await publishIfChanged(index('Dana', 'Lee'), () => index('Dana'));
    expect(sets).toHaveBeenCalledTimes(1);
  });

  it('then compares with what it published, without building the list before the change', async () => {
    const { publishIfChanged, publishWatchIndex } = await worker();
    await publishWatchIndex(index('Dana'));
    const sets = vi.spyOn(fakeBrowser.storage.session, 'set');
    const before = vi.fn(() => index('Someone else'));
    await publishIfChanged(index('Dana'), before);
    expect(sets).not.toHaveBeenCalled();
    expect(before).not.toHaveBeenCalled();
    await publishIfChanged(index('Lee'), before);
    expect(sets).toHaveBeenCalledTimes(1);
  });

  it('a publish that failed is not remembered: the same list is published again', async () => {
    const { publishIfChanged, publishWatchIndex } = await worker();
    await publishWatchIndex(index('Dana'));
    const sets = vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('IO error'));
    await expect(publishIfChanged(index('Lee'), () => index('Dana'))).rejects.toThrow();
    await publishIfChanged(index('Lee'), () => index('Dana'));
    expect(sets).toHaveBeenCalledTimes(2);
    expect((await fakeBrowser.storage.session.get(WATCH_KEY))[WATCH_KEY]).toEqual(index('Lee'));
  });
});
