// What a handler is: one function per message type, typed by the protocol maps
// (core/pageMessages.ts PageReplies, core/messages.ts ContentReplies). The router has already
// parsed the message with its schema and checked the sender's tier before a handler runs.
import type { Words } from '../../core/explain.ts';
import type { ContentCommand, ContentMessageOf, ContentReplies } from '../../core/messages.ts';
import type { PageCommand, PageMessageOf, PageReplies } from '../../core/pageMessages.ts';
import type { CommitDeps } from '../commit.ts';
import type { Effects } from '../effects.ts';

export interface HandlerDeps extends CommitDeps {
  now: () => Date;
  newId: () => string;
  words: () => Words;
  effects: Effects;
}

export type PageHandler<K extends PageCommand> = (
  message: PageMessageOf<K>,
  deps: HandlerDeps,
) => Promise<PageReplies[K]>;

/** Content handlers also learn the sender's tab (a badge is set on it, never in the page). */
export type ContentHandler<K extends ContentCommand> = (
  message: ContentMessageOf<K>,
  deps: HandlerDeps,
  tabId: number | undefined,
) => Promise<ContentReplies[K]>;
