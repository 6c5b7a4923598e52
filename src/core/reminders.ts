// Reminders before each round, and the toolbar badge: pure schedules that the worker turns
// into alarms, notifications and badge text (background/effects.ts).
import { differenceInCalendarDays, differenceInHours, format, parseISO } from 'date-fns';
import type { Words } from './explain.ts';
import { isOpen } from './rule.ts';
import type { State } from './schema.ts';

export type ReminderKind = 'day' | 'hour';
const LEAD: Record<ReminderKind, number> = { day: 24 * 3_600_000, hour: 3_600_000 };

export interface Reminder {
  /** Alarm name: `remind:<roundId>:<kind>` */
  name: string;
  when: number;
}

export function reminderName(roundId: string, kind: ReminderKind): string {
  return `remind:${roundId}:${kind}`;
}

/**
 * How many reminder alarms exist at once. Since Chrome 117, alarms.create() fails once an
 * extension has 500 active alarms (https://developer.chrome.com/docs/extensions/reference/api/alarms).
 * Only the soonest reminders get an alarm; the hourly refresh alarm schedules the following
 * ones as the earlier ones fire.
 */
export const MAX_REMINDER_ALARMS = 100;

/** The soonest reminders still ahead, at most `limit`, soonest first. */
export function nextReminders(state: State, now: Date, limit = MAX_REMINDER_ALARMS): Reminder[] {
  return reminderSchedule(state, now)
    .sort((a, b) => a.when - b.when || (a.name < b.name ? -1 : 1))
    .slice(0, limit);
}

export function reminderSchedule(state: State, now: Date): Reminder[] {
  const kinds = (['day', 'hour'] as const).filter((k) =>
    k === 'day' ? state.settings.remindDayBefore : state.settings.remindHourBefore,
  );
  const out: Reminder[] = [];
  for (const process of state.processes) {
    if (!isOpen(process.status)) continue;
    for (const round of process.rounds) {
      const at = parseISO(round.at).getTime();
      for (const kind of kinds) {
        const when = at - LEAD[kind];
        if (when > now.getTime()) out.push({ name: reminderName(round.id, kind), when });
      }
    }
  }
  return out;
}

export interface ReminderText {
  title: string;
  message: string;
  /** A profile to open for research, when the round has an interviewer with a link. */
  url?: string | undefined;
}

export function reminderText(state: State, name: string, { t, locale }: Words): ReminderText | undefined {
  const match = /^remind:(.+):(day|hour)$/.exec(name);
  if (!match) return undefined;
  const [, roundId, kind] = match;
  for (const process of state.processes) {
    const round = process.rounds.find((r) => r.id === roundId);
    if (!round || !isOpen(process.status)) continue;
    const people = round.interviewerIds.map((id) => state.people.find((p) => p.id === id)).filter((p) => !!p);
    const names = people.map((p) => p.name).join(', ');
    const time = format(parseISO(round.at), 'p', locale ? { locale } : {});
    const company = process.company;
    return {
      title: kind === 'day' ? t('reminderTomorrowTitle', { company, time }) : t('reminderHourTitle', { company }),
      message: (names ? `${t('reminderWith', { names })} ` : '') + t('reminderResearch'),
      url: people.map((p) => p.linkedinUrl ?? p.facebookUrl).find((u) => !!u),
    };
  }
  return undefined;
}

/** Days (or hours, on the day) until the next interview of an open process; '' when none. */
export function badgeText(state: State, now: Date): string {
  if (!state.settings.showBadge) return '';
  let next: Date | undefined;
  for (const process of state.processes) {
    if (!isOpen(process.status)) continue;
    for (const round of process.rounds) {
      const at = parseISO(round.at);
      if (at > now && (!next || at < next)) next = at;
    }
  }
  if (!next) return '';
  const days = differenceInCalendarDays(next, now);
  return days > 0 ? `${days}d` : `${Math.max(differenceInHours(next, now), 0)}h`;
}
