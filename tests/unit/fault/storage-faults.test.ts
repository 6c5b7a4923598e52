// Faults of the worker and its storage: a worker stopped between the verdict and the user's
// choice, a write that throws or never completes, a full storage area, and a worker killed
// between a "you can connect now" commit and its notification. Storage is the in-memory
// fake-browser one with faults injected into storage.local.set; a "restart" reloads the
// worker's modules (vi.resetModules) over the same storage, as a killed service worker would.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RouterDeps } from '../../../src/background/router.ts';
import type { ProcessDraft } from '../../../src/core/processForm.ts';
import { DEFAULT_SETTINGS, type State } from '../../../src/core/schema.ts';
import { draftOf } from '../support/router.ts';
import { NOW } from '../support/state.ts';
import { Tally } from '../support/tally.ts';
import { t, words } from '../support/words.ts';

const BASE = 'chrome-extension://offerfirst/';
const popup: Runtime.MessageSender = { id: 'offerfirst', url: `${BASE}src/popup/index.html` };
const contentScript: Runtime.MessageSender = {
  id: 'offerfirst',
  url: 'https://www.linkedin.com/in/dana-whitfield/',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
let counter = 0;
const due: unknown[][] = [];
const deps: RouterDeps = {
  runtime: { id: 'offerfirst', getURL: (path) => BASE + path },
  now: () => NOW,
  newId: () => `id${++counter}`,
  // A worker killed right after the commit: the effects (notifications) never run.
  effects: { afterCommit: (_state, list) => void due.push(list) },
  words: () => words,
};

/** A fresh worker: its modules loaded anew, with nothing in memory but the same storage. */
async function worker() {
  vi.resetModules();
  const router = await import('../../../src/background/router.ts');
  const store = await import('../../../src/background/store.ts');
  const effects = await import('../../../src/background/effects.ts');
  const send = (message: unknown, sender = popup) =>
    router.handleMessage(message, sender, deps) as Promise<Record<string, unknown>>;
  return { send, store, effects };
}

const draft: ProcessDraft = draftOf('Northwind Labs', [
  { name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' },
]);
const verdictFor = {
  type: 'getVerdict',
  kind: 'connect',
  person: { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'dana-whitfield' } },
};

async function seeded() {
  fakeBrowser.storage.local.resetState();
  fakeBrowser.notifications.resetState();
  const w = await worker();
  const saved = await w.send({ type: 'saveProcess', draft });
  if (saved['ok'] !== true) throw new Error(`seed failed: ${JSON.stringify(saved)}`);
  return { ...w, processId: saved['processId'] as string };
}

const stored = async () => structuredClone(await fakeBrowser.storage.local.get(null));

type SetFn = typeof fakeBrowser.storage.local.set;
function failWrites(make: () => Promise<void>) {
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((() => make()) as SetFn);
}

const tally = new Tally('fault storage');
// The worker logs each failed write for its console; here that is the expected outcome.
const consoleError = console.error;
beforeAll(() => void (console.error = () => undefined));
afterEach(() => void vi.restoreAllMocks());
afterAll(() => {
  console.error = consoleError;
  console.log(tally.line());
  for (const failure of tally.failures) console.log(failure);
  expect(tally.crashes).toBe(0);
  expect(tally.losses).toBe(0);
});

/** The revisions a page would have loaded now: the process's and the settings'. */
async function loadedRevisions(processId: string): Promise<{ revision: number; settingsRevision: number }> {
  const state = (await fakeBrowser.storage.local.get('state'))['state'] as {
    processes: Array<{ id: string; revision: number }>;
    settingsRevision: number;
  };
  return {
    revision: state.processes.find((p) => p.id === processId)?.revision ?? 0,
    settingsRevision: state.settingsRevision,
  };
}

// Every command a page or the dialog can send, as made against a seeded state, each built on the
// revisions a page would have loaded.
function commands(
  processId: string,
  backupText: string,
  { revision, settingsRevision } = { revision: 1, settingsRevision: 0 },
): Array<[string, unknown, Runtime.MessageSender]> {
  return [
    ['saveProcess', { type: 'saveProcess', draft: { ...draft, id: processId, revision, notes: 'edited' } }, popup],
    ['saveProcess (new)', { type: 'saveProcess', draft: { ...draft, company: 'Globex' } }, popup],
    ['setStatus', { type: 'setStatus', processId, status: 'offer', revision }, popup],
    ['deleteProcess', { type: 'deleteProcess', processId, revision }, popup],
    [
      'saveSettings',
      { type: 'saveSettings', settings: { ...DEFAULT_SETTINGS, showBadge: false }, revision: settingsRevision },
      popup,
    ],
    ['importBackup', { type: 'importBackup', text: backupText, mode: 'replace' }, popup],
  ];
}

/** The message a command's reply shows the user, whatever the reply's shape. */
function messageOf(reply: Record<string, unknown>): string {
  if (typeof reply['error'] === 'string') return reply['error'];
  const errors = reply['errors'];
  if (Array.isArray(errors)) return errors.join(' ');
  if (errors && typeof errors === 'object') return Object.values(errors).join(' ');
  return '';
}

describe('a write that fails', () => {
  const faults: Array<[string, () => Promise<void>, string]> = [
    ['Chrome quota', () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')), 'errStorageFull'],
    [
      'Firefox quota',
      () =>
        Promise.reject(
          Object.assign(new Error('storage.local API call exceeded its quota limitations.'), {
            name: 'QuotaExceededError',
          }),
        ),
      'errStorageFull',
    ],
    ['an I/O error', () => Promise.reject(new Error('IO error: .../LOCK: File currently in use.')), 'errStorageWrite'],
  ];

  it.each(faults)(
    '%s: every command answers with a clear message and leaves the stored data as it was',
    { timeout: 30_000 },
    async (name, fault, key) => {
      const { send, processId } = await seeded();
      const { exportBackup } = await import('../../../src/core/backup/envelope.ts');
      const { state } = await (await import('../../../src/background/store.ts')).readState(NOW);
      const backupText = exportBackup({ ...state, processes: [] }, NOW);
      for (const [label] of commands(processId, backupText)) {
        await tally.check(`${name}: ${label}`, async () => {
          const [, message, sender] = commands(processId, backupText, await loadedRevisions(processId)).find(
            ([l]) => l === label,
          )!;
          const before = await stored();
          const spy = failWrites(fault);
          const reply = await send(message, sender);
          spy.mockRestore();
          if (messageOf(reply) !== t(key)) return `no clear message: ${JSON.stringify(reply)}`;
          if (JSON.stringify(await stored()) !== JSON.stringify(before)) return false;
          // The write queue is not left broken: the next command goes through.
          const { revision } = await loadedRevisions(processId);
          const after = await send({ type: 'setStatus', processId, status: 'interviewing', revision });
          return after['ok'] === true || `queue broken: ${JSON.stringify(after)}`;
        });
      }
    },
  );

  it('with storage full, a watched Connect is still stopped and explained, and the choice is refused with a clear message', async () => {
    await tally.check('quota during getVerdict', async () => {
      const { send } = await seeded();
      const before = await stored();
      failWrites(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
      // The verdict is answered before the interception is logged (the dialog must not wait
      // for a write); the log then fails, and so does the choice, which says so.
      const reply = await send(verdictFor, contentScript);
      expect(reply).toMatchObject({ verdict: { action: 'stop' }, dialog: { personName: 'Dana Whitfield' } });
      const choice = await send(
        { type: 'recordOutcome', interceptionId: reply['interceptionId'], outcome: 'cancelled' },
        contentScript,
      );
      vi.restoreAllMocks();
      if (typeof choice['error'] !== 'string' || choice['error'].length < 20)
        return `no clear message: ${JSON.stringify(choice)}`;
      return JSON.stringify(await stored()) === JSON.stringify(before);
    });
  });

  it('a worker killed during a write (set never completes) leaves the previous state, and a new worker carries on', async () => {
    for (const command of ['setStatus', 'deleteProcess', 'saveProcess'] as const) {
      await tally.check(`killed during ${command}`, async () => {
        const { send, processId } = await seeded();
        const before = await stored();
        failWrites(() => new Promise<void>(() => undefined)); // the worker dies inside set()
        const message = commands(processId, '').find(([label]) => label === command)![1];
        void send(message);
        await new Promise((resolve) => setTimeout(resolve, 5));
        vi.restoreAllMocks();
        const next = await worker(); // restarted: an empty write queue, the same storage
        if (JSON.stringify(await stored()) !== JSON.stringify(before)) return false;
        const reply = await next.send({ type: 'getState' });
        const state = reply['state'] as State;
        if (state.processes.length !== 1 || state.processes[0]!.status !== 'scheduled')
          return 'state changed by a write that never finished';
        const revision = state.processes[0]!.revision;
        return (await next.send({ type: 'setStatus', processId, status: 'offer', revision }))['ok'] === true;
      });
    }
  }, 30_000);
});

describe('the worker stopped between the verdict and the choice', () => {
  it.each(['cancelled', 'reminded', 'offer', 'sent-anyway'] as const)(
    'a new worker completes "%s"',
    async (outcome) => {
      await tally.check(`restart before ${outcome}`, async () => {
        const { send } = await seeded();
        const { interceptionId } = (await send(verdictFor, contentScript)) as { interceptionId: string };
        const next = await worker();
        const reply = await next.send({ type: 'recordOutcome', interceptionId, outcome }, contentScript);
        if (reply['ok'] !== true) return `not completed: ${JSON.stringify(reply)}`;
        const { state } = await next.store.readState(NOW);
        expect(state.history).toMatchObject([{ id: interceptionId, outcome }]);
        if (outcome === 'offer') expect(state.processes[0]!.status).toBe('offer');
        if (outcome === 'reminded') expect(state.connectLater).toHaveLength(1);
        return true;
      });
    },
  );

  it('a choice for an interception that was never stored (the worker died before the write) says so and changes nothing', async () => {
    await tally.check('interception lost', async () => {
      const { send } = await seeded();
      failWrites(() => new Promise<void>(() => undefined));
      const lost = send(verdictFor, contentScript); // dies inside the write that logs it
      await new Promise((resolve) => setTimeout(resolve, 5));
      vi.restoreAllMocks();
      void lost;
      const next = await worker();
      const before = await stored();
      const reply = await next.send(
        { type: 'recordOutcome', interceptionId: `id${counter}`, outcome: 'offer' },
        contentScript,
      );
      expect(reply).toEqual({ error: t('errInterceptionGone') });
      return JSON.stringify(await stored()) === JSON.stringify(before);
    });
  });
});

describe('a worker killed between an offer and its "you can connect now" notification', () => {
  it('the reminder stays pending until the notification was shown, then is marked once', async () => {
    await tally.check('killed before the notification', async () => {
      const { send, processId } = await seeded();
      const { interceptionId } = (await send(verdictFor, contentScript)) as { interceptionId: string };
      await send({ type: 'recordOutcome', interceptionId, outcome: 'reminded' }, contentScript);
      due.length = 0;
      const { revision } = await loadedRevisions(processId);
      await send({ type: 'setStatus', processId, status: 'offer', revision });
      expect(due.at(-1)).toHaveLength(1); // due, handed to the effects... which never ran
      const next = await worker();
      let { state } = await next.store.readState(NOW);
      if (state.connectLater[0]?.notifiedAt) return 'marked sent although never shown';
      // notifications.create failing (the worker dying inside it) keeps it pending too.
      const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('worker stopped'));
      await expect(next.effects.deliverPendingConnectNow(state, NOW)).rejects.toThrow('worker stopped');
      create.mockRestore();
      ({ state } = await next.store.readState(NOW));
      if (state.connectLater[0]?.notifiedAt) return 'marked sent although never shown';
      // The next chance (the hourly refresh, any commit) shows it and only then marks it.
      await next.effects.deliverPendingConnectNow(state, NOW);
      expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([
        `connect:${state.connectLater[0]!.id}`,
      ]);
      ({ state } = await next.store.readState(NOW));
      if (state.connectLater[0]?.notifiedAt !== NOW.toISOString()) return 'not marked after being shown';
      // Once marked, never again.
      await fakeBrowser.notifications.clear(`connect:${state.connectLater[0]!.id}`);
      await next.effects.deliverPendingConnectNow(state, NOW);
      return Object.keys(fakeBrowser.notifications.getAllCreateOptions()).length === 0;
    });
  });
});
