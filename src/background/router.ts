// The worker's one message router: parse, check the sender, dispatch to core, answer.
import browser, { type Runtime } from 'webextension-polyfill';
import { addInterview } from '../core/commands.ts';
import { explain, type DialogModel } from '../core/explain.ts';
import { validateInterview, type InterviewField } from '../core/interviewInput.ts';
import { PersonLookup } from '../core/match.ts';
import { ContentMessage, PageMessage } from '../core/messages.ts';
import { decide, type Verdict } from '../core/rule.ts';
import type { State } from '../core/schema.ts';
import { watchEntry } from '../core/watchIndex.ts';
import { isExtensionPage, isOwnContentScript, type RuntimeLike } from './sender.ts';
import { readState, updateState } from './store.ts';

export type VerdictResponse = { verdict: Verdict; dialog?: DialogModel | undefined };
export type StateResponse = { state: State; problem?: string | undefined };
export type AddResponse = { ok: true } | { ok: false; errors: Partial<Record<InterviewField, string>> };
export type ErrorResponse = { error: string };

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
    if (!parsed.success) return Promise.resolve<ErrorResponse>({ error: 'Malformed message.' });
    return onPageMessage(parsed.data, deps);
  }
  if (isOwnContentScript(sender, deps.runtime)) {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) return Promise.resolve<ErrorResponse>({ error: 'Malformed message.' });
    return onContentMessage(parsed.data, deps);
  }
  // Anything else (another extension, a web page via externally_connectable) gets no answer.
  return undefined;
}

async function onPageMessage(message: PageMessage, deps: RouterDeps): Promise<StateResponse | AddResponse> {
  switch (message.type) {
    case 'getState': {
      const { state, problem } = await readState();
      return { state, problem };
    }
    case 'addInterview': {
      const checked = validateInterview(message.input);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      await updateState((state) => ({
        state: addInterview(state, checked.value, { now: deps.now(), newId: deps.newId }),
        result: undefined,
      }));
      return { ok: true };
    }
  }
}

async function onContentMessage(message: ContentMessage, deps: RouterDeps): Promise<VerdictResponse> {
  const { state } = await readState();
  const now = deps.now();
  const matches = new PersonLookup(state.people.map(watchEntry)).find(message.person);
  const verdict = decide(matches, state, now);
  return {
    verdict,
    dialog: verdict.action === 'stop' ? explain(verdict, state, message.kind, now) : undefined,
  };
}
