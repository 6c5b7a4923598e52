// The worker's side of sync over fake-browser storage: turning it on merges both sides and
// answers the summary; a change arriving in sync reaches the stored state and the content
// scripts' watch list; a local change goes out; off means off; the write caps are kept.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { STATE_KEY } from '../../../../src/background/store.ts';
import { runSync, type SyncDeps } from '../../../../src/background/sync/run.ts';
import type { SyncReply } from '../../../../src/core/pageMessages.ts';
import type { State } from '../../../../src/core/schema.ts';
import { SYNC_STATUS_KEY } from '../../../../src/core/storageKeys.ts';
import type { SyncStatus } from '../../../../src/core/storageSchemas.ts';
import { entryItems, processKey } from '../../../../src/core/sync/items.ts';
import { WATCH_KEY } from '../../../../src/core/watchChannel.ts';
import type { WatchIndex } from '../../../../src/core/watchIndex.ts';
import { draftOf, options, send } from '../../support/router.ts';
import { NOW } from '../../support/state.ts';
import { words } from '../../support/words.ts';
import { linkedin, makeProcess } from '../../core/sync/replicas.ts';

const deps = () => ({
  now: () => NOW,
  effects: { afterCommit: () => undefined },
  words: () => words,
  later: vi.fn<SyncDeps['later']>(),
});

const remote = (id: string, company: string, slug: string, revision: number) => {
  const person = { id: `${id}-p`, name: `Person ${slug}`, linkedinUrl: linkedin(slug) };
  const process = { ...makeProcess(id, [person.id], 3, company), revision };
  return entryItems({ kind: 'process', process, people: [person] })!;
};

async function stored(): Promise<{ state: State; status?: SyncStatus; index: WatchIndex }> {
  const got = await fakeBrowser.storage.local.get([STATE_KEY, SYNC_STATUS_KEY]);
  const session = await fakeBrowser.storage.session.get(WATCH_KEY);
  return {
    state: got[STATE_KEY] as State,
    status: got[SYNC_STATUS_KEY] as SyncStatus | undefined,
    index: session[WATCH_KEY] as WatchIndex,
  };
}

const save = (company: string, people: Array<{ name: string; linkedinUrl?: string }>) =>
  send({ type: 'saveProcess', draft: draftOf(company, people) }, options);

describe('worker sync', () => {
  it('turning sync on merges both sides, loses nothing, and answers the summary', async () => {
    await save('Northwind Labs', [{ name: 'Priya Raman', linkedinUrl: linkedin('priya') }]);
    await fakeBrowser.storage.sync.set(remote('far', 'Contoso', 'priya', 40));
    const reply = await send<SyncReply>({ type: 'setSync', enabled: true }, options);
    expect(reply).toMatchObject({
      ok: true,
      sync: { enabled: true, firstSummary: { received: 1, sent: 1, peopleMerged: 1 } },
    });
    const { state, index } = await stored();
    expect(state.processes.map((p) => p.company).sort()).toEqual(['Contoso', 'Northwind Labs']);
    expect(state.people).toHaveLength(1);
    expect(state.revision).toBeGreaterThanOrEqual(40);
    expect(index.people).toHaveLength(1);
    const items = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(items).sort()).toEqual([processKey('far'), processKey(state.processes[0]!.id), 's'].sort());
  });

  it('a change arriving from sync reaches the state and the watch list; a local one goes out', async () => {
    await send({ type: 'setSync', enabled: true }, options);
    await fakeBrowser.storage.sync.set(remote('far', 'Contoso', 'sam-ortega', 7));
    await runSync(deps());
    const { state, index } = await stored();
    expect(state.processes.map((p) => p.id)).toEqual(['far']);
    expect(index.people[0]!.keys).toEqual(['linkedin:slug:sam-ortega']);

    await send(
      { type: 'setStatus', processId: 'far', status: 'offer', revision: state.processes[0]!.revision },
      options,
    );
    await runSync(deps());
    const item = (await fakeBrowser.storage.sync.get(processKey('far')))[processKey('far')] as {
      process: { status: string };
    };
    expect(item.process.status).toBe('offer');
    // Nobody is watched any more: the offer was recorded.
    expect((await stored()).index.people).toEqual([]);
  });

  it('off keeps the local copy, and merges nothing more; removing the synced copy is asked for', async () => {
    await fakeBrowser.storage.sync.set(remote('far', 'Contoso', 'sam-ortega', 7));
    await send({ type: 'setSync', enabled: true }, options);
    expect(await send<SyncReply>({ type: 'setSync', enabled: false }, options)).toEqual({
      ok: true,
      sync: { enabled: false, notSynced: [] },
    });
    await fakeBrowser.storage.sync.set(remote('later', 'Fabrikam', 'ana', 9));
    await runSync(deps());
    expect((await stored()).state.processes.map((p) => p.id)).toEqual(['far']);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(
      [processKey('far'), processKey('later'), 's'].sort(),
    );

    await send({ type: 'setSync', enabled: true }, options);
    await send({ type: 'setSync', enabled: false, removeSynced: true }, options);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect((await stored()).state.processes).toHaveLength(2);
  });

  it('keeps under the write caps: a merge with too many recent writes waits', async () => {
    await send({ type: 'setSync', enabled: true }, options);
    const { status } = await stored();
    await fakeBrowser.storage.local.set({
      [SYNC_STATUS_KEY]: { ...status, writes: Array(100).fill(NOW.getTime() - 1000) },
    });
    await save('Northwind Labs', [{ name: 'Dana' }]);
    const d = deps();
    await runSync(d);
    expect(d.later).toHaveBeenCalledWith(expect.any(Number));
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual(['s']);
  });

  it('says why sync failed, and tries again later', async () => {
    await send({ type: 'setSync', enabled: true }, options);
    await save('Northwind Labs', [{ name: 'Dana' }]);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    const d = deps();
    const status = await runSync(d);
    expect(status.error).toBe(words.t('syncFailed', { detail: words.t('errStorageFull') }));
    expect(d.later).toHaveBeenCalled();
    expect(await send<SyncReply>({ type: 'getSync' }, options)).toMatchObject({
      ok: true,
      sync: { error: status.error },
    });
  });

  it('answers setSync only to the extension pages', async () => {
    const reply = await send(
      { type: 'setSync', enabled: true },
      { id: 'offerfirst', url: 'https://www.linkedin.com/feed/' },
    );
    expect(reply).toBeUndefined();
    expect((await stored()).status).toBeUndefined();
  });
});
