// Commands from the extension's own pages (popup, options) to the worker, and its replies.
// The worker accepts these only from its own pages (background/sender.ts).
import type { MergeSummary } from './backup.ts';
import type { DialogModel } from './explain.ts';
import { ProcessDraft, type FieldErrors } from './processForm.ts';
import type { Verdict } from './rule.ts';
import type { ResearchItem } from './research.ts';
import { ProcessStatus, Settings, type Friction, type State } from './schema.ts';
import { z } from './zod.ts';

const processId = z.string().check(z.minLength(1), z.maxLength(64));

export const PageMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getState') }),
  z.object({ type: z.literal('saveProcess'), draft: ProcessDraft }),
  z.object({ type: z.literal('setStatus'), processId, status: ProcessStatus }),
  z.object({ type: z.literal('deleteProcess'), processId }),
  z.object({ type: z.literal('undoDelete') }),
  z.object({ type: z.literal('saveSettings'), settings: Settings }),
  z.object({
    type: z.literal('importBackup'),
    // The file's text: parsed and checked in the worker, never trusted from the page.
    text: z.string().check(z.maxLength(6_000_000)),
    mode: z.enum(['merge', 'replace']),
  }),
  z.object({ type: z.literal('restoreBackup') }),
]);
export type PageMessage = z.infer<typeof PageMessage>;

// Replies. The worker is the only writer; pages re-render from the state it returns.
export type StateReply = {
  state: State;
  problems: string[];
  canUndo: boolean;
  /** When the state from before the last import was saved, if there is one to restore. */
  backupSavedAt?: string | undefined;
  /** Pages where no request control was found on a watched profile, per site. */
  missCounts?: Partial<Record<'linkedin' | 'facebook', number>>;
};
export type ImportReply =
  | { ok: true; state: State; summary: MergeSummary; problems: string[] }
  | { ok: false; errors: string[] };
export type SaveReply = { ok: true; processId: string; state: State } | { ok: false; errors: FieldErrors };
export type ChangeReply = { ok: true; state: State } | { ok: false; error: string };
export type VerdictResponse = {
  verdict: Verdict;
  interceptionId?: string;
  friction?: Friction;
  dialog?: DialogModel | undefined;
  research?: ResearchItem[];
  commentAdvice?: string;
};
export type ErrorReply = { error: string };
