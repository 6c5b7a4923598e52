// The worker's router as the pages and content scripts reach it, over fake-browser storage.
import type { Runtime } from 'webextension-polyfill';
import { handleMessage, type RouterDeps } from '../../../src/background/router.ts';
import type { ProcessDraft } from '../../../src/core/processForm.ts';
import { NOW } from './state.ts';
import { words } from './words.ts';

export const BASE = 'chrome-extension://offerfirst/';
let counter = 0;
export const deps: RouterDeps = {
  runtime: { id: 'offerfirst', getURL: (path) => BASE + path },
  now: () => NOW,
  newId: () => `id${++counter}`,
  effects: { afterCommit: () => undefined },
  words: () => words,
};
export const popup: Runtime.MessageSender = { id: 'offerfirst', url: `${BASE}src/popup/index.html` };
export const options: Runtime.MessageSender = { id: 'offerfirst', url: `${BASE}src/options/index.html` };
const TAB = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
/** Our content script in a tab at `url`. */
export const contentScriptAt = (url: string): Runtime.MessageSender => ({ id: 'offerfirst', url, tab: TAB });
/** The same tab's page itself, or another extension's script there: no id of ours. */
export const webPageAt = (url: string): Runtime.MessageSender => ({ url, tab: TAB });
export const contentScript = contentScriptAt('https://www.linkedin.com/in/priya-raman/');

export const send = <T = unknown>(message: unknown, sender: Runtime.MessageSender = popup) =>
  handleMessage(message, sender, deps) as Promise<T>;

type PersonIn = {
  id?: string;
  name: string;
  linkedinUrl?: string;
  facebookUrl?: string;
  base?: { name: string; linkedinUrl: string; facebookUrl: string };
};

export const draftOf = (company: string, people: PersonIn[], extra: Partial<ProcessDraft> = {}): ProcessDraft => ({
  company,
  role: 'Staff Engineer',
  status: 'scheduled',
  notes: '',
  rounds: [
    {
      at: new Date(NOW.getTime() + 5 * 86_400_000).toISOString(),
      timeZone: 'Europe/Lisbon',
      label: '',
      interviewers: people.map((p) => ({ linkedinUrl: '', facebookUrl: '', ...p })),
    },
  ],
  ...extra,
});
