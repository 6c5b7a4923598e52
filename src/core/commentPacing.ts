// Comment pacing (the advice: a thoughtful comment on one or two of the interviewer's
// posts helps; more starts to feel like pressure). Pure: the worker reads and writes the record.
import type { PersonMatch } from './personMatch.ts';
import { decide } from './rule.ts';
import type { State } from './schema.ts';
import { MAX_POSTS, type CommentPacing } from './pacingSchemas.ts';

/** Posts of one interviewer that pass without a word, per process. */
export const COMMENT_LIMIT = 2;

export interface CommentTarget {
  personId: string;
  processId: string;
  post: string;
}

export type CommentDecision = { action: 'allow'; record: CommentPacing } | { action: 'stop'; count: number };

const same = (a: { personId: string; processId: string }, b: CommentTarget) =>
  a.personId === b.personId && a.processId === b.processId;

/**
 * A comment about to be posted on `target.post`: counted and let through for the first posts
 * and for a post already counted (replies in the same post count once); held for a further
 * post, unless the user already chose "Post anyway" in this process.
 */
export function noteComment(record: CommentPacing, target: CommentTarget): CommentDecision {
  const entry = record.entries.find((e) => same(e, target));
  const posts = entry?.posts ?? [];
  if (posts.includes(target.post)) return { action: 'allow', record };
  if (posts.length >= COMMENT_LIMIT && !entry?.postedAnyway) return { action: 'stop', count: posts.length };
  return { action: 'allow', record: withPost(record, target, entry?.postedAnyway === true) };
}

/** After "Post anyway": the post is counted, and (unless the user asks to be asked again) later ones pass. */
export function postAnyway(record: CommentPacing, target: CommentTarget, askAgain: boolean): CommentPacing {
  return withPost(record, target, !askAgain);
}

function withPost(record: CommentPacing, target: CommentTarget, postedAnyway: boolean): CommentPacing {
  const entry = record.entries.find((e) => same(e, target));
  const posts = entry?.posts.includes(target.post)
    ? entry.posts
    : [...(entry?.posts ?? []), target.post].slice(-MAX_POSTS);
  const next = {
    personId: target.personId,
    processId: target.processId,
    posts,
    ...(postedAnyway || entry?.postedAnyway ? { postedAnyway: true } : {}),
  };
  return { entries: [...record.entries.filter((e) => !same(e, target)), next] };
}

/** How many posts of this person the user commented on in this process. */
export function commentedOn(record: CommentPacing, personId: string, processId: string): number {
  return record.entries.find((e) => e.personId === personId && e.processId === processId)?.posts.length ?? 0;
}

/**
 * Which person and process a comment on a watched author's post counts for: the process the
 * rule would stop a request in. "Send anyway" for a connection request says nothing about
 * comments, so those allowances are left out; after the offer, or once the process is closed,
 * there is none (nothing is counted or held).
 */
export function pacingTarget(
  matches: readonly PersonMatch[],
  state: State,
  now: Date,
): { personId: string; processId: string } | undefined {
  const verdict = decide(matches, { ...state, allowances: [] }, now);
  return verdict.action === 'stop' ? { personId: verdict.personId, processId: verdict.processId } : undefined;
}
