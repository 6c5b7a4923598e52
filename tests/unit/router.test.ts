import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { handleMessage, type RouterDeps } from '../../src/background/router.ts';
import { INDEX_KEY, QUARANTINE_KEY, STATE_KEY, readState } from '../../src/background/store.ts';
import type { InterviewInput } from '../../src/core/interviewInput.ts';
import { NOW } from './support/state.ts';

const BASE = 'chrome-extension://offerfirst/';
let counter = 0;
const deps: RouterDeps = {
  runtime: { id: 'offerfirst', getURL: (path) => BASE + path },
  now: () => NOW,
  newId: () => `id${++counter}`,
};
const popup: Runtime.MessageSender = { id: 'offerfirst', url: `${BASE}src/popup/index.html` };
const contentScript: Runtime.MessageSender = {
  id: 'offerfirst',
  url: 'https://www.linkedin.com/in/dana-whitfield/',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

const interview: InterviewInput = {
  company: 'Northwind Labs',
  role: 'Staff Engineer',
  at: new Date(NOW.getTime() + 5 * 86_400_000).toISOString(),
  interviewerName: 'Dana Whitfield',
  linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/',
  facebookUrl: '',
};

const send = (message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender, deps);

describe('message router', () => {
  it('adds an interview from the popup and writes state and watch index together', async () => {
    expect(await send({ type: 'addInterview', input: interview }, popup)).toEqual({ ok: true });
    const stored = await fakeBrowser.storage.local.get([STATE_KEY, INDEX_KEY]);
    expect(stored[STATE_KEY]).toMatchObject({ schemaVersion: 1, processes: [{ company: 'Northwind Labs', status: 'scheduled' }] });
    expect(stored[INDEX_KEY]).toMatchObject({ v: 1, people: [{ name: 'Dana Whitfield', keys: ['linkedin:slug:dana-whitfield'] }] });
  });

  it('answers a content script with a stop verdict and the dialog text', async () => {
    await send({ type: 'addInterview', input: interview }, popup);
    const reply = await send(
      { type: 'getVerdict', kind: 'connect', person: { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'dana-whitfield' } } },
      contentScript,
    );
    expect(reply).toMatchObject({
      verdict: { action: 'stop', reason: 'before-interview' },
      dialog: { summary: 'Interview with Northwind Labs in 5 days' },
    });
  });

  it('refuses invalid input with field messages and saves nothing', async () => {
    const reply = await send({ type: 'addInterview', input: { ...interview, company: '', linkedinUrl: 'https://example.com' } }, popup);
    expect(reply).toMatchObject({ ok: false, errors: { company: expect.any(String), linkedinUrl: expect.any(String) } });
    expect(await fakeBrowser.storage.local.get(STATE_KEY)).toEqual({});
  });

  it('never lets a content script send page commands', async () => {
    expect(await send({ type: 'addInterview', input: interview }, contentScript)).toEqual({ error: 'Malformed message.' });
    expect(await fakeBrowser.storage.local.get(STATE_KEY)).toEqual({});
  });

  it('ignores other extensions and web pages', () => {
    expect(send({ type: 'getState' }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' })).toBeUndefined();
    expect(send({ type: 'getState' }, { url: 'https://evil.example/' })).toBeUndefined();
  });

  it('rejects malformed messages', async () => {
    expect(await send({ type: 'addInterview' }, popup)).toEqual({ error: 'Malformed message.' });
    expect(await send('hello', contentScript)).toEqual({ error: 'Malformed message.' });
  });

  it('serialises concurrent writes: nothing is lost', async () => {
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => send({ type: 'addInterview', input: { ...interview, company: `Company ${i}` } }, popup)),
    );
    const { state } = await readState();
    expect(state.processes.map((p) => p.company).sort()).toEqual(['Company 0', 'Company 1', 'Company 2', 'Company 3', 'Company 4']);
  });

  it('keeps unreadable stored data aside instead of dropping it', async () => {
    const corrupt = { schemaVersion: 1, people: 'oops', processes: [] };
    await fakeBrowser.storage.local.set({ [STATE_KEY]: corrupt });
    expect(await send({ type: 'getState' }, popup)).toMatchObject({ problem: expect.stringMatching(/could not be read/) });
    await send({ type: 'addInterview', input: interview }, popup);
    const stored = await fakeBrowser.storage.local.get(QUARANTINE_KEY);
    expect(stored[QUARANTINE_KEY]).toMatchObject([{ data: corrupt }]);
  });

  it('refuses data saved by a newer version rather than overwriting it blindly', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: { schemaVersion: 99 } });
    expect((await readState()).problem).toMatch(/newer version/);
  });
});
