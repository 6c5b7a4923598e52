// Service worker (Chrome) / event page (Firefox). Every listener is registered synchronously
// at the top level so a worker woken by an event finds its listener in place; no state lives
// only in memory (store.ts).
import browser, { type Runtime } from 'webextension-polyfill';
import { reminderText } from '../core/reminders.ts';
import { REFRESH_ALARM, deliverPendingConnectNow, notifyReminder, syncBadge, syncReminders } from './effects.ts';
import { handleMessage } from './router.ts';
import { words } from './words.ts';
import { readState, refreshIndex } from './store.ts';
import { verdictData } from './verdictCache.ts';
import { reinjectContentScripts } from './reinject.ts';
import { registerSync } from './sync/schedule.ts';
import { dropLocalCopyIfUnused, hasPublishedIndex, openWatchListToContentScripts } from './watchPublish.ts';

// Sync with the browser's account, when the user turned it on (sync/schedule.ts).
registerSync();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);

/** Rebuild what is derived from the stored state: watch index, reminder alarms, badge. */
async function resync() {
  const now = new Date();
  await refreshIndex(now);
  const { state } = await readState(now);
  // Warm the verdict cache (and write the popup's first screen) before the first click.
  await verdictData(now);
  // "You can connect now" notifications a killed worker did not get to show are shown now.
  await Promise.all([syncReminders(state, now), syncBadge(state, now), deliverPendingConnectNow(state, now)]);
}

// An update may change how derived data is built; a browser start may follow a long sleep.
// After an install, update or reload, tabs already open on the sites get the content script
// again (Chrome leaves them with an orphaned one), once the watch list it reads is in place.
browser.runtime.onInstalled.addListener(async (details) => {
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
  try {
    await resync();
    await dropLocalCopyIfUnused();
  } finally {
    await reinjectContentScripts();
  }
});
browser.runtime.onStartup.addListener(() => void resync());

// Every time the worker starts (a service worker is stopped when idle): storage access levels
// are set again, and a watch list that storage.session lost (emptied on browser restart and on
// update) is rewritten before any content script needs it.
void openWatchListToContentScripts().then(async () => {
  if (!(await hasPublishedIndex())) await refreshIndex(new Date());
});

browser.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name === REFRESH_ALARM) return resync();
  if (alarm.name.startsWith('remind:')) {
    const { state } = await readState(new Date());
    await notifyReminder(state, alarm.name);
  }
});

browser.notifications.onClicked.addListener(async (id) => {
  const { state } = await readState(new Date());
  let url: string | undefined;
  if (id.startsWith('connect:')) url = state.connectLater.find((c) => `connect:${c.id}` === id)?.profileUrl;
  else if (id.startsWith('remind:')) {
    url = reminderText(state, id, words())?.url;
  }
  // Only ever the two sites' profile pages (what was stored was checked to be one).
  if (url && /^https:\/\/([a-z0-9-]+\.)*(linkedin|facebook)\.com\//i.test(url)) await browser.tabs.create({ url });
  else await browser.runtime.openOptionsPage();
  await browser.notifications.clear(id);
});
