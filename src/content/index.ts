// The content script: one capture-phase click (and activation-key) listener on window,
// registered at document_start before the site's own handlers, plus the read-only watch list
// it consults. Built as one self-contained file with nothing web-accessible (LinkedIn probes
// web_accessible_resources to fingerprint extensions; see vite.config.ts).
import { PersonLookup } from '../core/match.ts';
import { substitutions, type Translate } from '../core/i18n.ts';
import type { ContentMessage } from '../core/messages.ts';
import { WATCH_INDEX_VERSION, readWatchList } from '../core/watchList.ts';
import { probeFor, recognisersFor, siteOf } from '../sites/registry.ts';
import { createGuard } from './guard.ts';
import { ext as browser } from './ext.ts';
import { lazyInterceptor, lazyMissWatch } from './lazyDialog.ts';
import { warmWhenIdle } from './warm.ts';
import { installListeners } from './listeners.ts';
import type { MissWatch } from './missNotice.ts';

const INDEX_KEY = 'watchIndex';
/**
 * After "Send anyway" (or "I got the offer"), the same request may reach the invitation dialog (the second safety
 * net) or its note step: that person's requests pass for this long, so one decision is one
 * dialog.
 */
const ALLOWED_MS = 2 * 60_000;

const site = siteOf(location.hostname);
// Connection requests always; Follow and Message too once the watch index says the user opted
// in (settings, off by default). Swapped whenever the index changes.
let recognisers = recognisersFor(location.hostname);
let lookup = new PersonLookup([]);
const allowedUntil = new Map<string, number>();

function useIndex(raw: unknown) {
  const list = readWatchList(raw, WATCH_INDEX_VERSION);
  // An unreadable index watches nobody rather than breaking the page; the worker rewrites it.
  lookup = new PersonLookup(list?.people ?? []);
  warmWhenIdle(lookup);
  recognisers = recognisersFor(location.hostname, { followAndMessage: list?.followAndMessage === true });
}

/**
 * After the extension is reloaded or updated, Chrome leaves this script running in open tabs
 * with its runtime gone ("Extension context invalidated", w3c/webextensions#138): stand down.
 */
function contextAlive(): boolean {
  try {
    return typeof browser.runtime.id === 'string';
  } catch {
    return false;
  }
}

const guard = createGuard({
  recognise(target) {
    if (lookup.size === 0) return undefined; // nobody watched: no DOM walk at all
    for (const recognise of recognisers) {
      const hit = recognise(target, { url: location.href, document });
      if (hit) return hit;
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
});

const t: Translate = (key, params) => browser.i18n.getMessage(key, substitutions(params)) || key;

const interceptor = lazyInterceptor({
  send: (message) => browser.runtime.sendMessage(message),
  t,
  onLetThrough(recognition) {
    const until = Date.now() + ALLOWED_MS;
    for (const match of lookup.find(recognition.person)) allowedUntil.set(match.personId, until);
  },
});

if (site && recognisers.length > 0) {
  let misses: MissWatch | undefined;
  const onIndexChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && INDEX_KEY in changes) useIndex(changes[INDEX_KEY]?.newValue);
  };
  void browser.storage.local.get(INDEX_KEY).then((got) => useIndex(got[INDEX_KEY]));
  browser.storage.onChanged.addListener(onIndexChange);

  installListeners({
    win: window,
    guard,
    alive: contextAlive,
    onStandDown() {
      misses?.stop();
      interceptor.close();
      browser.storage.onChanged.removeListener(onIndexChange);
    },
  });

  const probe = probeFor(location.hostname);
  if (probe) {
    misses = lazyMissWatch({
      win: window,
      words: { text: t('missNotice'), dismiss: t('dismiss') },
      probe,
      isWatchedProfile(url) {
        const person = probe.profileOf(url);
        return !!person && lookup.find(person).length > 0;
      },
      report() {
        const message: ContentMessage = { type: 'noteMiss', site };
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
    });
  }
}
