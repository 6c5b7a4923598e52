// A click on a watched person's request control: allow, or stop with what the dialog says.
// Answered from the verdict cache (no read, validation or lookup rebuild per click).
import { CommandError } from '../../core/commandError.ts';
import { explain } from '../../core/explain.ts';
import type { VerdictResponse } from '../../core/messages.ts';
import { recordInterception } from '../../core/outcomes.ts';
import { profileUrlOf, researchChecklist } from '../../core/research.ts';
import { decide } from '../../core/rule.ts';
import { commit } from '../commit.ts';
import { verdictData } from '../verdictCache.ts';
import type { ContentHandler } from './types.ts';

export const getVerdict: ContentHandler<'getVerdict'> = async (message, deps) => {
  const now = deps.now();
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
  // The interception is logged after the answer: the dialog must not wait for a write of the
  // whole state. It is queued now, so the user's choice (recordOutcome, queued later) always
  // finds it. A log that cannot be written (storage full; data saved by a newer version, which
  // is read-only) does not cost the protection: the click is stopped and explained all the
  // same, and the choice then gets a clear refusal (errInterceptionGone).
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
};
