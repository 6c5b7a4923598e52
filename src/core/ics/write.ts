// Writing upcoming interviews out as a calendar file (.ics, RFC 5545), each with a reminder and
// a research note. Pure: `now` passed in. ical.js does the escaping; fold.ts the line folding.
import ICAL from 'ical.js';
import type { Translate } from '../i18n.ts';
import type { Process, Round, State } from '../schema.ts';
import { ianaZone } from '../timeZones.ts';
import { fold } from './fold.ts';

type ICALTime = InstanceType<typeof ICAL.Time>;

/** Processes whose rounds no longer belong in a calendar. An offer can still bring a meeting. */
const CLOSED = new Set<Process['status']>(['accepted', 'rejected', 'withdrawn']);

export const ICS_PRODID = '-//Offer First//Interviews//EN';

/** ical.js wants UTC times as Time objects; DTSTART/DTEND/DTSTAMP are written in the UTC
 *  "Z" form, which every calendar app reads the same way (no VTIMEZONE to get wrong). */
function utcTime(date: Date): ICALTime {
  return ICAL.Time.fromJSDate(date, true);
}

// Every value written comes from the user or from an imported file. ical.js escapes LF, but
// it leaves a lone CR as it is and writes X- properties raw, so either would start a new
// content line in many readers (RFC 5545 §3.1 unfolds only CRLF + space, but calendar apps
// also split on bare CR or LF). Line breaks are normalised to LF (escaped as \n by ical.js)
// in multi-line text and turned into spaces in one-line text; other control characters go.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** Text that may span lines (DESCRIPTION). */
export const icsText = (value: string): string =>
  value.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(CONTROL, '');
/** Text on one line (SUMMARY, names, labels). */
export const icsLine = (value: string): string => icsText(value).replace(/\n/g, ' ');

function researchNote(process: Process, round: Round, names: string[], t: Translate): string {
  const title = t('icsNoteTitle', { role: process.role || t('icsInterview'), company: process.company });
  const lines = [
    `${round.label ? `${round.label} — ` : ''}${title}`,
    names.length ? t('icsNoteInterviewers', { names: names.join(', ') }) : t('icsNoInterviewers'),
    '',
    t('icsResearchHeading'),
    t('icsResearchRole'),
    t('icsResearchCulture'),
    t('icsResearchProjects'),
    t('icsResearchPeople'),
    t('icsResearchWritings'),
    '',
    t('icsRule'),
  ];
  return lines.join('\n');
}

/** One VEVENT per upcoming round (after `now`) of every process that is not closed. */
/** The texts (titles, the research note, the reminder) are in the user's language: `t`. */
export function exportIcs(state: State, now: Date, t: Translate, options: { reminderMinutes?: number } = {}): string {
  const reminder = Math.max(0, Math.round(options.reminderMinutes ?? 60));
  const names = new Map(state.people.map((p) => [p.id, p.name]));
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', ICS_PRODID);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  const rounds = state.processes
    .filter((p) => !CLOSED.has(p.status))
    .flatMap((process) => process.rounds.map((round) => ({ process, round })))
    .filter(({ round }) => Date.parse(round.at) > now.getTime())
    .sort((a, b) => Date.parse(a.round.at) - Date.parse(b.round.at));
  for (const { process, round } of rounds) {
    const start = new Date(Date.parse(round.at));
    const interviewers = round.interviewerIds
      .map((id) => names.get(id))
      .filter((n): n is string => !!n)
      .map(icsLine);
    const event = new ICAL.Component('vevent');
    const company = icsLine(process.company);
    const role = icsLine(process.role);
    // Ids are ours (UUIDs), but an imported backup may hold any text: percent-encoded, a UID
    // stays one token on one line and is the same for the same round on every export.
    event.addPropertyWithValue('uid', `${encodeURIComponent(round.id)}@offer-first`);
    event.addPropertyWithValue('dtstamp', utcTime(now));
    event.addPropertyWithValue('dtstart', utcTime(start));
    event.addPropertyWithValue('dtend', utcTime(new Date(start.getTime() + 3_600_000)));
    event.addPropertyWithValue(
      'summary',
      role ? t('icsEventTitleRole', { role, company }) : t('icsEventTitle', { company }),
    );
    event.addPropertyWithValue(
      'description',
      icsText(
        researchNote(
          { ...process, company, role },
          { ...round, label: round.label && icsLine(round.label) },
          interviewers,
          t,
        ),
      ),
    );
    // The zone the user entered, so a re-import shows the time as they gave it. Calendar apps
    // ignore X- properties. ical.js writes X- values raw, so only a checked IANA name goes out.
    const zone = ianaZone(round.timeZone);
    if (zone) event.addPropertyWithValue('x-offer-first-timezone', zone);
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue('description', t('icsAlarm', { company, minutes: reminder }));
    alarm.addPropertyWithValue('trigger', new ICAL.Duration({ minutes: reminder, isNegative: true }));
    event.addSubcomponent(alarm);
    calendar.addSubcomponent(event);
  }
  // ical.js escapes , ; \ and newlines, but folds at 75 characters, not octets; refold so no
  // line passes RFC 5545's 75 octets even with accented names, and end lines in CRLF.
  const unfolded = calendar
    .toString()
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/);
  return unfolded.map(fold).join('\r\n') + '\r\n';
}
