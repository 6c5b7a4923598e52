// Time zones as calendar files write them (IANA names, Mozilla's prefixed ones, Windows names,
// zones a file defines itself) turned into instants and the IANA zone shown to the user.
// @date-fns/tz turns a wall-clock time in an IANA zone into an instant.
import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import { ianaZone } from '../timeZones.ts';

export type ICALComponent = InstanceType<typeof ICAL.Component>;
export type ICALTime = InstanceType<typeof ICAL.Time>;
type ICALProperty = InstanceType<typeof ICAL.Property>;
export type Vtimezones = Map<string, InstanceType<typeof ICAL.Timezone>>;

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

/** An instant and the zone to show, or the TZID nobody defines (the event is then skipped). */
export type Converter = (t: ICALTime) => { at: Date; timeZone: string } | { unknownZone: string };

/** How to read DTSTART values of one event: UTC, an IANA zone, a VTIMEZONE of this file, or floating. */
export function converterFor(prop: ICALProperty, vtimezones: Vtimezones, defaultZone: string): Converter {
  const value = prop.getFirstValue() as ICALTime;
  const tzid = prop.getParameter('tzid');
  const tzidText = typeof tzid === 'string' ? tzid : undefined;
  if (value.zone?.tzid === 'UTC')
    return (t) => ({ at: new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)), timeZone: 'UTC' });
  if (!tzidText) return (t) => ({ at: wallClockToInstant(t, defaultZone), timeZone: defaultZone });
  const zone = zoneForTzid(tzidText);
  if (zone) return (t) => ({ at: wallClockToInstant(t, zone), timeZone: zone });
  // A zone only this file defines: its own VTIMEZONE gives the offsets. The instant is right;
  // the zone shown to the user falls back to their own, as we have no IANA name for it.
  const defined = vtimezones.get(tzidText);
  if (defined) {
    return (t) => {
      const local = new ICAL.Time(
        { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second, isDate: false },
        defined,
      );
      const offsetSeconds = defined.utcOffset(local);
      return {
        at: new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - offsetSeconds * 1000),
        timeZone: defaultZone,
      };
    };
  }
  return () => ({ unknownZone: tzidText });
}
