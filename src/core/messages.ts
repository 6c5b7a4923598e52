// The message protocol between the extension's parts, checked at the worker's boundary.
// This file is the content scripts' side: a content script may only ask narrow questions
// ("what is the verdict for this person?"). Commands that change data come only from the
// extension's own pages (pageMessages.ts), kept apart so the content script bundles none of it.
import type { DialogModel } from './explain.ts';
import type { ResearchItem } from './research.ts';
import type { Verdict } from './rule.ts';
import type { Friction as FrictionWord } from './vocabulary.ts';
import { Friction, Identity, Outcome, RequestKind, Site } from './vocabularySchemas.ts';
import { z } from './zod.ts';

export const SeenPersonMessage = z.object({
  site: Site,
  identity: z.optional(Identity),
  also: z.optional(z.array(Identity).check(z.maxLength(4))),
  name: z.optional(z.string().check(z.maxLength(300))),
});

const PostKey = z.string().check(z.minLength(1), z.maxLength(200));

export const ContentMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('getVerdict'),
    kind: RequestKind,
    person: SeenPersonMessage,
  }),
  // On a watched person's profile no connect control could be recognised (missing: true), or
  // the tab navigated on from such a page (false): the worker shows or clears a badge on the
  // tab, and counts misses locally (storage key missCounts) for the options page.
  z.object({ type: z.literal('noteMiss'), site: Site, missing: z.boolean() }),
  // On a watched person's own profile the page showed two identities of theirs together (a
  // Facebook username in the URL, the numeric id in the header's add-friend link): the worker
  // remembers the pair on that person, if they are watched and one identity is already theirs.
  // Never sent for anyone else (docs/SECURITY.md).
  z.object({ type: z.literal('noteAlias'), identities: z.array(Identity).check(z.minLength(2), z.maxLength(2)) }),
  // Comment pacing: the user is posting a comment on a post whose author is watched
  // (the content script checked its list first; nothing is sent about anyone else). `post` names
  // the post only (a LinkedIn activity URN, a Facebook post id or permalink path), never the text.
  z.object({ type: z.literal('noteComment'), person: SeenPersonMessage, post: PostKey }),
  // After the pacing dialog's "Post anyway": the post is counted and the comment goes through.
  z.object({
    type: z.literal('commentOutcome'),
    person: SeenPersonMessage,
    post: PostKey,
    outcome: z.literal('posted-anyway'),
  }),
  // A watched person's profile (or the sent invitations page) shows an invitation to them still
  // pending. Only ever about a watched person (docs/SECURITY.md).
  z.object({ type: z.literal('notePending'), person: SeenPersonMessage }),
  z.object({
    // The user's choice in the dialog, completing the interception logged by getVerdict.
    type: z.literal('recordOutcome'),
    interceptionId: z.string().check(z.minLength(1), z.maxLength(64)),
    outcome: Outcome,
    note: z.optional(z.string().check(z.maxLength(500))),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;
export type ContentCommand = ContentMessage['type'];
export type ContentMessageOf<K extends ContentCommand> = Extract<ContentMessage, { type: K }>;

/** The worker's answer to getVerdict (checked on arrival with VerdictReply below). */
export type VerdictResponse = {
  verdict: Verdict;
  interceptionId?: string;
  friction?: FrictionWord;
  dialog?: DialogModel | undefined;
  research?: ResearchItem[];
  /** How much of the research checklist is ticked for the person the user acted on. */
  researched?: { done: number; total: number };
  commentAdvice?: string;
};

/** What a note or a choice is answered with: done, or why not. */
export type NoteReply = { ok: true } | { error: string };
/**
 * The protocol map of the content scripts' questions: each message type and its reply. The
 * content script still checks a verdict with VerdictReply before rendering anything (a reply
 * crosses a process boundary); the worker's handlers (background/handlers/) are typed by it.
 */
export interface ContentReplies {
  getVerdict: VerdictResponse | { error: string };
  noteMiss: NoteReply;
  noteAlias: NoteReply;
  recordOutcome: NoteReply;
  noteComment: CommentReply;
  commentOutcome: { ok: true };
  notePending: { ok: true };
}
export type ContentProtocolComplete = [
  Exclude<ContentCommand, keyof ContentReplies>,
  Exclude<keyof ContentReplies, ContentCommand>,
];
export const CONTENT_PROTOCOL_COMPLETE: ContentProtocolComplete extends [never, never] ? true : never = true;

/** The worker's answer to getVerdict, checked by the content script before it renders anything. */
export const VerdictReply = z.object({
  verdict: z.object({ action: z.enum(['allow', 'stop']) }),
  interceptionId: z.optional(z.string()),
  friction: z.optional(Friction),
  research: z.optional(z.array(z.object({ text: z.string(), url: z.optional(z.string()) }))),
  // Only ever about the watched person the user just tried to contact (docs/SECURITY.md).
  researched: z.optional(
    z.object({
      done: z.number().check(z.int(), z.nonnegative()),
      total: z.number().check(z.int(), z.positive()),
    }),
  ),
  commentAdvice: z.optional(z.string()),
  dialog: z.optional(
    z.object({
      personName: z.string(),
      title: z.string(),
      summary: z.string(),
      when: z.string(),
      explanation: z.string(),
      caution: z.optional(z.string()),
    }),
  ),
});
export type VerdictReply = z.infer<typeof VerdictReply>;

/** The worker's answer to noteComment, checked by the content script before it acts on it. */
export const CommentReply = z.object({
  action: z.enum(['allow', 'stop']),
  personName: z.optional(z.string()),
  count: z.optional(z.number()),
  friction: z.optional(z.enum(['none', 'countdown', 'reason'])),
});
export type CommentReply = z.infer<typeof CommentReply>;
