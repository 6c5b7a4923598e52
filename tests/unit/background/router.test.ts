import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { EN, words } from '../support/words.ts';
import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type RouterDeps } from '../../../src/background/router.ts';
import { STATE_KEY, readKeys, readState } from '../../../src/background/store.ts';
import { STATE_TOKEN_KEY } from '../../../src/core/storageKeys.ts';
import { WATCH_KEY } from '../../../src/core/watchChannel.ts';
import type { SaveReply } from '../../../src/core/pageMessages.ts';
import type { ProcessDraft } from '../../../src/core/processForm.ts';
import { draftOf } from '../support/router.ts';
import { NOW } from '../support/state.ts';

const BASE = 'chrome-extension://offerfirst/';
let counter = 0;
const deps: RouterDeps = {
  runtime: { id: 'offerfirst', getURL: (path) => BASE + path },
  now: () => NOW,
  newId: () => `id${++counter}`,
  effects: { afterCommit: (state, due) => void committed.push({ state, due }) },
  words: () => words,
};
const committed: Array<{ state: unknown; due: unknown[] }> = [];
const popup: Runtime.MessageSender = { id: 'offerfirst', url: `${BASE}src/popup/index.html` };
const contentScript: Runtime.MessageSender = {
  id: 'offerfirst',
  url: 'https://www.linkedin.com/in/dana-whitfield/',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

const draft = (company = 'Northwind Labs'): ProcessDraft =>
  draftOf(company, [{ name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' }]);

const send = (message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender, deps);
const save = async (d = draft()) => (await send({ type: 'saveProcess', draft: d }, popup)) as SaveReply;
const danaVerdict = () =>
  send(
    {
      type: 'getVerdict',
      kind: 'connect',
      person: { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'dana-whitfield' } },
    },
    contentScript,
  );

describe('message router', () => {
  it('saves an interview from the popup and publishes the watch list, with nothing but keys and names (and each name folded for matching)', async () => {
    expect(await save({ ...draft(), notes: 'Ask about the Lisbon office' })).toMatchObject({ ok: true });
    const stored = await fakeBrowser.storage.local.get(STATE_KEY);
    expect(stored[STATE_KEY]).toMatchObject({
      schemaVersion: 4,
      processes: [{ company: 'Northwind Labs', status: 'scheduled', revision: 1 }],
    });
    const published = (await fakeBrowser.storage.session.get(null)) as Record<string, unknown>;
    expect(Object.keys(published)).toEqual([WATCH_KEY]);
    expect(published[WATCH_KEY]).toEqual({
      v: 1,
      people: [
        {
          id: expect.any(String),
          name: 'Dana Whitfield',
          keys: ['linkedin:slug:dana-whitfield'],
          nameKey: 'dana whitfield',
        },
      ],
      followAndMessage: false,
    });
    expect(JSON.stringify(published)).not.toMatch(/Northwind|Lisbon|Staff Engineer/);
  });

  it('an interception (history only) republishes nothing: no tab hears of it', async () => {
    await save();
    const sessionWrites = vi.spyOn(fakeBrowser.storage.session, 'set');
    const localWrites = vi.spyOn(fakeBrowser.storage.local, 'set');
    const { interceptionId } = (await danaVerdict()) as { interceptionId: string };
    await send({ type: 'recordOutcome', interceptionId, outcome: 'cancelled' }, contentScript);
    expect(sessionWrites).not.toHaveBeenCalled();
    // The state, and the small key that names it (background/stateCache.ts), in one set() each.
    expect(localWrites.mock.calls.map(([items]) => Object.keys(items))).toEqual([
      [STATE_KEY, STATE_TOKEN_KEY],
      [STATE_KEY, STATE_TOKEN_KEY],
    ]);
  });

  it('answers a content script with a stop verdict and the dialog text', async () => {
    await save();
    expect(await danaVerdict()).toMatchObject({
      verdict: { action: 'stop', reason: 'before-interview' },
      dialog: { summary: 'Interview with Northwind Labs in 5 days' },
    });
  });

  it('logs each interception and completes it with the choice made in the dialog', async () => {
    await save();
    const reply = (await danaVerdict()) as { interceptionId: string; research: unknown[]; friction: string };
    expect(reply).toMatchObject({
      friction: 'none',
      research: expect.arrayContaining([expect.objectContaining({ url: expect.stringContaining('dana-whitfield') })]),
    });
    // Logged after the answer, in the write queue: a queued read sees it.
    await readKeys([]);
    expect((await readState(NOW)).state.history).toMatchObject([
      { id: reply.interceptionId, outcome: 'shown', company: 'Northwind Labs' },
    ]);
    expect(
      await send({ type: 'recordOutcome', interceptionId: reply.interceptionId, outcome: 'reminded' }, contentScript),
    ).toEqual({ ok: true });
    const { state } = await readState(NOW);
    expect(state.history).toMatchObject([{ outcome: 'reminded' }]);
    expect(state.connectLater).toMatchObject([{ profileUrl: 'https://www.linkedin.com/in/dana-whitfield/' }]);
    // Recording the offer later (here from the popup) makes the reminder come due once.
    committed.length = 0;
    await send(
      { type: 'setStatus', processId: state.processes[0]!.id, status: 'offer', revision: state.processes[0]!.revision },
      popup,
    );
    expect(committed.at(-1)?.due).toMatchObject([{ personName: 'Dana Whitfield', company: 'Northwind Labs' }]);
  });

  it('"I got the offer" from the dialog records the offer', async () => {
    await save();
    const { interceptionId } = (await danaVerdict()) as { interceptionId: string };
    await send({ type: 'recordOutcome', interceptionId, outcome: 'offer' }, contentScript);
    expect(await danaVerdict()).toMatchObject({ verdict: { action: 'allow', reason: 'offer' } });
  });

  it('refuses outcomes for unknown interceptions and from pages', async () => {
    expect(await send({ type: 'recordOutcome', interceptionId: 'nope', outcome: 'offer' }, contentScript)).toEqual({
      error: 'That interception is no longer in the history.',
    });
    expect(await send({ type: 'recordOutcome', interceptionId: 'nope', outcome: 'offer' }, popup)).toEqual({
      error: EN.errMalformedMessage,
    });
  });

  it('lets requests through once the status says offer, and takes the person off the watch list', async () => {
    const saved = await save();
    if (!saved.ok) throw new Error('not saved');
    const revision = saved.state.processes[0]!.revision;
    expect(
      await send({ type: 'setStatus', processId: saved.processId, status: 'offer', revision }, popup),
    ).toMatchObject({ ok: true });
    expect(await danaVerdict()).toMatchObject({ verdict: { action: 'allow', reason: 'offer' } });
    expect((await fakeBrowser.storage.session.get(WATCH_KEY))[WATCH_KEY]).toMatchObject({ people: [] });
  });

  it('deletes with undo, even after the popup closed (the undo record is stored)', async () => {
    const saved = await save();
    if (!saved.ok) throw new Error('not saved');
    const deleted = (await send({ type: 'deleteProcess', processId: saved.processId, revision: 1 }, popup)) as {
      deletionId: string;
    };
    expect((await readState(NOW)).state.processes).toEqual([]);
    expect(await send({ type: 'getState' }, popup)).toMatchObject({
      recentlyDeleted: [{ id: deleted.deletionId, company: 'Northwind Labs' }],
    });
    expect(await send({ type: 'undoDelete', deletionId: deleted.deletionId }, popup)).toMatchObject({ ok: true });
    const { state } = await readState(NOW);
    expect(state.processes.map((p) => p.id)).toEqual([saved.processId]);
    expect(state.people.map((p) => p.name)).toEqual(['Dana Whitfield']);
    expect(await send({ type: 'getState' }, popup)).toMatchObject({ recentlyDeleted: [] });
    expect(await send({ type: 'undoDelete', deletionId: deleted.deletionId }, popup)).toEqual({
      ok: false,
      error: 'There is nothing to undo.',
    });
  });

  it('refuses invalid input with field messages and saves nothing', async () => {
    const bad = draft('');
    bad.rounds[0]!.interviewers[0]!.linkedinUrl = 'https://example.com';
    expect(await save(bad)).toMatchObject({
      ok: false,
      errors: { company: expect.any(String), 'rounds.0.interviewers.0.linkedinUrl': expect.any(String) },
    });
    expect(await fakeBrowser.storage.local.get(STATE_KEY)).toEqual({});
  });

  it('says so when editing a process that no longer exists', async () => {
    expect(await save({ ...draft(), id: 'gone' })).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(/no longer exists/) },
    });
  });

  it('never lets a content script send page commands', async () => {
    expect(await send({ type: 'saveProcess', draft: draft() }, contentScript)).toEqual({
      error: EN.errMalformedMessage,
    });
    expect(await fakeBrowser.storage.local.get(STATE_KEY)).toEqual({});
  });

  it('ignores other extensions and web pages', () => {
    expect(
      send({ type: 'getState' }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }),
    ).toBeUndefined();
    expect(send({ type: 'getState' }, { url: 'https://evil.example/' })).toBeUndefined();
  });

  it('rejects malformed messages', async () => {
    expect(await send({ type: 'saveProcess' }, popup)).toEqual({ error: EN.errMalformedMessage });
    expect(await send('hello', contentScript)).toEqual({ error: EN.errMalformedMessage });
  });

  it('serialises concurrent writes: nothing is lost', async () => {
    await Promise.all(Array.from({ length: 5 }, (_, i) => save(draft(`Company ${i}`))));
    const { state } = await readState(NOW);
    expect(state.processes.map((p) => p.company).sort()).toEqual([
      'Company 0',
      'Company 1',
      'Company 2',
      'Company 3',
      'Company 4',
    ]);
    // The same interviewer in five processes is one person.
    expect(state.people).toHaveLength(1);
  });

  it('keeps an unreadable record aside instead of dropping it, and keeps the rest', async () => {
    await save();
    const { state } = await readState(NOW);
    const broken = { id: 'x', company: 42 };
    // Stored by another writer (a restore of an old copy, another version): under a new name.
    await fakeBrowser.storage.local.set({
      [STATE_KEY]: { ...state, processes: [...state.processes, broken] },
      [STATE_TOKEN_KEY]: 'stored elsewhere',
    });
    expect(await send({ type: 'getState' }, popup)).toMatchObject({
      problems: [expect.stringMatching(/^processes\[1\]\.company/)],
      state: { processes: [{ company: 'Northwind Labs' }], quarantine: [{ kind: 'process', data: broken }] },
    });
    await save(draft('Contoso'));
    const after = await readState(NOW);
    expect(after.state.processes.map((p) => p.company)).toEqual(['Northwind Labs', 'Contoso']);
    expect(after.state.quarantine).toMatchObject([{ data: broken }]);
  });

  it('reads data saved by a newer version read-only rather than misreading it', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: { schemaVersion: 99 } });
    const loaded = await readState(NOW);
    expect(loaded.readOnly).toEqual({ schemaVersion: 99 });
    expect(loaded.state.processes).toEqual([]);
  });

  it('imports a backup after checking all of it, and can restore what was there before', async () => {
    await save(draft('Before'));
    const { state: before } = await readState(NOW);
    const incoming = {
      ...before,
      processes: before.processes.map((p) => ({ ...p, id: 'other', company: 'From the file' })),
    };
    const text = JSON.stringify({
      format: 'offer-first-backup',
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      data: incoming,
    });

    const broken = JSON.stringify({
      format: 'offer-first-backup',
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      data: { ...incoming, processes: [{ id: 'x' }] },
    });
    const refused = (await send({ type: 'importBackup', text: broken, mode: 'replace' }, popup)) as {
      ok: boolean;
      errors: string[];
    };
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]).toMatch(/^data\.processes\[0\]/);
    expect((await readState(NOW)).state.processes.map((p) => p.company)).toEqual(['Before']);

    expect(await send({ type: 'importBackup', text, mode: 'replace' }, popup)).toMatchObject({ ok: true });
    expect((await readState(NOW)).state.processes.map((p) => p.company)).toEqual(['From the file']);
    expect(await send({ type: 'getState' }, popup)).toMatchObject({ backupSavedAt: NOW.toISOString() });

    expect(await send({ type: 'restoreBackup' }, popup)).toMatchObject({ ok: true });
    expect((await readState(NOW)).state.processes.map((p) => p.company)).toEqual(['Before']);
  });
});
