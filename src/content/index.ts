// The content script: one capture-phase click (and activation-key) listener on window,
// registered at document_start before the site's own handlers, plus the read-only watch list
// it consults. Loaded through one entry per site (linkedin.ts, facebook.ts), each built as one
// self-contained file with nothing web-accessible (LinkedIn probes web_accessible_resources to
// fingerprint extensions; see vite.config.ts). It is parsed on every page of the sites before
// the page itself, so it carries no schema library and no polyfill, and the dialog's code comes
// later, at document_idle (lazyDialog.ts). Nothing it does is visible to the page unless the
// user clicked a watched person's control (docs/SECURITY.md).
import { PersonLookup } from '../core/match.ts';
import { WATCH_KEY, WATCH_PUSH } from '../core/watchChannel.ts';
import type { Page } from '../sites/recogniser.ts';
import { controlsFor, recognisersFor, siteOf } from '../sites/registry.ts';
import { afterParsing } from './afterParsing.ts';
import { ext as browser } from './ext.ts';
import { createGuard, type GuardDeps } from './guard.ts';
import { lazyCommentPacer, lazyInterceptor, lazyMissWatch } from './lazyDialog.ts';
import { installListeners } from './listeners.ts';
import type { MissWatch } from './missWatch.ts';
import { warmWhenIdle } from './warm.ts';
import { readWatchIndex } from './watchList.ts';
import { offlineTranslate } from './words.ts';

/**
 * After "Send anyway" (or "I got the offer"), the same request may reach the invitation dialog
 * (the second safety net) or its note step: that person's requests pass for this long, so one
 * decision is one dialog.
 */
const ALLOWED_MS = 2 * 60_000;

const site = siteOf(location.hostname);
// Connection requests always; Follow and Message too once the watch index says the user opted
// in (settings, off by default). Swapped whenever the index changes.
let recognisers = recognisersFor(location.hostname);
let lookup = new PersonLookup([]);
const allowedUntil = new Map<string, number>();

function useIndex(raw: unknown) {
  const index = readWatchIndex(raw);
  // An unreadable index watches nobody rather than breaking the page; the worker rewrites it.
  lookup = new PersonLookup(index?.people ?? []);
  warmWhenIdle(lookup);
  recognisers = recognisersFor(location.hostname, { followAndMessage: index?.followAndMessage === true });
}

/**
 * After the extension is reloaded or updated, Chrome leaves this script running in open tabs
 * with its runtime gone ("Extension context invalidated", w3c/webextensions#138). Such an
 * orphan gives way to its successor (listeners.ts), or with none still stops watched clicks
 * from the list it holds, and says to reload the page.
 */
function contextAlive(): boolean {
  try {
    // Asked on every click: Chrome's own `chrome.runtime.id` is a plain property, while its
    // native `browser` namespace answers the same through a slower getter (measured by the bench).
    const chrome = (globalThis as { chrome?: { runtime?: { id?: unknown } } }).chrome;
    return typeof (chrome?.runtime?.id ?? browser.runtime.id) === 'string';
  } catch {
    return false;
  }
}

/** The page as recognisers see it: its address is read only by those that need it. */
const page: Page = {
  get url() {
    return location.href;
  },
  document,
};

const guardDeps: GuardDeps = {
  watching: () => lookup.size > 0,
  controls: controlsFor(location.hostname),
  recognise(target) {
    for (const recognise of recognisers) {
      const hit = recognise(target, page);
      if (!hit) continue;
      misses?.seen(hit.person); // a control naming nobody is layout drift (missWatch.ts)
      return hit;
    }
    return undefined;
  },
  isWatched(person) {
    const now = Date.now();
    return lookup.find(person).some((m) => (allowedUntil.get(m.personId) ?? 0) < now);
  },
  onStopped(recognition, replay) {
    void interceptor.resolve(recognition, replay);
  },
  other: (event, target) => pacer(event, target),
};

const t = offlineTranslate((key, subs) => browser.i18n.getMessage(key, subs));

// Comments on a watched person's posts: recognised and paced by the dialog script.
const pacer = lazyCommentPacer({
  find: (person) => lookup.find(person),
  send: (message) => browser.runtime.sendMessage(message),
  t,
});

const interceptor = lazyInterceptor({
  send: (message) => browser.runtime.sendMessage(message),
  t,
  orphaned: () => !contextAlive(),
  onLetThrough(recognition) {
    const until = Date.now() + ALLOWED_MS;
    for (const match of lookup.find(recognition.person)) allowedUntil.set(match.personId, until);
  },
});

/**
 * The watch list comes from storage.session, which the worker opens to content scripts (and
 * where nothing else is kept). Firefox cannot open storage.session to content scripts (no
 * setAccessLevel), so there the worker also keeps the list under its own storage.local key and
 * pushes changes to open tabs; the content script never listens to storage.local's changes,
 * which would carry the whole state to every tab.
 */
async function loadWatchList(): Promise<void> {
  try {
    const got = await browser.storage.session!.get(WATCH_KEY);
    if (got[WATCH_KEY] !== undefined) return useIndex(got[WATCH_KEY]);
  } catch {
    // Not readable here (Firefox): the storage.local copy below.
  }
  try {
    const got = await browser.storage.local.get(WATCH_KEY);
    if (got[WATCH_KEY] !== undefined) useIndex(got[WATCH_KEY]);
  } catch {
    // Chrome restricts storage.local to the extension's own pages: the list comes by event.
  }
}

let misses: MissWatch | undefined;
if (site && recognisers.length > 0) {
  const onSessionChange = (changes: Record<string, { newValue?: unknown }>) => {
    if (WATCH_KEY in changes) useIndex(changes[WATCH_KEY]?.newValue);
  };
  const onPush = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only the worker (no tab) of this extension; a page cannot message a content script.
    if (sender.tab !== undefined || sender.id !== browser.runtime.id) return;
    const m = message as { type?: unknown; index?: unknown } | null;
    if (m?.type === WATCH_PUSH) useIndex(m.index);
  };
  let following = false;

  const installed = installListeners({
    win: window,
    guard: (gate) => createGuard({ ...guardDeps, gate }),
    alive: contextAlive,
    onStandDown() {
      misses?.stop();
      interceptor.close();
      if (!following) return;
      try {
        browser.storage.session?.onChanged.removeListener(onSessionChange);
      } finally {
        browser.runtime.onMessage.removeListener(onPush);
      }
    },
  });

  // The list's listeners first, then the read: no change can fall between the two.
  afterParsing(window, () => {
    if (!installed.active) return;
    following = true;
    t.keep();
    try {
      browser.storage.session?.onChanged.addListener(onSessionChange);
    } catch {
      // Firefox content scripts have no storage.session; the worker pushes instead.
    }
    browser.runtime.onMessage.addListener(onPush);
    void loadWatchList();
  });

  misses = lazyMissWatch({
    win: window,
    site,
    find: (seen) => lookup.find(seen),
    // Only ever about a watched person (the list is all this script knows; the worker checks again).
    tell: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
  });
}
