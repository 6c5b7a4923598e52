// Calendar files (.ics, RFC 5545): read interviews out of an invitation or a calendar export so
// the user can confirm them as processes, and write upcoming interviews back out with a
// reminder. Pure: no browser API, no global state, `now` passed in. ical.js does the parsing,
// folding and escaping; @date-fns/tz turns a wall-clock time in an IANA zone into an instant.
import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import type { Process, Round, State } from './schema.ts';
import { ianaZone } from './timeZones.ts';

export { ianaZone };

export interface ImportedEvent {
  uid: string;
  summary: string;
  /** Guessed from the summary ("… at Northwind", "… with Northwind", "…@Northwind"); '' when unsure. */
  company: string;
  /** Guessed from the summary ("Interview: Senior Engineer at …"); '' when unsure. */
  role: string;
  /** The instant of the interview, ISO with `Z`. */
  at: string;
  /** IANA zone the invitation was written in ('UTC' for UTC times). */
  timeZone: string;
  /** Everyone named in ORGANIZER and ATTENDEE, rooms excepted. We cannot tell which one is
   *  the user, so all are kept and the user unticks themself when confirming. */
  interviewers: Array<{ name: string; email?: string }>;
  location?: string;
  description?: string;
}

export type IcsParseResult =
  | { ok: true; events: ImportedEvent[]; skipped: Array<{ summary: string; reason: string }> }
  | { ok: false; reason: string };

export interface ParseIcsOptions {
  /** Zone for "floating" times (no TZID, no Z) — pass the user's own zone. Default 'UTC'. */
  defaultTimeZone?: string;
}

/** Larger than any real calendar export of interviews; keeps a stray file from freezing the popup. */
export const MAX_ICS_CHARS = 5_000_000;
/** How many occurrences of a recurring event we walk looking for the next one (daily for ~13 years). */
const MAX_OCCURRENCES = 5000;

type ICALComponent = InstanceType<typeof ICAL.Component>;
type ICALTime = InstanceType<typeof ICAL.Time>;
type ICALProperty = InstanceType<typeof ICAL.Property>;

// ---------------------------------------------------------------------------------------------
// Time zones

// Outlook and Exchange invitations name zones the Windows way and ship a VTIMEZONE with them.
// The common ones are mapped so the interview keeps a real zone (CLDR windowsZones.xml, "001").
const WINDOWS_ZONES: Record<string, string> = {
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Atlantic Standard Time': 'America/Halifax',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Russian Standard Time': 'Europe/Moscow',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Kolkata',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  UTC: 'UTC',
};

/** An IANA zone for a TZID as calendars write it: "Europe/Berlin", Mozilla's old
 *  "/mozilla.org/20050126_1/Europe/Berlin", or Windows' "W. Europe Standard Time". */
function zoneForTzid(tzid: string): string | undefined {
  const direct = ianaZone(tzid) ?? WINDOWS_ZONES[tzid];
  if (direct) return direct;
  const parts = tzid.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const tail = ianaZone(parts.slice(i).join('/'));
    if (tail && parts.length - i >= 2) return tail;
  }
  return undefined;
}

/** The instant a wall-clock time denotes in an IANA zone. In the hour that repeats when clocks
 *  go back, TZDate picks the first (summer-time) one, which is what RFC 5545 §3.3.5 asks for. */
function wallClockToInstant(t: ICALTime, zone: string): Date {
  return new Date(new TZDate(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, zone).getTime());
}

type Converter = (t: ICALTime) => { at: Date; timeZone: string } | { error: string };

