// The worker's side effects after a change is stored: "you can connect now" notifications,
// reminder alarms before each round, and the toolbar badge. Everything is recomputed from the
// stored state (core/reminders.ts), so a worker that was killed and restarted loses nothing.
import browser from 'webextension-polyfill';
import { MISS_BADGE } from '../core/missBadge.ts';
import { dueConnectNow, markConnectNowSent, type ConnectNow } from '../core/outcomes.ts';
import { badgeText, nextReminders, reminderText } from '../core/reminders.ts';
import type { State } from '../core/schema.ts';
import { updateState } from './store.ts';
import { words } from './words.ts';

/** Hourly: the badge's day count and the watch index (quiet periods end) follow the clock. */
export const REFRESH_ALARM = 'refresh';
const ICON = 'icons/icon-128.png';

export interface Effects {
  /** `scheduleChanged`: processes or settings changed, so reminders and the badge may have. */
  afterCommit(state: State, due: ConnectNow[], now: Date, change: { scheduleChanged: boolean }): void;
  /** Shows (or clears) the "protection may not work on this page" badge on one tab. */
  missBadge?(tabId: number, missing: boolean): Promise<void>;
}

export const browserEffects: Effects = {
  afterCommit(state, due, now, { scheduleChanged }) {
    if (due.length) void deliverConnectNow(due, now).catch(report);
    if (!scheduleChanged) return;
    void syncReminders(state, now).catch(report);
    void syncBadge(state, now).catch(report);
  },
  async missBadge(tabId, missing) {
    try {
      // A tab's own text overrides the global day count; null (not '', which would blank it on
      // that tab) gives the tab the global count back, in Chrome and Firefox alike.
      await browser.action.setBadgeText({ tabId, text: missing ? MISS_BADGE : (null as unknown as string) });
      if (missing) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    } catch {
      // The tab closed meanwhile: nothing left to mark.
    }
  },
};

// Effects run after the answer to the page; a failure has no page to show it on. It is logged
// for the extension's console, and nothing is lost: reminders and pending notifications are
// recomputed from storage at the next commit and at the hourly refresh.
const report = (error: unknown) => console.error('Offer First: after-commit effect failed', error);

/**
 * Shows "you can connect now" notifications, then marks those shown as sent in a write of its
 * own. The mark comes after notifications.create resolved, so a worker killed in between
 * leaves them pending and they are shown at the next chance (at worst twice, never zero).
 */
export async function deliverConnectNow(due: ConnectNow[], now: Date): Promise<void> {
  const shown: string[] = [];
  let failure: unknown;
  for (const item of due) {
    try {
      await notifyConnectNow(item);
      shown.push(item.id);
    } catch (error) {
      failure = error; // stays pending; tried again at the next commit or refresh
    }
  }
  if (shown.length)
    await updateState(now, (state) => ({ state: markConnectNowSent(state, shown, now), result: undefined }));
  if (failure) throw failure;
}

/** The pending ones in the stored state (after a restart, from the hourly refresh). */
export async function deliverPendingConnectNow(state: State, now: Date): Promise<void> {
  const { due } = dueConnectNow(state, now);
  if (due.length) await deliverConnectNow(due, now);
}

export async function notifyConnectNow(item: ConnectNow): Promise<void> {
  await browser.notifications.create(`connect:${item.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: words().t('connectNowTitle', { name: item.personName }),
    message: words().t('connectNowMessage', { company: item.company }),
  });
}

export async function notifyReminder(state: State, name: string): Promise<void> {
  const text = reminderText(state, name, words());
  if (!text) return;
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: text.title,
    message: text.message,
  });
}

/**
 * Alarms for the soonest reminders still ahead (at most MAX_REMINDER_ALARMS, far under
 * Chrome's cap of 500 alarms); the hourly refresh alarm calls this again, so later reminders
 * get their alarm as earlier ones fire. Stale ones (deleted rounds, settings off, no longer
 * among the soonest) are removed first, so the count never passes the limit even briefly.
 * Every create() is awaited: Chrome rejects it past the cap, and that must not go unseen.
 */
export async function syncReminders(state: State, now: Date): Promise<void> {
  const wanted = new Map(nextReminders(state, now).map((r) => [r.name, r.when]));
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    if (!alarm.name.startsWith('remind:')) continue;
    if (wanted.get(alarm.name) === alarm.scheduledTime) wanted.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) await browser.alarms.create(name, { when });
  if (!existing.some((a) => a.name === REFRESH_ALARM))
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 60 });
}

export async function syncBadge(state: State, now: Date): Promise<void> {
  await browser.action.setBadgeText({ text: badgeText(state, now) });
  await browser.action.setBadgeBackgroundColor({ color: '#0b5cad' });
}
