// The schemas of the comment-pacing and pending-invitation records beside the state (keys in
// core/storageKeys.ts; gathered with every other key's schema in core/storageSchemas.ts).
import { Site } from './vocabularySchemas.ts';
import { z } from './zod.ts';

const id = z.string().check(z.minLength(1), z.maxLength(64));

/** Most posts remembered per person and process: far more than the pacing ever needs. */
export const MAX_POSTS = 20;

/**
 * Comment pacing: per watched person and open process, the distinct posts of theirs
 * the user commented on (post keys such as `li:activity:123`, never the comment's text), and
 * whether the user chose "Post anyway" (then later posts are not held again in that process).
 */
export const CommentPacing = z.object({
  entries: z.array(
    z.object({
      personId: id,
      processId: id,
      posts: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(MAX_POSTS)),
      postedAnyway: z.optional(z.boolean()),
    }),
  ),
});
export type CommentPacing = z.infer<typeof CommentPacing>;

/**
 * Invitations already pending: a watched person whose profile, or the user's sent
 * invitations page, showed a request still waiting. Kept per person, once; `dismissed` after
 * "Leave it", for good.
 */
export const PendingInvitations = z.object({
  entries: z.array(
    z.object({
      personId: id,
      site: Site,
      seenAt: z.string().check(z.maxLength(40)),
      dismissed: z.optional(z.boolean()),
    }),
  ),
});
export type PendingInvitations = z.infer<typeof PendingInvitations>;