/** How to read DTSTART values of one event: UTC, an IANA zone, a VTIMEZONE of this file, or floating. */
function converterFor(prop: ICALProperty, vtimezones: Map<string, InstanceType<typeof ICAL.Timezone>>, defaultZone: string): Converter {
  const value = prop.getFirstValue() as ICALTime;
  const tzid = prop.getParameter('tzid');
  const tzidText = typeof tzid === 'string' ? tzid : undefined;
  if (value.zone?.tzid === 'UTC') return (t) => ({ at: new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)), timeZone: 'UTC' });
  if (!tzidText) return (t) => ({ at: wallClockToInstant(t, defaultZone), timeZone: defaultZone });
  const zone = zoneForTzid(tzidText);
  if (zone) return (t) => ({ at: wallClockToInstant(t, zone), timeZone: zone });
  // A zone only this file defines: its own VTIMEZONE gives the offsets. The instant is right;
  // the zone shown to the user falls back to their own, as we have no IANA name for it.
  const defined = vtimezones.get(tzidText);
  if (defined) {
    return (t) => {
      const local = new ICAL.Time({ year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second, isDate: false }, defined);
      const offsetSeconds = defined.utcOffset(local);
      return { at: new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - offsetSeconds * 1000), timeZone: defaultZone };
    };
  }
  return () => ({ error: `Its time zone "${tzidText}" is unknown and the file does not define it.` });
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Company and role from a title such as "Interview: Senior Engineer at Northwind Labs",
 *  "Phone screen with Acme", "Onsite @ Globex". A guess the user confirms, never relied on. */
