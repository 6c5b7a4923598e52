// The worker's one message router: parse, check the sender, apply in core, answer.
import browser, { type Runtime } from 'webextension-polyfill';
import {
  CommandError,
  deleteProcess,
  restoreRemoved,
  saveProcess,
  saveSettings,
  setStatus,
  type Removed,
} from '../core/commands.ts';
import { explain } from '../core/explain.ts';
import { PersonLookup } from '../core/match.ts';
import { ContentMessage } from '../core/messages.ts';
import { PageMessage, type ChangeReply, type ErrorReply, type SaveReply, type StateReply, type VerdictResponse } from '../core/pageMessages.ts';
import { validateProcessDraft } from '../core/processForm.ts';
import { decide } from '../core/rule.ts';
import { Person, Process, type State } from '../core/schema.ts';
import { watchEntry } from '../core/watchIndex.ts';
import { z } from '../core/zod.ts';
import { isExtensionPage, isOwnContentScript, type RuntimeLike } from './sender.ts';
import { readKeys, readState, updateState } from './store.ts';

export const UNDO_KEY = 'undo';
const UndoRecord = z.object({ process: Process, index: z.number(), people: z.array(Person) });

export interface RouterDeps {
  runtime: RuntimeLike;
  now: () => Date;
  newId: () => string;
}

const defaultDeps = (): RouterDeps => ({
  runtime: browser.runtime,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
});

export function handleMessage(message: unknown, sender: Runtime.MessageSender, deps: RouterDeps = defaultDeps()) {
  if (isExtensionPage(sender, deps.runtime)) {
    const parsed = PageMessage.safeParse(message);
    if (!parsed.success) return Promise.resolve<ErrorReply>({ error: 'Malformed message.' });
    return onPageMessage(parsed.data, deps);
  }
  if (isOwnContentScript(sender, deps.runtime)) {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) return Promise.resolve<ErrorReply>({ error: 'Malformed message.' });
    return onContentMessage(parsed.data, deps);
  }
  // Anything else (another extension, a web page) gets no answer at all.
  return undefined;
}

async function onPageMessage(message: PageMessage, deps: RouterDeps): Promise<StateReply | SaveReply | ChangeReply> {
  const now = deps.now();
  const env = { now, newId: deps.newId };
  switch (message.type) {
    case 'getState': {
      const [{ state, problems }, stored] = await Promise.all([readState(now), readKeys([UNDO_KEY])]);
      return { state, problems, canUndo: UndoRecord.safeParse(stored[UNDO_KEY]).success };
    }
    case 'saveProcess': {
      const checked = validateProcessDraft(message.draft);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      return change(now, (state) => {
        const saved = saveProcess(state, checked.value, env);
        return { state: saved.state, result: { ok: true as const, processId: saved.processId, state: saved.state } };
      }).then((reply) => ('error' in reply ? { ok: false, errors: { form: reply.error } } : reply));
    }
    case 'setStatus':
      return change(now, (state) => done(setStatus(state, message.processId, message.status, env)));
    case 'deleteProcess':
      return change(now, (state) => {
        const { state: next, removed } = deleteProcess(state, message.processId);
        return { ...done(next), extra: { [UNDO_KEY]: removed } };
      });
    case 'undoDelete': {
      const stored = UndoRecord.safeParse((await readKeys([UNDO_KEY]))[UNDO_KEY]);
      if (!stored.success) return { ok: false, error: 'There is nothing to undo.' };
      const removed: Removed = stored.data;
      return change(now, (state) => ({ ...done(restoreRemoved(state, removed)), extra: { [UNDO_KEY]: null } }));
    }
    case 'saveSettings':
      return change(now, (state) => done(saveSettings(state, message.settings)));
  }
}

function done(state: State) {
  return { state, result: { ok: true as const, state } };
}

/** Runs a command in the write queue; a refused command (CommandError) becomes a message. */
async function change<T>(
  now: Date,
  command: (state: State) => { state: State; result: T; extra?: Record<string, unknown> },
): Promise<T | { ok: false; error: string }> {
  try {
    return await updateState(now, command);
  } catch (error) {
    if (error instanceof CommandError) return { ok: false, error: error.message };
    throw error;
  }
}

async function onContentMessage(message: ContentMessage, deps: RouterDeps): Promise<VerdictResponse> {
  const now = deps.now();
  const { state } = await readState(now);
  const matches = new PersonLookup(state.people.map(watchEntry)).find(message.person);
  const verdict = decide(matches, state, now);
  return {
    verdict,
    dialog: verdict.action === 'stop' ? explain(verdict, state, message.kind, now) : undefined,
  };
}
