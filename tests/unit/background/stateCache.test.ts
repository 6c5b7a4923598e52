// The worker's validated copy of the state (src/background/stateCache.ts, used by store.ts):
// reused while storage still holds exactly that state, and never otherwise. Storage is the
// in-memory fake-browser one; a "restart" reloads the worker's modules over the same storage.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readKeys, readState, refreshIndex, STATE_KEY, updateState } from '../../../src/background/store.ts';
import { recordInterception } from '../../../src/core/outcomes.ts';
import { emptyState, SCHEMA_VERSION, type HistoryEntry, type State } from '../../../src/core/schema.ts';
import { STATE_TOKEN_KEY } from '../../../src/core/storageKeys.ts';
import { contentScriptAt, draftOf, send } from '../support/router.ts';
import { NOW, person } from '../support/state.ts';

const SRC = resolve(import.meta.dirname, '../../../src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const entry = (id: string): HistoryEntry => ({
  id,
  at: NOW.toISOString(),
  site: 'linkedin',
  kind: 'connect',
  personName: 'Dana Whitfield',
  company: 'Northwind Labs',
  reason: 'interviewing',
  outcome: 'shown',
});
const intercept = (id: string) => updateState(NOW, (s) => ({ state: recordInterception(s, entry(id)), result: s }));
const withPerson = (name: string): State => ({ ...emptyState(), people: [person('p1', name)] });

/** The keys storage.local.get is asked for from now on. */
function readsOf() {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const from = get.mock.calls.length; // a spy already in place keeps its earlier calls
  return () => get.mock.calls.slice(from).map(([keys]) => keys as unknown);
}

