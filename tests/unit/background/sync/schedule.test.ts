// When the worker merges: a change arriving in sync is merged by itself within about a second,
// and a local edit goes out a little later, in one write, without any page asking.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { STATE_KEY } from '../../../../src/background/store.ts';
import { registerSync } from '../../../../src/background/sync/schedule.ts';
import type { State } from '../../../../src/core/schema.ts';
import { entryItems, processKey } from '../../../../src/core/sync/items.ts';
import { draftOf, options, send } from '../../support/router.ts';
import { linkedin, makeProcess } from '../../core/sync/replicas.ts';

const state = async () => (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as State;

describe('worker sync schedule', () => {
  it('merges what arrives in sync, and sends what is edited here, by itself', async () => {
    registerSync();
    await send({ type: 'setSync', enabled: true }, options);
    const person = { id: 'far-p', name: 'Sam Ortega', linkedinUrl: linkedin('sam-ortega') };
    const process = { ...makeProcess('far', [person.id], 3, 'Contoso'), revision: 12 };
    await fakeBrowser.storage.sync.set(entryItems({ kind: 'process', process, people: [person] })!);
    await vi.waitFor(async () => expect((await state()).processes.map((p) => p.id)).toEqual(['far']), {
      timeout: 3000,
    });

    const setSpy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await send({ type: 'saveProcess', draft: draftOf('Northwind Labs', [{ name: 'Dana' }]) }, options);
    await send({ type: 'saveProcess', draft: draftOf('Fabrikam', [{ name: 'Ana' }]) }, options);
    const ids = (await state()).processes.map((p) => p.id);
    await vi.waitFor(
      async () => expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toHaveLength(ids.length + 1),
      { timeout: 6000 },
    );
    // The two edits went out together, in one write.
    expect(setSpy).toHaveBeenCalledTimes(1);
    expect(Object.keys(setSpy.mock.calls[0]![0] as object).sort()).toEqual(
      ids
        .filter((id) => id !== 'far')
        .map(processKey)
        .sort(),
    );
  }, 20_000);
});
