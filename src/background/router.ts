// The worker's one message router: parse, check the sender's tier, hand to the message's handler (handlers/).
import browser, { type Runtime } from 'webextension-polyfill';
import type { Words } from '../core/explain.ts';
import { ContentMessage, type ContentCommand, type ContentMessageOf, type ContentReplies } from '../core/messages.ts';
import { PageMessage, type ErrorReply } from '../core/pageMessages.ts';
import { browserEffects, type Effects } from './effects.ts';
import { contentHandlers } from './handlers/index.ts';
import { onPageMessage } from './pageCommands.ts';
import { isExtensionPage, isOwnContentScript, type RuntimeLike } from './sender.ts';
import { words } from './words.ts';

export interface RouterDeps {
  runtime: RuntimeLike;
  now: () => Date;
  newId: () => string;
  effects: Effects;
  words: () => Words;
}

const defaultDeps = (): RouterDeps => ({
  runtime: browser.runtime,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  effects: browserEffects,
  words,
});

export function handleMessage(message: unknown, sender: Runtime.MessageSender, deps: RouterDeps = defaultDeps()) {
  if (isExtensionPage(sender, deps.runtime)) {
    const parsed = PageMessage.safeParse(message);
    if (!parsed.success) return Promise.resolve<ErrorReply>({ error: deps.words().t('errMalformedMessage') });
    return onPageMessage(parsed.data, deps);
  }
  if (isOwnContentScript(sender, deps.runtime)) {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) return Promise.resolve<ErrorReply>({ error: deps.words().t('errMalformedMessage') });
    return onContentMessage(parsed.data, deps, sender.tab?.id);
  }
  // Anything else (another extension, a web page) gets no answer at all.
  return undefined;
}

async function onContentMessage<K extends ContentCommand>(
  message: ContentMessageOf<K>,
  deps: RouterDeps,
  tabId: number | undefined,
): Promise<ContentReplies[K]> {
  const type: K = message.type;
  return contentHandlers[type](message, deps, tabId);
}
