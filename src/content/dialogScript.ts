// The second content script, at document_idle: the dialog and what drives it, the miss notice
// with the sites' profile probes, and comment pacing and pending invitations, kept out of the
// script every page loads at document_start (see lazyDialog.ts).
import { commentRecogniserFor, pendingReaderFor } from '../sites/comments.ts';
import { PROBES } from '../sites/probes.ts';
import { createCommentPacer } from './commentPacer.ts';
import { createInterceptor } from './intercept.ts';
import { registerDialog } from './lazyDialog.ts';
import { watchForMisses } from './missWatch.ts';

registerDialog({
  createInterceptor,
  watchForMisses: ({ site, ...deps }) =>
    watchForMisses({ ...deps, probe: PROBES[site], pending: pendingReaderFor(location.hostname) }),
  createCommentPacer: (deps) => createCommentPacer({ ...deps, recognise: commentRecogniserFor(location.hostname) }),
});
