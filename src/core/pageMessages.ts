// Commands from the extension's own pages (popup, options) to the worker, and its replies.
// The worker accepts these only from its own pages (background/sender.ts).
import type { DialogModel } from './explain.ts';
import { ProcessDraft, type FieldErrors } from './processForm.ts';
import type { Verdict } from './rule.ts';
import { ProcessStatus, Settings, type State } from './schema.ts';
import { z } from './zod.ts';

const processId = z.string().check(z.minLength(1), z.maxLength(64));

export const PageMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getState') }),
  z.object({ type: z.literal('saveProcess'), draft: ProcessDraft }),
  z.object({ type: z.literal('setStatus'), processId, status: ProcessStatus }),
  z.object({ type: z.literal('deleteProcess'), processId }),
  z.object({ type: z.literal('undoDelete') }),
  z.object({ type: z.literal('saveSettings'), settings: Settings }),
]);
export type PageMessage = z.infer<typeof PageMessage>;

// Replies. The worker is the only writer; pages re-render from the state it returns.
export type StateReply = { state: State; problems: string[]; canUndo: boolean };
export type SaveReply = { ok: true; processId: string; state: State } | { ok: false; errors: FieldErrors };
export type ChangeReply = { ok: true; state: State } | { ok: false; error: string };
export type VerdictResponse = { verdict: Verdict; dialog?: DialogModel | undefined };
export type ErrorReply = { error: string };
