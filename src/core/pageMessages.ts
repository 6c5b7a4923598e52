// Commands from the extension's own pages (popup, options) to the worker, and its replies.
// The worker accepts these only from its own pages (background/sender.ts).
import type { MergeSummary } from './backup/merge.ts';
import { ProcessDraft, type FieldErrors } from './processForm.ts';
import { ProcessStatus, Settings, type State } from './schema.ts';
import type { Site } from './vocabulary.ts';
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
  missCounts?: Partial<Record<Site, number>>;
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
export type ErrorReply = { error: string };

/**
 * The protocol map: each page command's type and the reply it gets. ui/api.ts sends with it
 * (callers get the reply type without a cast) and background/handlers/ answers with it (one
 * handler per command, typed by its entry here).
 */
export interface PageReplies {
  getState: StateReply | FailedReply;
  saveProcess: SaveReply;
  setStatus: ChangeReply;
  deleteProcess: DeleteReply;
  undoDelete: ChangeReply;
  saveSettings: ChangeReply;
  importBackup: ImportReply;
  restoreBackup: ChangeReply;
}
export type PageCommand = PageMessage['type'];
export type PageMessageOf<K extends PageCommand> = Extract<PageMessage, { type: K }>;
// Fails the type-check when a command of PageMessage has no reply type above, or the reverse.
export type PageProtocolComplete = [Exclude<PageCommand, keyof PageReplies>, Exclude<keyof PageReplies, PageCommand>];
export const PAGE_PROTOCOL_COMPLETE: PageProtocolComplete extends [never, never] ? true : never = true;
