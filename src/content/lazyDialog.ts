// The dialog's code (dialog, interceptor, reply check) and the miss notice are not in the
// script every page loads at document_start: they come in a second content script at
// document_idle (dialogScript.ts),
// in the same isolated world, and registers itself on that world's global object, which the
// page cannot see. A click stopped before it arrived waits for it; nothing is web-accessible.
import type { Interceptor, InterceptorDeps } from './intercept.ts';
import type { Site } from '../core/vocabulary.ts';
import type { CommentPacer, CommentPacerDeps } from './commentPacer.ts';
import type { MissWatch, MissWatchDeps } from './missWatch.ts';

/** The miss watch's needs, with the site named: its profile probe comes with the dialog script. */
export type SiteMissWatchDeps = Omit<MissWatchDeps, 'probe'> & { site: Site };

/** A slot on the isolated world's global object, shared by the two content scripts. */
export const DIALOG_SLOT = '__offerFirstDialog';

export interface DialogModule {
  createInterceptor(deps: InterceptorDeps): Interceptor;
  watchForMisses(deps: SiteMissWatchDeps): MissWatch;
  createCommentPacer(deps: CommentPacerDeps): CommentPacer;
}

type Slot = DialogModule | ((module: DialogModule) => void) | undefined;
const scope = globalThis as unknown as Record<typeof DIALOG_SLOT, Slot>;

let loaded: Promise<DialogModule> | undefined;

/** One promise for every caller: the slot holds a single waiter. */
function dialogModule(): Promise<DialogModule> {
  loaded ??= new Promise((resolve) => {
    const slot = scope[DIALOG_SLOT];
    if (slot && typeof slot === 'object') return resolve(slot);
    scope[DIALOG_SLOT] = (module) => {
      scope[DIALOG_SLOT] = module;
      resolve(module);
    };
  });
  return loaded;
}

/** Called by dialogScript.ts when it runs. */
export function registerDialog(module: DialogModule): void {
  const slot = scope[DIALOG_SLOT];
  if (typeof slot === 'function') slot(module);
  else scope[DIALOG_SLOT] = module;
}

/** An interceptor whose code loads with the document_idle script. */
export function lazyInterceptor(deps: InterceptorDeps): Interceptor {
  let real: Interceptor | undefined;
  let closed = false;
  const ready = dialogModule().then((module) => (real = module.createInterceptor(deps)));
  return {
    async resolve(recognition, replay) {
      const interceptor = await ready;
      if (!closed) await interceptor.resolve(recognition, replay);
    },
    close() {
      closed = true;
      real?.close();
    },
  };
}

/** The miss notice (it looks only after the page had time to render), once its code is loaded. */
export function lazyMissWatch(deps: SiteMissWatchDeps): MissWatch {
  let real: MissWatch | undefined;
  let stopped = false;
  void dialogModule().then((module) => {
    if (!stopped) real = module.watchForMisses(deps);
  });
  return {
    stop() {
      stopped = true;
      real?.stop();
    },
    seen(person) {
      real?.seen(person);
    },
  };
}

/**
 * The comment pacer, once its code is loaded: until then (the page is still loading, long
 * before anyone posts a comment) nothing is held.
 */
export function lazyCommentPacer(deps: CommentPacerDeps): CommentPacer {
  let real: CommentPacer | undefined;
  void dialogModule().then((module) => (real = module.createCommentPacer(deps)));
  return (event, target) => real?.(event, target);
}
