// commentOutcome: "Post anyway" in the pacing dialog. The post is counted, and unless the user
// asked to be asked again after "Send anyway" (the same setting), later posts in that process pass.
import { pacingTarget, postAnyway } from '../../core/commentPacing.ts';
import { COMMENT_PACING_KEY } from '../../core/storageKeys.ts';
import { updateKeys } from '../store.ts';
import type { ContentHandler } from './types.ts';
import { verdictData } from '../verdictCache.ts';
import { commentRecord } from './pacingRecords.ts';

export const commentOutcome: ContentHandler<'commentOutcome'> = async (message, deps) => {
  const now = deps.now();
  const { state, lookup } = await verdictData(now);
  const target = pacingTarget(lookup.find(message.person), state, now);
  if (!target) return { ok: true };
  const askAgain = state.settings.askAgainAfterSendAnyway;
  return updateKeys([COMMENT_PACING_KEY], (stored) => ({
    result: { ok: true as const },
    write: { [COMMENT_PACING_KEY]: postAnyway(commentRecord(stored), { ...target, post: message.post }, askAgain) },
  }));
};
