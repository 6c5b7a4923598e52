// When the worker merges with sync: soon after sync changes (another browser's edit arriving;
// the browser may deliver its items one by one, hence the short wait), a little after every
// local change (edits made in a row go out in one write), when a deferred or failed write is
// due, and once when the worker starts. One merge runs at a time.
import browser from 'webextension-polyfill';
import { words } from '../words.ts';
import { browserEffects } from '../effects.ts';
import { onStateWritten, syncArea } from '../store.ts';
import { readStatus, runSync, type SyncDeps } from './run.ts';

/** After a change arrives from sync: the watch list follows within about a second. */
const REMOTE_DELAY_MS = 400;
/** After a local change: edits made in a row are written to sync together. */
const LOCAL_DELAY_MS = 2_000;
export const SYNC_ALARM = 'sync';

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<unknown> = Promise.resolve();

export const syncDeps: SyncDeps = {
  now: () => new Date(),
  effects: browserEffects,
  words,
  later(ms) {
    // An alarm survives the worker being stopped meanwhile (Chrome: at least 30 s away).
    void browser.alarms.create(SYNC_ALARM, { when: Date.now() + Math.max(ms, 30_000) });
  },
};

/** Runs `job` after the merges already running or asked for. */
export function serialised<T>(job: () => Promise<T>): Promise<T> {
  const run = running.then(job);
  running = run.catch((error: unknown) => console.error('Offer First: sync run failed', error));
  return run;
}

export function scheduleSync(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void serialised(() => runSync(syncDeps)), delay);
}

/** Registered synchronously at the worker's top level (index.ts), like every listener. */
export function registerSync(): void {
  syncArea.onChanged(() => scheduleSync(REMOTE_DELAY_MS));
  // Every interception writes the state too (history only): that is no reason to merge.
  let last: string | undefined;
  onStateWritten((state) => {
    const shape = `${state.revision}:${state.settingsRevision}:${state.processes.length}:${state.people.length}`;
    if (shape === last) return;
    last = shape;
    scheduleSync(LOCAL_DELAY_MS);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) scheduleSync(0);
  });
  // Changes made while no worker ran (an update, a browser start) are merged now.
  void readStatus().then((status) => status.enabled && scheduleSync(REMOTE_DELAY_MS));
}
