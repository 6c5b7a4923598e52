// Reading calendar files (.ics, RFC 5545): the interviews in an invitation or a calendar export,
// for the user to confirm as processes. Pure: no browser API, no global state, `now` passed in.
// ical.js does the parsing, unfolding and unescaping.
import ICAL from 'ical.js';
import type { Translate } from '../i18n.ts';
import { ianaZone } from '../timeZones.ts';
import { converterFor, type ICALComponent, type ICALTime, type Vtimezones } from './zones.ts';

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
  const before = afterColon
    .trim()
    .replace(/^(?:(?:job\s+)?interview|phone\s+screen|screening|onsite|call)\s*(?:for|-|–|—)?\s+/i, '')
    .trim();
  const role = /^(?:(?:job\s+)?interview|phone\s+screen|screening|onsite|call|chat|meeting)?$/i.test(before)
    ? ''
    : before;
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
export function parseIcs(input: string, now: Date, t: Translate, options: ParseIcsOptions = {}): IcsParseResult {
  if (typeof input !== 'string' || !input.trim()) return { ok: false, reason: t('icsErrEmpty') };
  if (input.length > MAX_ICS_CHARS) return { ok: false, reason: t('icsErrTooLarge') };
  const defaultZone = ianaZone(options.defaultTimeZone ?? 'UTC') ?? 'UTC';
  let calendar: ICALComponent;
  try {
    const jcal = ICAL.parse(input.replace(/^\uFEFF/, ''));
    // A file holding several VCALENDARs parses to a list; the first one is read.
    calendar = new ICAL.Component((Array.isArray(jcal[0]) ? jcal[0] : jcal) as unknown[]);
  } catch (error) {
    return {
      ok: false,
      reason: t('icsErrUnreadable', { detail: error instanceof Error ? error.message : String(error) }),
    };
  }
  if (calendar.name !== 'vcalendar') return { ok: false, reason: t('icsErrNotCalendar') };

  try {
    const vtimezones: Vtimezones = new Map();
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
    const items: Array<{ component: ICALComponent; master?: InstanceType<typeof ICAL.Event> }> = masters.map((e) => ({
      component: e.component,
      master: e,
    }));
    for (const v of vevents) {
      if (!v.hasProperty('recurrence-id')) continue;
      const master = byUid.get(text(v, 'uid'));
      if (master) master.relateException(v);
      else items.push({ component: v }); // an invitation for one changed occurrence, without its series
    }

    const events: ImportedEvent[] = [];
    const skipped: Array<{ summary: string; reason: string }> = [];
    for (const { component, master } of items) {
      const result = readEvent(component, master, now, vtimezones, defaultZone, t);
      if ('reason' in result)
        skipped.push({ summary: text(component, 'summary') || t('icsUntitled'), reason: result.reason });
      else events.push(result);
    }
    events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { ok: true, events, skipped };
  } catch (error) {
    // ical.js throws on malformed values (a DTSTART of "tomorrow", a broken RRULE).
    return {
      ok: false,
      reason: t('icsErrMalformed', { detail: error instanceof Error ? error.message : String(error) }),
    };
  }
}

function readEvent(
  component: ICALComponent,
  master: InstanceType<typeof ICAL.Event> | undefined,
  now: Date,
  vtimezones: Vtimezones,
  defaultZone: string,
  t: Translate,
): ImportedEvent | { reason: string } {
  const dtstart = component.getFirstProperty('dtstart');
  if (!dtstart) return { reason: t('icsSkipNoStart') };
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED')
    return { reason: t('icsSkipCancelled') };
  const start = dtstart.getFirstValue() as ICALTime;
  if (start.isDate) return { reason: t('icsSkipAllDay') };
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
      const converted = (item === component || !itemStart ? convert : converterFor(itemStart, vtimezones, defaultZone))(
        details.startDate,
      );
      if ('unknownZone' in converted) return { reason: t('icsSkipUnknownZone', { zone: converted.unknownZone }) };
      if (converted.at.getTime() > now.getTime()) {
        if (String(item.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
        found = { ...converted, component: item };
        break;
      }
    }
    if (!found) return { reason: t('icsSkipNoNext') };
    chosen = found;
  } else {
    const converted = convert(start);
    if ('unknownZone' in converted) return { reason: t('icsSkipUnknownZone', { zone: converted.unknownZone }) };
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
