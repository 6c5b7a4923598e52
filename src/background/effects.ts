// The worker's side effects after a change is stored: "you can connect now" notifications,
// reminder alarms before each round, and the toolbar badge. Everything is recomputed from the
// stored state (core/reminders.ts), so a worker that was killed and restarted loses nothing.
import browser from 'webextension-polyfill';
import { MISS_BADGE } from '../core/missBadge.ts';
import type { ConnectNow } from '../core/outcomes.ts';
import { badgeText, reminderSchedule, reminderText } from '../core/reminders.ts';
import type { State } from '../core/schema.ts';
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
    for (const item of due) void notifyConnectNow(item);
    if (!scheduleChanged) return;
    void syncReminders(state, now);
    void syncBadge(state, now);
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

/** Alarms for every reminder still ahead; stale ones (deleted rounds, settings off) removed. */
export async function syncReminders(state: State, now: Date): Promise<void> {
  const wanted = new Map(reminderSchedule(state, now).map((r) => [r.name, r.when]));
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    if (!alarm.name.startsWith('remind:')) continue;
    if (wanted.get(alarm.name) === alarm.scheduledTime) wanted.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) browser.alarms.create(name, { when });
  if (!existing.some((a) => a.name === REFRESH_ALARM)) browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 60 });
}

export async function syncBadge(state: State, now: Date): Promise<void> {
  await browser.action.setBadgeText({ text: badgeText(state, now) });
  await browser.action.setBadgeBackgroundColor({ color: '#0b5cad' });
}