describe("the worker's validated copy of the state", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('after a write, a read asks storage for the small key only and returns what was written', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: withPerson('Dana Whitfield') });
    await intercept('h1');
    const reads = readsOf();
    const { state } = await readState(NOW);
    expect(state.history.map((h) => h.id)).toEqual(['h1']);
    expect(reads()).toEqual([STATE_TOKEN_KEY]);
    // What the copy holds is what reading storage would give.
    const stored = await fakeBrowser.storage.local.get(STATE_KEY);
    expect(state).toEqual(JSON.parse(JSON.stringify(stored[STATE_KEY])));
  });

  it('each write names the state anew, in the same set() as the state', async () => {
    const sets = vi.spyOn(fakeBrowser.storage.local, 'set');
    await intercept('h1');
    await intercept('h2');
    const written = sets.mock.calls.map(([items]) => items as Record<string, unknown>);
    const tokens = written.map((items) => items[STATE_TOKEN_KEY]);
    expect(written.every((items) => STATE_KEY in items && typeof items[STATE_TOKEN_KEY] === 'string')).toBe(true);
    expect(new Set(tokens).size).toBe(2);
  });

  it('storage changed by another path (an import, in another worker): the copy is not used', async () => {
    await intercept('h1');
    await readState(NOW);
    // Whoever writes the state writes it through store.ts, under a new name (see the last test).
    await fakeBrowser.storage.local.set({ [STATE_KEY]: withPerson('Someone Else'), [STATE_TOKEN_KEY]: 'imported' });
    const { state } = await readState(NOW);
    expect(state.people.map((p) => p.name)).toEqual(['Someone Else']);
    expect(state.history).toEqual([]);
  });

  it('storage cleared (developer tools, a test): read again', async () => {
    await intercept('h1');
    await fakeBrowser.storage.local.clear();
    expect((await readState(NOW)).state).toEqual(emptyState());
  });

  it('a state from an earlier version (no name) is read and validated each time, until named', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: withPerson('Dana Whitfield') });
    await readState(NOW);
    const reads = readsOf();
    await readState(NOW);
    expect(reads()).toEqual([STATE_TOKEN_KEY, [STATE_KEY, STATE_TOKEN_KEY]]);
    await refreshIndex(NOW); // at the update (index.ts): names it
    const named = readsOf();
    expect((await readState(NOW)).state.people.map((p) => p.name)).toEqual(['Dana Whitfield']);
    expect(named()).toEqual([STATE_TOKEN_KEY]);
  });

  it('another writer that names its state (a second worker, its event not yet arrived): read again', async () => {
    await intercept('h1');
    const other = { [STATE_KEY]: withPerson('Written Elsewhere'), [STATE_TOKEN_KEY]: 'another-writer' };
    // Storage as that writer left it, before any storage.onChanged event reaches this worker.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const list = Array.isArray(keys) ? keys : [keys as string];
      return Object.fromEntries(list.map((k) => [k, other[k as keyof typeof other]]));
    });
    const { state } = await readState(NOW);
    expect(state.people.map((p) => p.name)).toEqual(['Written Elsewhere']);
  });

  it('a failed set(): the copy is dropped, and the next read returns what storage holds', async () => {
    await intercept('h1');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    await expect(intercept('h2')).rejects.toThrow();
    const reads = readsOf();
    const { state } = await readState(NOW);
    expect(state.history.map((h) => h.id)).toEqual(['h1']);
    expect(reads()).toContainEqual([STATE_KEY, STATE_TOKEN_KEY]);
  });

  it('a worker restart: nothing in memory, the state is read and validated again', async () => {
    await intercept('h1');
    vi.resetModules();
    const store = await import('../../../src/background/store.ts');
    const reads = readsOf();
    const { state } = await store.readState(NOW);
    expect(state.history.map((h) => h.id)).toEqual(['h1']);
    expect(reads()).toEqual([STATE_TOKEN_KEY, [STATE_KEY, STATE_TOKEN_KEY]]);
  });

  it('a state read from storage is reused while storage still names it', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: withPerson('Dana Whitfield'), [STATE_TOKEN_KEY]: 'named' });
    const first = await readState(NOW);
    const reads = readsOf();
    expect(await readState(NOW)).toBe(first);
    expect(reads()).toEqual([STATE_TOKEN_KEY]);
  });

  it('a bad record is still quarantined, and kept, through the copy', async () => {
    const stored = withPerson('Dana Whitfield');
    await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...stored, people: [...stored.people, { id: 'p2' }] } });
    expect((await readState(NOW)).problems).toHaveLength(1);
    await intercept('h1');
    const { state } = await readState(NOW);
    expect(state.quarantine.map((q) => q.kind)).toEqual(['person']);
    expect(state.people.map((p) => p.id)).toEqual(['p1']);
  });

  it('a written state that a read would change (a duplicate id) is not kept: the read quarantines it', async () => {
    await updateState(NOW, (s) => ({ state: { ...s, people: [person('p1', 'A'), person('p1', 'B')] }, result: 0 }));
    const { state, problems } = await readState(NOW);
    expect(state.people.map((p) => p.name)).toEqual(['A']);
    expect(problems).toHaveLength(1);
  });

  it("a newer version's data stays read-only, from the copy too", async () => {
    await fakeBrowser.storage.local.set({
      [STATE_KEY]: { ...emptyState(), schemaVersion: SCHEMA_VERSION + 1 },
      [STATE_TOKEN_KEY]: 'newer',
    });
    await expect(intercept('h1')).rejects.toThrow();
    await expect(intercept('h2')).rejects.toThrow();
    expect((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]).toMatchObject({ history: [] });
  });

  it('a read begun before a write cannot put the older state back over the written one', async () => {
    await intercept('h1');
    await fakeBrowser.storage.local.set({ [STATE_TOKEN_KEY]: 'foreign' }); // drops the copy
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let gated = false;
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const got = await get(keys as string[]);
      if (Array.isArray(keys) && !gated) {
        gated = true;
        await gate; // the first full read returns only after the write below
      }
      return got;
    });
    const reading = readState(NOW);
    await vi.waitFor(() => expect(gated).toBe(true));
    await intercept('h2');
    release();
    expect((await reading).state.history.map((h) => h.id)).toEqual(['h1']);
    const reads = readsOf();
    expect((await readState(NOW)).state.history.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(reads()).toEqual([STATE_TOKEN_KEY]);
  });

  it('through a run of commands, the copy is always what a restarted worker reads from storage', async () => {
    const dana = { name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' };
    const tab = contentScriptAt('https://www.linkedin.com/in/dana-whitfield/');
    const fresh = async () => {
      vi.resetModules();
      return (await import('../../../src/background/store.ts')).readState(NOW);
    };
    const same = async () => {
      await readKeys([]); // after the queue's writes (an interception is logged after the verdict's reply)
      expect(await readState(NOW)).toEqual(await fresh());
    };
    const saved = await send<{ state: State }>({ type: 'saveProcess', draft: draftOf('Northwind Labs', [dana]) });
    await same();
    const [process] = saved.state.processes;
    const verdict = await send<{ interceptionId: string }>(
      {
        type: 'getVerdict',
        kind: 'connect',
        person: { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'dana-whitfield' } },
      },
      tab,
    );
    await same();
    await send({ type: 'recordOutcome', interceptionId: verdict.interceptionId, outcome: 'offer' }, tab);
    await same();
    const now = (await readState(NOW)).state.processes[0]!;
    await send({ type: 'setStatus', processId: process!.id, status: 'accepted', revision: now.revision });
    await same();
    const other = await send({ type: 'saveProcess', draft: draftOf('Contoso', [dana, { name: 'Lee Chen' }]) });
    expect(other).toMatchObject({ ok: true });
    await same();
    expect((await readState(NOW)).state.processes.map((p) => p.status)).toEqual(['accepted', 'scheduled']);
  });

  // The copy rests on store.ts being the only code that writes the state (stateCache.ts).
  it('no source file but store.ts writes the state or its name', () => {
    const writers = sources(SRC)
      .filter((f) => /\bSTATE_(TOKEN_)?KEY\b/.test(readFileSync(f, 'utf8')))
      .filter((f) => /\.(set|remove|clear)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(writers).toEqual(['background/store.ts']);
  });
});
