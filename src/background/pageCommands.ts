// Commands from the extension's own pages (popup, options), already parsed and sender-checked
// by the router, dispatched to their handler (handlers/). Every change names the revision it
// was built on; every failure is answered with a sentence for the page, never with silence.
import type { PageCommand, PageMessageOf, PageReplies } from '../core/pageMessages.ts';
import { describeFailure } from './failures.ts';
import { pageHandlers } from './handlers/index.ts';
import type { HandlerDeps } from './handlers/types.ts';

export type PageDeps = HandlerDeps;

/** How each command's reply says "it failed", for failures no handler foresaw. */
const failed: { [K in PageCommand]: (text: string) => PageReplies[K] } = {
  getState: (error) => ({ ok: false, error }),
  saveProcess: (error) => ({ ok: false, errors: { form: error } }),
  setStatus: (error) => ({ ok: false, error }),
  deleteProcess: (error) => ({ ok: false, error }),
  undoDelete: (error) => ({ ok: false, error }),
  saveSettings: (error) => ({ ok: false, error }),
  importBackup: (error) => ({ ok: false, errors: [error] }),
  restoreBackup: (error) => ({ ok: false, error }),
};

export async function onPageMessage<K extends PageCommand>(
  message: PageMessageOf<K>,
  deps: PageDeps,
): Promise<PageReplies[K]> {
  const type: K = message.type;
  try {
    return await pageHandlers[type](message, deps);
  } catch (error) {
    // Anything unforeseen (storage unavailable, a file nested too deep to check) still gets
    // an answer the page shows where the user acted.
    return failed[type](describeFailure(error, deps.words().t));
  }
}
