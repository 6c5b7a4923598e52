// Service worker (Chrome) / event page (Firefox). Every listener is registered synchronously
// at the top level so a worker woken by an event finds its listener in place; no state lives
// only in memory (store.ts).
import browser, { type Runtime } from 'webextension-polyfill';
import { reminderText } from '../core/reminders.ts';
import { REFRESH_ALARM, deliverPendingConnectNow, notifyReminder, syncBadge, syncReminders } from './effects.ts';
import { handleMessage } from './router.ts';
import { words } from './words.ts';
import { readState, refreshIndex } from './store.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);

/** Rebuild what is derived from the stored state: watch index, reminder alarms, badge. */
async function resync() {
  const now = new Date();
  await refreshIndex(now);
  const { state } = await readState(now);
  // "You can connect now" notifications a killed worker did not get to show are shown now.
  await Promise.all([syncReminders(state, now), syncBadge(state, now), deliverPendingConnectNow(state, now)]);
}

// An update may change how derived data is built; a browser start may follow a long sleep.
browser.runtime.onInstalled.addListener((details) => {
  void resync();
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
});
browser.runtime.onStartup.addListener(() => void resync());

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
