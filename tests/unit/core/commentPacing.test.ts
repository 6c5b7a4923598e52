// Comment pacing's pure rules (core/commentPacing.ts): distinct posts per person and process,
// two pass, a third is held, replies count once, "Post anyway" (unless asked again) lets
// later posts pass; pending invitations are remembered once and dismissed for good.
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, commentedOn, noteComment, postAnyway } from '../../../src/core/commentPacing.ts';
import { dismissPending, notePending } from '../../../src/core/pendingInvitations.ts';
import type { CommentPacing } from '../../../src/core/pacingSchemas.ts';

const on = (post: string, processId = 'p1') => ({ personId: 'kate', processId, post });

function run(record: CommentPacing, posts: string[]) {
  const actions: string[] = [];
  for (const post of posts) {
    const decided = noteComment(record, on(post));
    actions.push(decided.action);
    if (decided.action === 'allow') record = decided.record;
  }
  return { record, actions };
}

describe('comment pacing rules', () => {
  it('lets two distinct posts through, counts replies once, holds the third', () => {
    const { record, actions } = run({ entries: [] }, ['a', 'a', 'b', 'c', 'b']);
    expect(actions).toEqual(['allow', 'allow', 'allow', 'stop', 'allow']);
    expect(commentedOn(record, 'kate', 'p1')).toBe(COMMENT_LIMIT);
  });

  it('counts each process apart', () => {
    const { record } = run({ entries: [] }, ['a', 'b']);
    expect(noteComment(record, on('c', 'p2')).action).toBe('allow');
  });

  it('after "Post anyway" later posts pass, unless the user asked to be asked again', () => {
    const { record } = run({ entries: [] }, ['a', 'b']);
    const passing = postAnyway(record, on('c'), false);
    expect(commentedOn(passing, 'kate', 'p1')).toBe(3);
    expect(noteComment(passing, on('d')).action).toBe('allow');
    const asking = postAnyway(record, on('c'), true);
    expect(noteComment(asking, on('d')).action).toBe('stop');
  });

  it('remembers a pending invitation once per person and dismisses it for good', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    const first = notePending({ entries: [] }, 'kate', 'linkedin', now)!;
    expect(first.entries).toEqual([{ personId: 'kate', site: 'linkedin', seenAt: now.toISOString() }]);
    expect(notePending(first, 'kate', 'facebook', now)).toBeUndefined();
    const dismissed = dismissPending(first, 'kate');
    expect(dismissed.entries[0]?.dismissed).toBe(true);
    expect(notePending(dismissed, 'kate', 'linkedin', now)).toBeUndefined();
  });
});
