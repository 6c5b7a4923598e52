// Gives the content scripts the watch list, and only that (docs/SECURITY.md).
// - Chrome: storage.local (state, history, notes) is closed to content scripts with
//   setAccessLevel (Chrome 140+; its default leaves it open to them), and the list is published
//   in storage.session, opened to content scripts and holding nothing else. storage.session is
//   emptied on browser restart and on extension update or reload, so the worker rewrites it at
//   start-up and whenever it wakes and finds it missing (index.ts).
// - Firefox has no setAccessLevel (bug 1724754): storage.session stays closed to content
//   scripts and storage.local stays open. The list also goes under its own storage.local key,
//   read once by each content script, and changes are pushed to open tabs by message, so no
//   content script needs a storage.onChanged listener (which would receive the whole state on
//   every write).
import browser from 'webextension-polyfill';
import { WATCH_KEY, WATCH_PUSH } from '../core/watchChannel.ts';
import type { WatchIndex } from '../core/watchIndex.ts';
import { areas } from './storageAreas.ts';

let opened: Promise<boolean> | undefined;

/**
 * Sets the storage access levels (idempotent; once per worker start). True when content
 * scripts read the list from storage.session (Chrome), false when they cannot (Firefox).
 */
export function openWatchListToContentScripts(): Promise<boolean> {
  opened ??= (async () => {
    const { local, session, sync } = areas();
    if (!session?.setAccessLevel) return false;
    try {
      await session.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
    } catch {
      return false;
    }
    for (const area of [local, sync]) {
      try {
        // storage.sync holds the synced processes when sync is on: closed like storage.local.
        await area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
      } catch {
        // Chrome before 140 supports setAccessLevel on storage.session only.
      }
    }
    return true;
  })();
  return opened;
}

/**
 * The list this worker last published, as JSON. storage.session, where Chrome's content
 * scripts read it, is emptied only on browser restart and extension update or reload, which
 * all start a new worker with nothing remembered; Firefox's copy is written only here.
 */
let published: string | undefined;

/** Publishes a new watch list where content scripts read it, and to tabs open now (Firefox). */
export async function publishWatchIndex(index: WatchIndex): Promise<void> {
  const text = JSON.stringify(index);
  published = undefined; // until every copy is written
  const inSession = await openWatchListToContentScripts();
  const { local, session } = areas();
  await session?.set({ [WATCH_KEY]: index });
  if (!inSession) {
    await local.set({ [WATCH_KEY]: index });
    await pushToTabs(index);
  }
  published = text;
}

/**
 * Publishes `index` unless it is the list published last, so tabs are not sent a list they
 * have. A worker that remembers none (it was stopped) compares with `before`, the list of the
 * state the change started from, built only then.
 */
export async function publishIfChanged(index: WatchIndex, before: () => WatchIndex): Promise<void> {
  const text = JSON.stringify(index);
  if (text === (published ?? JSON.stringify(before()))) return;
  await publishWatchIndex(index);
}

/** Whether storage.session still holds the list (it is emptied on restart, update, reload). */
export async function hasPublishedIndex(): Promise<boolean> {
  const session = areas().session;
  if (!session) return true;
  return (await session.get(WATCH_KEY))[WATCH_KEY] !== undefined;
}

/** Removes the copy older versions kept in storage.local, where Chrome content scripts no longer look. */
export async function dropLocalCopyIfUnused(): Promise<void> {
  if (await openWatchListToContentScripts()) await areas().local.remove(WATCH_KEY);
}

async function pushToTabs(index: WatchIndex): Promise<void> {
  try {
    await sendToTabs(index);
  } catch {
    // Best effort: a tab that missed the push reads the list again on its next load.
  }
}

async function sendToTabs(index: WatchIndex): Promise<void> {
  const matches = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  if (matches.length === 0) return;
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map(
      (tab) =>
        tab.id === undefined
          ? undefined
          : browser.tabs.sendMessage(tab.id, { type: WATCH_PUSH, index }).catch(() => undefined), // no content script there (yet)
    ),
  );
}
