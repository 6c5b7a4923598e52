import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { STATE_KEY } from '../../../src/background/store.ts';
import { STATE_TOKEN_KEY } from '../../../src/core/storageKeys.ts';
import { verdictData } from '../../../src/background/verdictCache.ts';
import { PREVIEW_KEY, PREVIEW_SIZE, PopupPreview } from '../../../src/core/preview.ts';
import { emptyState, type State } from '../../../src/core/schema.ts';
import { bigState } from '../../bench/support.ts';
import { NOW } from '../support/state.ts';

const dana = {
  site: 'linkedin' as const,
  identity: { site: 'linkedin' as const, kind: 'slug' as const, value: 'dana-whitfield' },
};

function withDana(): State {
  const state = emptyState();
  state.people.push({ id: 'p1', name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' });
  return state;
}

describe('verdict cache', () => {
  it('is built from storage on first use, as after the worker was stopped', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: withDana() });
    const { lookup } = await verdictData(NOW);
    expect(lookup.find(dana)).toEqual([{ personId: 'p1', strength: 'profile' }]);
  });

  it('follows every change to the stored state, and serves the same data in between', async () => {
    // Each state stored under a name of its own, as the worker stores them (stateCache.ts).
    await fakeBrowser.storage.local.set({ [STATE_KEY]: emptyState(), [STATE_TOKEN_KEY]: 'first' });
    const first = await verdictData(NOW);
    expect(first.lookup.find(dana)).toEqual([]);
    expect(await verdictData(NOW)).toBe(first);
    await fakeBrowser.storage.local.set({ [STATE_KEY]: withDana(), [STATE_TOKEN_KEY]: 'second' });
    expect((await verdictData(NOW)).lookup.find(dana)).toEqual([{ personId: 'p1', strength: 'profile' }]);
  });

  it('validates what it reads: a bad record is kept aside, not matched', async () => {
    const state = withDana();
    await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...state, people: [{ ...state.people[0], name: '' }] } });
    const { state: loaded, lookup } = await verdictData(NOW);
    expect(lookup.find(dana)).toEqual([]);
    expect(loaded.quarantine).toHaveLength(1);
  });

  it('keeps the popup preview (first agenda entries) current with every change', async () => {
    await verdictData(NOW);
    await fakeBrowser.storage.local.set({ [STATE_KEY]: bigState(100) });
    await verdictData(NOW);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const preview = PopupPreview.parse((await fakeBrowser.storage.local.get(PREVIEW_KEY))[PREVIEW_KEY]);
    expect(preview.total).toBe(100);
    expect(preview.items).toHaveLength(PREVIEW_SIZE);
    expect(preview.items.filter((i) => i.upcoming).map((i) => i.at)).toEqual(
      preview.items
        .filter((i) => i.upcoming)
        .map((i) => i.at)
        .sort(),
    );
  });
});