export function guessCompanyAndRole(summary: string): { company: string; role: string } {
  const s = summary.trim();
  const match = /^(.*?)\s+at\s+(.+)$/i.exec(s) ?? /^(.*?)\s*@\s*(.+)$/.exec(s) ?? /^(.*?)\s+with\s+(.+)$/i.exec(s);
  if (!match) return { company: '', role: '' };
  const company = match[2]!.replace(/\s*[([].*$/, '').trim();
  // "Interview: Senior Engineer" → "Senior Engineer"; a bare "Interview"/"Phone screen" is no role.
  // "Onsite interview: Staff Engineer" → what follows the colon names the role.
  const afterColon = match[1]!.includes(':') ? match[1]!.slice(match[1]!.lastIndexOf(':') + 1) : match[1]!;
  const before = afterColon.trim().replace(/^(?:(?:job\s+)?interview|phone\s+screen|screening|onsite|call)\s*(?:for|-|–|—)?\s+/i, '').trim();
  const role = /^(?:(?:job\s+)?interview|phone\s+screen|screening|onsite|call|chat|meeting)?$/i.test(before) ? '' : before;
  return { company, role };
}

function people(event: ICALComponent): Array<{ name: string; email?: string }> {
  const out: Array<{ name: string; email?: string }> = [];
  const seen = new Set<string>();
  for (const prop of [...event.getAllProperties('organizer'), ...event.getAllProperties('attendee')]) {
    const cutype = String(prop.getParameter('cutype') ?? '').toUpperCase();
    if (cutype === 'ROOM' || cutype === 'RESOURCE') continue; // meeting rooms are attendees in Outlook and Google
    const value = String(prop.getFirstValue() ?? '');
    const email = /^mailto:/i.test(value) ? value.slice(7).trim() : undefined;
    const cn = prop.getParameter('cn');
    const name = (typeof cn === 'string' ? cn : '').replace(/^"|"$/g, '').trim() || email;
    if (!name) continue;
    const key = (email ?? name).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(email ? { name, email } : { name });
  }
  return out;
}

function text(event: ICALComponent, name: string): string {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : '';
}

/** Reads every VEVENT of a calendar file. Never throws: a file we cannot read gives ok:false
 *  with the reason; an event we cannot use is listed in `skipped` with its reason. */
export function parseIcs(input: string, now: Date, options: ParseIcsOptions = {}): IcsParseResult {
  if (typeof input !== 'string' || !input.trim()) return { ok: false, reason: 'The calendar file is empty.' };
  if (input.length > MAX_ICS_CHARS) return { ok: false, reason: 'The calendar file is larger than 5 MB; export only the weeks with your interviews.' };
  const defaultZone = ianaZone(options.defaultTimeZone ?? 'UTC') ?? 'UTC';
  let calendar: ICALComponent;
  try {
    const jcal = ICAL.parse(input.replace(/^\uFEFF/, ''));
    // A file holding several VCALENDARs parses to a list; the first one is read.
    calendar = new ICAL.Component((Array.isArray(jcal[0]) ? jcal[0] : jcal) as unknown[]);
  } catch (error) {
    return { ok: false, reason: `This is not a calendar file we can read (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (calendar.name !== 'vcalendar') return { ok: false, reason: 'This is not a calendar file: it does not start with BEGIN:VCALENDAR.' };

  try {
    const vtimezones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
    for (const vtz of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = vtz.getFirstPropertyValue('tzid');
      // Kept local rather than registered in ICAL.TimezoneService: that service is global, and
      // two files may define the same TZID differently.
      if (typeof tzid === 'string') vtimezones.set(tzid, new ICAL.Timezone(vtz));
    }
    const vevents = calendar.getAllSubcomponents('vevent');
    // Overrides of single occurrences (RECURRENCE-ID) belong to their series' master event.
    const masters = vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
    const byUid = new Map(masters.filter((e) => text(e.component, 'uid')).map((e) => [text(e.component, 'uid'), e]));
    const items: Array<{ component: ICALComponent; master?: InstanceType<typeof ICAL.Event> }> = masters.map((e) => ({ component: e.component, master: e }));
    for (const v of vevents) {
      if (!v.hasProperty('recurrence-id')) continue;
      const master = byUid.get(text(v, 'uid'));
      if (master) master.relateException(v);
      else items.push({ component: v }); // an invitation for one changed occurrence, without its series
    }

    const events: ImportedEvent[] = [];
    const skipped: Array<{ summary: string; reason: string }> = [];
    for (const { component, master } of items) {
      const result = readEvent(component, master, now, vtimezones, defaultZone);
      if ('reason' in result) skipped.push({ summary: text(component, 'summary') || '(no title)', reason: result.reason });
      else events.push(result);
    }
    events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { ok: true, events, skipped };
  } catch (error) {
    // ical.js throws on malformed values (a DTSTART of "tomorrow", a broken RRULE).
    return { ok: false, reason: `Part of this calendar file is malformed (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function readEvent(
  component: ICALComponent,
  master: InstanceType<typeof ICAL.Event> | undefined,
  now: Date,
  vtimezones: Map<string, InstanceType<typeof ICAL.Timezone>>,
  defaultZone: string,
): ImportedEvent | { reason: string } {
  const dtstart = component.getFirstProperty('dtstart');
  if (!dtstart) return { reason: 'It has no start time.' };
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return { reason: 'It was cancelled.' };
  const start = dtstart.getFirstValue() as ICALTime;
  if (start.isDate) return { reason: 'It is an all-day event; an interview needs a time.' };
  const convert = converterFor(dtstart, vtimezones, defaultZone);

  let chosen: { at: Date; timeZone: string; component: ICALComponent };
  const event = master && master.component === component ? master : new ICAL.Event(component);
  if (master && master.component === component && master.isRecurring()) {
    // A series: the next occurrence after now is the interview to prepare for.
    const iterator = master.iterator();
    let found: typeof chosen | undefined;
    for (let i = 0; i < MAX_OCCURRENCES; i++) {
      const occurrence = iterator.next();
      if (!occurrence) break;
      const details = master.getOccurrenceDetails(occurrence);
      const item = details.item.component;
      const itemStart = item.getFirstProperty('dtstart');
      const converted = (item === component || !itemStart ? convert : converterFor(itemStart, vtimezones, defaultZone))(details.startDate);
      if ('error' in converted) return { reason: converted.error };
      if (converted.at.getTime() > now.getTime()) {
        if (String(item.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
        found = { ...converted, component: item };
        break;
      }
    }
    if (!found) return { reason: 'It repeats, but has no occurrence after today.' };
    chosen = found;
  } else {
    const converted = convert(start);
    if ('error' in converted) return { reason: converted.error };
    chosen = { ...converted, component };
  }

  const c = chosen.component;
  const summary = text(c, 'summary').trim();
  // Our own exports carry the zone the user entered next to their UTC times (see exportIcs).
  const ownZone = ianaZone(text(c, 'x-offer-first-timezone'));
  const location = text(c, 'location').trim();
  const description = text(c, 'description').trim();
  return {
    uid: event.uid ?? '',
    summary,
    ...guessCompanyAndRole(summary),
    at: chosen.at.toISOString(),
    timeZone: chosen.timeZone === 'UTC' && ownZone ? ownZone : chosen.timeZone,
    interviewers: people(c),
    ...(location ? { location } : {}),
    ...(description ? { description } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

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
export const icsText = (value: string): string => value.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(CONTROL, '');
/** Text on one line (SUMMARY, names, labels). */
export const icsLine = (value: string): string => icsText(value).replace(/\n/g, ' ');

function researchNote(process: Process, round: Round, names: string[]): string {
  const lines = [
    `${round.label ? `${round.label} — ` : ''}${process.role || 'Interview'} at ${process.company}`,
    names.length ? `Interviewers: ${names.join(', ')}` : 'Interviewers: not recorded yet',
    '',
    'Before the interview, look into:',
    '- the role: what the team builds and what the first months would look like',
    '- the culture: how they describe the way they work',
    '- their projects and clients',
    '- people you both know',
    "- what your interviewers have written or presented",
    '',
    'Read their profiles freely. Connection requests wait until you have the offer.',
  ];
  return lines.join('\n');
}

/** One VEVENT per upcoming round (after `now`) of every process that is not closed. */
export function exportIcs(state: State, now: Date, options: { reminderMinutes?: number } = {}): string {
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
    const interviewers = round.interviewerIds.map((id) => names.get(id)).filter((n): n is string => !!n).map(icsLine);
    const event = new ICAL.Component('vevent');
    const company = icsLine(process.company);
    const role = icsLine(process.role);
    // Ids are ours (UUIDs), but an imported backup may hold any text: percent-encoded, a UID
    // stays one token on one line and is the same for the same round on every export.
    event.addPropertyWithValue('uid', `${encodeURIComponent(round.id)}@offer-first`);
    event.addPropertyWithValue('dtstamp', utcTime(now));
    event.addPropertyWithValue('dtstart', utcTime(start));
    event.addPropertyWithValue('dtend', utcTime(new Date(start.getTime() + 3_600_000)));
    event.addPropertyWithValue('summary', role ? `Interview: ${role} at ${company}` : `Interview at ${company}`);
    event.addPropertyWithValue('description', icsText(researchNote({ ...process, company, role }, { ...round, label: round.label && icsLine(round.label) }, interviewers)));
    // The zone the user entered, so a re-import shows the time as they gave it. Calendar apps
    // ignore X- properties. ical.js writes X- values raw, so only a checked IANA name goes out.
    const zone = ianaZone(round.timeZone);
    if (zone) event.addPropertyWithValue('x-offer-first-timezone', zone);
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue('description', `Interview with ${company} in ${reminder} minutes`);
    alarm.addPropertyWithValue('trigger', new ICAL.Duration({ minutes: reminder, isNegative: true }));
    event.addSubcomponent(alarm);
    calendar.addSubcomponent(event);
  }
  // ical.js escapes , ; \ and newlines, but folds at 75 characters, not octets; refold so no
  // line passes RFC 5545's 75 octets even with accented names, and end lines in CRLF.
  const unfolded = calendar.toString().replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  return unfolded.map(fold).join('\r\n') + '\r\n';
}

const encoder = new TextEncoder();
/** Splits a content line into 75-octet pieces, continuation lines starting with a space, never
 *  inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}
