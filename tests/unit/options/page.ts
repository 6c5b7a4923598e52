// The options page for section tests: the real markup (src/options/index.html) in happy-dom, a
// fake api that records every message a section sends and answers what the test set, and deps
// whose state and stored-reply feeds the test drives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enGB } from 'date-fns/locale';
import type { StateReply } from '../../../src/core/pageMessages.ts';
import type { State } from '../../../src/core/schema.ts';
import type { Api, SectionDeps } from '../../../src/options/section.ts';
import { NOW } from '../support/state.ts';
import { t } from '../support/words.ts';

const HTML = readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'options', 'index.html'), 'utf8');

/** Puts the page's body in the document and returns the section `#id`. */
export function section(id: string): HTMLElement {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(HTML)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
  document.body.innerHTML = body; // the repository's own markup, not page or user text
  const root = document.getElementById(id);
  if (!root) throw new Error(`no #${id} in the options page`);
  return root;
}

type Replies = { [K in keyof Api]?: Awaited<ReturnType<Api[K]>> };

export interface Fake {
  deps: SectionDeps;
  /** Messages sent, in order: the api method and its arguments. */
  sent: Array<{ type: keyof Api; args: unknown[] }>;
  announced: string[];
  downloads: Array<{ name: string; type: string; text: string }>;
  shown: State[];
  refreshed: number;
  replies: Replies;
  emitState(state: State): void;
  emitStored(reply: StateReply): void;
}

export function fakeDeps(replies: Replies = {}): Fake {
  const stateListeners: Array<(state: State) => void> = [];
  const storedListeners: Array<(reply: StateReply) => void> = [];
  const fake: Fake = {
    sent: [],
    announced: [],
    downloads: [],
    shown: [],
    refreshed: 0,
    replies,
    emitState: (state) => stateListeners.forEach((l) => l(state)),
    emitStored: (reply) => storedListeners.forEach((l) => l(reply)),
    deps: undefined as unknown as SectionDeps,
  };
  const method =
    (type: keyof Api) =>
    async (...args: unknown[]) => {
      fake.sent.push({ type, args });
      const reply = fake.replies[type];
      if (!reply) throw new Error(`the test set no reply for ${type}`);
      return reply;
    };
  const api = Object.fromEntries(
    (
      [
        'getState',
        'saveProcess',
        'setStatus',
        'deleteProcess',
        'undoDelete',
        'saveSettings',
        'importBackup',
        'restoreBackup',
        'getSync',
        'setSync',
      ] as const
    ).map((type) => [type, method(type)]),
  ) as unknown as Api;
  fake.deps = {
    api,
    t,
    locale: enGB,
    now: () => NOW,
    timeZone: () => 'Europe/Lisbon',
    download: (name, type, text) => void fake.downloads.push({ name, type, text }),
    announce: (message) => void fake.announced.push(message),
    onState: (listener) => void stateListeners.push(listener),
    onStored: (listener) => void storedListeners.push(listener),
    show: (state) => void fake.shown.push(state),
    refresh: async () => void fake.refreshed++,
  };
  return fake;
}

/** A stored-state reply as getState gives it. */
export const stored = (state: State, extra: Partial<StateReply> = {}): StateReply => ({
  ok: true,
  state,
  problems: [],
  recentlyDeleted: [],
  ...extra,
});

/** Chooses `text` as the file of a file input and fires what the browser fires. */
export function chooseFile(input: HTMLInputElement, text: string, name = 'file.txt'): void {
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] });
  input.dispatchEvent(new Event('change'));
}

/** Lets the section's awaited replies and file reads settle. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
