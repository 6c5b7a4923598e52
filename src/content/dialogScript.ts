// The second content script, at document_idle: the dialog and what drives it, and the miss
// notice with the sites' profile probes, kept out of the script every page loads at
// document_start (see lazyDialog.ts).
import { PROBES } from '../sites/probes.ts';
import { createInterceptor } from './intercept.ts';
import { registerDialog } from './lazyDialog.ts';
import { watchForMisses } from './missWatch.ts';

registerDialog({
  createInterceptor,
  watchForMisses: ({ site, ...deps }) => watchForMisses({ ...deps, probe: PROBES[site] }),
});
