// The worker's one message router: parse, check the sender, apply in core, answer.
import browser, { type Runtime } from 'webextension-polyfill';
import { CommandError } from '../core/commandError.ts';
import { explain, type Words } from '../core/explain.ts';
import { learnAliases } from '../core/aliases.ts';
import { profileUrlOf, researchChecklist } from '../core/research.ts';
import { recordInterception, recordOutcome } from '../core/outcomes.ts';
import { ContentMessage, type CommentReply } from '../core/messages.ts';
import { PageMessage, type ErrorReply, type VerdictResponse } from '../core/pageMessages.ts';
import { decide } from '../core/rule.ts';
import { change, commit } from './commit.ts';
import { browserEffects, type Effects } from './effects.ts';
import { MISS_KEY, MissCounts, onPageMessage } from './pageCommands.ts';
import { isExtensionPage, isOwnContentScript, type RuntimeLike } from './sender.ts';
import { words } from './words.ts';
import { enqueue } from './store.ts';
import { verdictData } from './verdictCache.ts';
import { commentOutcome } from './handlers/commentOutcome.ts';
import { noteComment } from './handlers/noteComment.ts';
import { notePending } from './handlers/notePending.ts';

export { BACKUP_KEY, MISS_KEY } from './pageCommands.ts';
export { DELETED_KEY } from './deleted.ts';

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
    if (!parsed.success) return Promise.resolve<ErrorReply>({ error: 'Malformed message.' });
    return onPageMessage(parsed.data, deps);
  }
  if (isOwnContentScript(sender, deps.runtime)) {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) return Promise.resolve<ErrorReply>({ error: 'Malformed message.' });
    return onContentMessage(parsed.data, deps, sender.tab?.id);
  }
  // Anything else (another extension, a web page) gets no answer at all.
  return undefined;
}

function noteMiss(site: 'linkedin' | 'facebook'): Promise<{ ok: true }> {
  return enqueue(async () => {
    const got = await browser.storage.local.get(MISS_KEY);
    const parsed = MissCounts.safeParse(got[MISS_KEY]);
    const counts: Partial<Record<'linkedin' | 'facebook', number>> = parsed.success ? parsed.data : {};
    await browser.storage.local.set({ [MISS_KEY]: { ...counts, [site]: (counts[site] ?? 0) + 1 } });
    return { ok: true as const };
  });
}

async function onContentMessage(
  message: ContentMessage,
  deps: RouterDeps,
  tabId: number | undefined,
): Promise<VerdictResponse | CommentReply | { ok: true } | ErrorReply> {
  const now = deps.now();
  switch (message.type) {
    case 'noteComment':
      return noteComment(message, now);
    case 'commentOutcome':
      return commentOutcome(message, now);
    case 'notePending':
      return notePending(message, now);
    case 'noteMiss':
      // The notice is a badge on that tab, outside the page (docs/SECURITY.md).
      if (tabId !== undefined) await deps.effects.missBadge?.(tabId, message.missing);
      return message.missing ? noteMiss(message.site) : { ok: true };
    case 'noteAlias': {
      // Only ever adds a key to a watched person who already owns one of the two; anything
      // else leaves the state as it was (and then nothing is written or republished).
      const reply = await change(deps, now, (state) => ({
        state: learnAliases(state, message.identities, now),
        result: { ok: true as const },
      }));
      return 'error' in reply ? { error: reply.error } : { ok: true };
    }
    case 'getVerdict': {
      // Answered from the verdict cache (no read, validation or lookup rebuild per click).
      const { state, lookup } = await verdictData(now);
      const matches = lookup.find(message.person);
      const verdict = decide(matches, state, now);
      if (verdict.action === 'allow') return { verdict };
      const process = state.processes.find((p) => p.id === verdict.processId);
      const person = state.people.find((p) => p.id === verdict.personId);
      const identity = message.person.identity;
      const id = deps.newId();
      const w = deps.words();
      const reply: VerdictResponse = {
        verdict,
        interceptionId: id,
        friction: state.settings.friction,
        dialog: explain(verdict, state, message.kind, now, w, matches.length),
        research: researchChecklist(identity, process?.company ?? w.t('theCompany'), w.t),
        commentAdvice: w.t('commentAdvice'),
      };
      // The interception is logged after the answer: the dialog must not wait for a write of
      // the whole state. It is queued now, so the user's choice (recordOutcome, queued later)
      // always finds it. A log that cannot be written (storage full; data saved by a newer
      // version, which is read-only) does not cost the protection: the click is stopped and
      // explained all the same, and the choice then gets a clear refusal (errInterceptionGone).
      commit(deps, now, (current) => ({
        state: recordInterception(current, {
          id,
          at: now.toISOString(),
          site: message.person.site,
          kind: message.kind,
          personName: person?.name ?? message.person.name ?? '',
          personId: verdict.personId,
          processId: verdict.processId,
          company: process?.company ?? '',
          reason: verdict.reason,
          outcome: 'shown',
          ...(identity ? { profileUrl: profileUrlOf(identity) } : {}),
          ...(process ? { processRevision: process.revision } : {}),
        }),
        result: undefined,
      })).catch((error: unknown) => {
        if (!(error instanceof CommandError)) console.error('Offer First: the interception could not be logged', error);
      });
      return reply;
    }
    case 'recordOutcome': {
      const reply = await change(deps, now, (state) => ({
        state: recordOutcome(state, message.interceptionId, message.outcome, message.note, { now, newId: deps.newId }),
        result: { ok: true as const },
      }));
      return 'error' in reply ? { error: reply.error } : { ok: true };
    }
  }
}
