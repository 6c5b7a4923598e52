// The pages' side of the message protocol: every change goes to the worker, the single writer.
// A call never throws: when the worker cannot be reached (or answers nothing, or crashed) the
// reply is the usual refusal with a sentence saying so, so every caller shows it where the
// user acted.
import browser from 'webextension-polyfill';
import type { FailedReply, PageCommand, PageMessage, PageMessageOf, PageReplies } from '../core/pageMessages.ts';
import type { ProcessStatus, Settings } from '../core/schema.ts';
import { t } from './i18n.ts';

type Draft = Extract<PageMessage, { type: 'saveProcess' }>['draft'];

/**
 * Sends one command and returns its reply, typed by the protocol map (core/pageMessages.ts).
 * The one cast of the pages' side is here: what the worker answers crosses a process boundary
 * as `unknown`; the router is typed by the same map, and the shape is checked for `ok`.
 */
async function send<K extends PageCommand>(
  message: PageMessageOf<K>,
  failed: (error: string) => PageReplies[K],
): Promise<PageReplies[K]> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (error) {
    return failed(t('errWorkerUnreachable', { detail: error instanceof Error ? error.message : String(error) }));
  }
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    // The router answers { error } to a message it could not read, and nothing at all when
    // nobody listens (a worker that failed to start).
    const error =
      typeof reply === 'object' && reply !== null && 'error' in reply ? String(reply.error) : t('errNoAnswer');
    return failed(error);
  }
  return reply as PageReplies[K];
}

const refusal = (error: string): FailedReply => ({ ok: false, error });

export const api = {
  getState: () => send({ type: 'getState' }, refusal),
  saveProcess: (draft: Draft) =>
    send({ type: 'saveProcess', draft }, (error) => ({ ok: false, errors: { form: error } })),
  setStatus: (processId: string, status: ProcessStatus, revision: number) =>
    send({ type: 'setStatus', processId, status, revision }, refusal),
  deleteProcess: (processId: string, revision: number) => send({ type: 'deleteProcess', processId, revision }, refusal),
  undoDelete: (deletionId: string) => send({ type: 'undoDelete', deletionId }, refusal),
  saveSettings: (settings: Settings, revision: number) => send({ type: 'saveSettings', settings, revision }, refusal),
  importBackup: (text: string, mode: 'merge' | 'replace') =>
    send({ type: 'importBackup', text, mode }, (error) => ({ ok: false, errors: [error] })),
  restoreBackup: () => send({ type: 'restoreBackup' }, refusal),
};
