// Commands from the extension's own pages (popup, options) to the worker, and its replies.
// The worker accepts these only from its own pages (background/sender.ts).
import type { MergeSummary } from './backup/merge.ts';
import type { DialogModel } from './explain.ts';
import { ProcessDraft, type FieldErrors } from './processForm.ts';
import type { Verdict } from './rule.ts';
import type { ResearchItem } from './research.ts';
import { ProcessStatus, Settings, type Friction, type State } from './schema.ts';
import { z } from './zod.ts';

const processId = z.string().check(z.minLength(1), z.maxLength(64));
/** The revision the page loaded: a change built on an older one is refused. */
const revision = z.number().check(z.int(), z.nonnegative());

export const PageMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getState') }),
  z.object({ type: z.literal('saveProcess'), draft: ProcessDraft }),
  z.object({ type: z.literal('setStatus'), processId, status: ProcessStatus, revision }),
  z.object({ type: z.literal('deleteProcess'), processId, revision }),
  /** Undo names the deletion it takes back (deleteProcess answers with its id). */
  z.object({ type: z.literal('undoDelete'), deletionId: processId }),
  z.object({ type: z.literal('saveSettings'), settings: Settings, revision }),
  z.object({
    type: z.literal('importBackup'),
    // The file's text: parsed and checked in the worker, never trusted from the page.
    text: z.string().check(z.maxLength(6_000_000)),
    mode: z.enum(['merge', 'replace']),
  }),
  z.object({ type: z.literal('restoreBackup') }),
  // Issue 14: what the popup shows beside the list (comment pacing, invitations pending), and
  // "Leave it" on a pending invitation.
  z.object({ type: z.literal('getPacing') }),
  z.object({ type: z.literal('dismissPending'), personId: processId }),
]);
export type PageMessage = z.infer<typeof PageMessage>;

// Replies. The worker is the only writer; pages re-render from the state it returns.
export type DeletionSummary = { id: string; deletedAt: string; company: string; role: string };
export type StateReply = {
  ok: true;
  state: State;
  problems: string[];
  /** Deletions that can still be undone, newest first. */
  recentlyDeleted: DeletionSummary[];
  /** Set when the data was saved by a newer version: shown, never written. */
  readOnly?: { schemaVersion: number } | undefined;
  /** When the state from before the last import was saved, if there is one to restore. */
  backupSavedAt?: string | undefined;
  /** Pages where no request control was found on a watched profile, per site. */
  missCounts?: Partial<Record<'linkedin' | 'facebook', number>>;
};
export type ImportReply =
  { ok: true; state: State; summary: MergeSummary; problems: string[] } | { ok: false; errors: string[] };
/** A refusal carries `state` when the process changed meanwhile, so the page can show it. */
export type SaveReply =
  { ok: true; processId: string; state: State } | { ok: false; errors: FieldErrors; state?: State | undefined };
export type ChangeReply = { ok: true; state: State } | { ok: false; error: string; state?: State | undefined };
export type DeleteReply =
  { ok: true; state: State; deletionId: string } | { ok: false; error: string; state?: State | undefined };
export type FailedReply = { ok: false; error: string };
export type VerdictResponse = {
  verdict: Verdict;
  interceptionId?: string;
  friction?: Friction;
  dialog?: DialogModel | undefined;
  research?: ResearchItem[];
  commentAdvice?: string;
};
export type ErrorReply = { error: string };

/** One watched interviewer's comment count in an open process, and invitations already pending. */
export type PacingReply =
  | {
      ok: true;
      comments: Array<{ personId: string; name: string; company: string; count: number; limit: number }>;
      pending: Array<{
        personId: string;
        name: string;
        site: 'linkedin' | 'facebook';
        profileUrl?: string | undefined;
      }>;
    }
  | FailedReply;
