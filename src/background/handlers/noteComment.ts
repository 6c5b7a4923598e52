// noteComment: the user is posting a comment on a watched person's post. Counted per person and
// process (core/commentPacing.ts); the answer lets it through for the first two posts (and for
// replies in a post already counted), and holds a third with the dialog's words.
import { noteComment as decideComment, pacingTarget } from '../../core/commentPacing.ts';
import { COMMENT_PACING_KEY } from '../../core/storageKeys.ts';
import { updateKeys } from '../store.ts';
import type { ContentHandler } from './types.ts';
import { verdictData } from '../verdictCache.ts';
import { commentRecord } from './pacingRecords.ts';

export const noteComment: ContentHandler<'noteComment'> = async (message, deps) => {
  const now = deps.now();
  const { state, lookup } = await verdictData(now);
  const target = pacingTarget(lookup.find(message.person), state, now);
  if (!target) return { action: 'allow' }; // not watched, or after the offer / process closed
  const decision = await updateKeys([COMMENT_PACING_KEY], (stored) => {
    const record = commentRecord(stored);
    const decided = decideComment(record, { ...target, post: message.post });
    return {
      result: decided,
      ...(decided.action === 'allow' && decided.record !== record
        ? { write: { [COMMENT_PACING_KEY]: decided.record } }
        : {}),
    };
  });
  if (decision.action === 'allow') return { action: 'allow' };
  const person = state.people.find((p) => p.id === target.personId);
  return {
    action: 'stop',
    personName: person?.name ?? message.person.name ?? '',
    count: decision.count,
    friction: state.settings.friction,
  };
};
