import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../../support/words.ts';
import { guessCompanyAndRole, parseIcs, type ImportedEvent } from '../../../../src/core/ics/read.ts';
import { exportIcs } from '../../../../src/core/ics/write.ts';
import { State, emptyState, type Process, type State as StateT } from '../../../../src/core/schema.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/ics/${name}`, import.meta.url), 'utf8');

/** A calendar around the given VEVENT bodies (lines), CRLF as RFC 5545 wants. */
function cal(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN'];
  for (const e of events) lines.push('BEGIN:VEVENT', ...e, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
const event = (uid: string, dtstart: string, summary = 'Interview at Acme', extra: string[] = []) => [
  `UID:${uid}`,
  'DTSTAMP:20261120T000000Z',
  dtstart,
  `SUMMARY:${summary}`,
  ...extra,
];

function ok(result: ReturnType<typeof parseIcs>) {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  return result;
}
const byUid = (events: ImportedEvent[], uid: string) => {
  const found = events.find((e) => e.uid === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
};

describe('parseIcs: time zones', () => {
  it('reads TZID=America/New_York on both sides of the 2026-11-01 change, and the repeated hour as the first one', () => {
    const r = ok(
      parseIcs(
        cal(
          event('before', 'DTSTART;TZID=America/New_York:20261031T100000'),
          event('ambiguous', 'DTSTART;TZID=America/New_York:20261101T013000'),
          event('after', 'DTSTART;TZID=America/New_York:20261102T100000'),
        ),
        NOW,
        t,
      ),
    );
    expect(byUid(r.events, 'before')).toMatchObject({ at: '2026-10-31T14:00:00.000Z', timeZone: 'America/New_York' });
    // 01:30 happens twice that night; RFC 5545 §3.3.5 takes the first (EDT, -04:00).
    expect(byUid(r.events, 'ambiguous').at).toBe('2026-11-01T05:30:00.000Z');
    expect(byUid(r.events, 'after')).toMatchObject({ at: '2026-11-02T15:00:00.000Z', timeZone: 'America/New_York' });
  });

  it('gives the same wall-clock time different instants in Berlin and Tokyo', () => {
    const r = ok(
      parseIcs(
        cal(
          event('berlin-winter', 'DTSTART;TZID=Europe/Berlin:20261201T150000'),
          event('berlin-summer', 'DTSTART;TZID=Europe/Berlin:20260701T150000'),
          event('tokyo', 'DTSTART;TZID=Asia/Tokyo:20261201T150000'),
        ),
        NOW,
        t,
      ),
    );
    expect(byUid(r.events, 'berlin-winter')).toMatchObject({
      at: '2026-12-01T14:00:00.000Z',
      timeZone: 'Europe/Berlin',
    });
    expect(byUid(r.events, 'berlin-summer').at).toBe('2026-07-01T13:00:00.000Z');
    expect(byUid(r.events, 'tokyo')).toMatchObject({ at: '2026-12-01T06:00:00.000Z', timeZone: 'Asia/Tokyo' });
    // Soonest first.
    expect(r.events.map((e) => e.uid)).toEqual(['berlin-summer', 'tokyo', 'berlin-winter']);
  });

  it('reads floating times in the default zone given, else UTC', () => {
    const text = cal(event('f', 'DTSTART:20261201T150000'));
    expect(ok(parseIcs(text, NOW, t, { defaultTimeZone: 'Europe/Berlin' })).events[0]).toMatchObject({
      at: '2026-12-01T14:00:00.000Z',
      timeZone: 'Europe/Berlin',
    });
    expect(ok(parseIcs(text, NOW, t)).events[0]).toMatchObject({ at: '2026-12-01T15:00:00.000Z', timeZone: 'UTC' });
    // A default that is no zone is not trusted.
    expect(ok(parseIcs(text, NOW, t, { defaultTimeZone: 'Mars/Olympus' })).events[0]!.timeZone).toBe('UTC');
  });

  it('reads UTC times as UTC', () => {
    const r = ok(parseIcs(cal(event('u', 'DTSTART:20261201T150000Z')), NOW, t, { defaultTimeZone: 'Asia/Tokyo' }));
    expect(r.events[0]).toMatchObject({ at: '2026-12-01T15:00:00.000Z', timeZone: 'UTC' });
  });

  it('maps Windows and old Mozilla zone names to IANA zones', () => {
    const r = ok(
      parseIcs(
        cal(
          event('win', 'DTSTART;TZID=W. Europe Standard Time:20261201T150000'),
          event('moz', 'DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20261201T150000'),
        ),
        NOW,
        t,
      ),
    );
    expect(byUid(r.events, 'win')).toMatchObject({ at: '2026-12-01T14:00:00.000Z', timeZone: 'Europe/Berlin' });
    expect(byUid(r.events, 'moz')).toMatchObject({ at: '2026-12-01T14:00:00.000Z', timeZone: 'Europe/Berlin' });
  });

  it('uses the file\'s own VTIMEZONE for a zone only it defines (Outlook\'s "Customized Time Zone")', () => {
    const r = ok(parseIcs(fixture('outlook-custom-zone.ics'), NOW, t, { defaultTimeZone: 'Europe/Paris' }));
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      at: '2026-12-02T08:30:00.000Z', // 09:30 at +01:00 (standard time in December)
      timeZone: 'Europe/Paris', // no IANA name for it: the user's own zone is shown
      company: 'Northwind Labs',
      role: 'Staff Engineer',
      location: 'Northwind Labs, Friedrichstr. 10, Berlin',
      interviewers: [
        { name: 'Lee, Morgan', email: 'morgan.lee@northwind.example' },
        { name: 'Candidate', email: 'me@example.org' },
      ],
    });
  });

  it("follows the file's VTIMEZONE rules into summer time", () => {
    const summer = fixture('outlook-custom-zone.ics').replace(/20261202T/g, '20260701T');
    expect(ok(parseIcs(summer, NOW, t)).events[0]!.at).toBe('2026-07-01T07:30:00.000Z'); // 09:30 at +02:00
  });

  it('skips an event whose zone is unknown and not defined in the file, saying why', () => {
    const r = ok(
      parseIcs(cal(event('x', 'DTSTART;TZID=Atlantis/Capital:20261201T150000', 'Call with Atlantis')), NOW, t),
    );
    expect(r.events).toEqual([]);
    expect(r.skipped).toEqual([
      {
        summary: 'Call with Atlantis',
        reason: 'Its time zone "Atlantis/Capital" is unknown and the file does not define it.',
      },
    ]);
  });
});

describe('parseIcs: events', () => {
  it('keeps ORGANIZER and ATTENDEE names (CN) and e-mails, once each, without rooms', () => {
    const r = ok(parseIcs(fixture('google-invite.ics'), NOW, t));
    expect(r.events).toEqual([
      {
        uid: '7kukuqrfedlm2f9t4nd9hvfhq0@google.com',
        summary: 'Technical interview with Globex',
        company: 'Globex',
        role: 'Technical interview',
        at: '2026-12-03T01:00:00.000Z',
        timeZone: 'Asia/Tokyo',
        interviewers: [
          { name: 'Aiko Tanaka', email: 'aiko@globex.example' },
          { name: 'José Müller', email: 'jose.mueller@globex.example' },
          { name: 'sam@globex.example', email: 'sam@globex.example' }, // no CN: the address stands in
        ],
        description: 'Technical interview with the platform team.\nJoin: https://meet.example/abc-defg-hij',
      },
    ]);
  });

  it('skips all-day and cancelled events with a reason', () => {
    const r = ok(
      parseIcs(
        cal(
          event('allday', 'DTSTART;VALUE=DATE:20261201', 'Interview day at Acme'),
          event('cancelled', 'DTSTART:20261201T150000Z', 'Interview at Initech', ['STATUS:CANCELLED']),
          event('nostart', 'DURATION:PT1H', 'Interview at Hooli').filter((l) => !l.startsWith('DTSTART')),
        ),
        NOW,
        t,
      ),
    );
    expect(r.events).toEqual([]);
    expect(r.skipped).toEqual([
      { summary: 'Interview day at Acme', reason: 'It is an all-day event; an interview needs a time.' },
      { summary: 'Interview at Initech', reason: 'It was cancelled.' },
      { summary: 'Interview at Hooli', reason: 'It has no start time.' },
    ]);
  });

  describe('recurring events: the next occurrence after now', () => {
    // Fridays 10:00 Berlin from 6 Nov 2026; NOW is Friday 27 Nov 12:00Z, after that day's 09:00Z.
    const weekly = ['RRULE:FREQ=WEEKLY'];
    it('takes the next one', () => {
      const r = ok(
        parseIcs(
          cal(event('w', 'DTSTART;TZID=Europe/Berlin:20261106T100000', 'Weekly sync with Acme', weekly)),
          NOW,
          t,
        ),
      );
      expect(r.events.map((e) => e.at)).toEqual(['2026-12-04T09:00:00.000Z']);
    });
    it('honours EXDATE', () => {
      const r = ok(
        parseIcs(
          cal(
            event('w', 'DTSTART;TZID=Europe/Berlin:20261106T100000', 'Weekly sync with Acme', [
              ...weekly,
              'EXDATE;TZID=Europe/Berlin:20261204T100000',
            ]),
          ),
          NOW,
          t,
        ),
      );
      expect(r.events.map((e) => e.at)).toEqual(['2026-12-11T09:00:00.000Z']);
    });
    it('takes a moved occurrence (RECURRENCE-ID) from its override', () => {
      const r = ok(
        parseIcs(
          cal(
            event('w', 'DTSTART;TZID=Europe/Berlin:20261106T100000', 'Weekly sync with Acme', weekly),
            event('w', 'DTSTART;TZID=Europe/Berlin:20261204T140000', 'Moved sync with Acme', [
              'RECURRENCE-ID;TZID=Europe/Berlin:20261204T100000',
            ]),
          ),
          NOW,
          t,
        ),
      );
      expect(r.events).toHaveLength(1);
      expect(r.events[0]).toMatchObject({ uid: 'w', at: '2026-12-04T13:00:00.000Z', summary: 'Moved sync with Acme' });
    });
    it('skips a series that is over', () => {
      const r = ok(
        parseIcs(
          cal(
            event('w', 'DTSTART;TZID=Europe/Berlin:20261106T100000', 'Weekly sync with Acme', [
              'RRULE:FREQ=WEEKLY;COUNT=2',
            ]),
          ),
          NOW,
          t,
        ),
      );
      expect(r.skipped).toEqual([
        { summary: 'Weekly sync with Acme', reason: 'It repeats, but has no occurrence after today.' },
      ]);
    });
    it('follows the wall clock of its zone across a DST change', () => {
      const r = ok(
        parseIcs(
          cal(event('d', 'DTSTART;TZID=America/New_York:20261026T100000', 'Daily with Acme', ['RRULE:FREQ=DAILY'])),
          new Date('2026-10-31T20:00:00Z'),
          t,
        ),
      );
      expect(r.events[0]!.at).toBe('2026-11-01T15:00:00.000Z'); // 10:00 EST, the day the clocks went back
    });
  });

  it('keeps events without a UID apart, and a lone moved occurrence as a plain event', () => {
    const noUid = (dtstart: string, summary: string) => ['DTSTAMP:20261120T000000Z', dtstart, `SUMMARY:${summary}`];
    const r = ok(
      parseIcs(
        cal(
          noUid('DTSTART:20261201T150000Z', 'Interview at Acme'),
          noUid('DTSTART:20261202T150000Z', 'Interview at Globex'),
          event('lone', 'DTSTART;TZID=Asia/Tokyo:20261204T140000', 'Moved: interview at Initech', [
            'RECURRENCE-ID;TZID=Asia/Tokyo:20261203T140000',
          ]),
        ),
        NOW,
        t,
      ),
    );
    expect(r.events.map((e) => [e.uid, e.company, e.at])).toEqual([
      ['', 'Acme', '2026-12-01T15:00:00.000Z'],
      ['', 'Globex', '2026-12-02T15:00:00.000Z'],
      ['lone', 'Initech', '2026-12-04T05:00:00.000Z'],
    ]);
  });

  it('keeps past single events (a past round matters to the rule); the user picks what to import', () => {
    const r = ok(parseIcs(cal(event('old', 'DTSTART:20261101T150000Z')), NOW, t));
    expect(r.events.map((e) => e.at)).toEqual(['2026-11-01T15:00:00.000Z']);
  });
});

describe('parseIcs: malformed files', () => {
  it.each([
    ['', 'The calendar file is empty.'],
    ['   \n', 'The calendar file is empty.'],
    ['garbage', /^This is not a calendar file we can read/],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', /^This is not a calendar file we can read/],
    [
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane\r\nEND:VCARD\r\n',
      'This is not a calendar file: it does not start with BEGIN:VCALENDAR.',
    ],
    [cal(event('bad', 'DTSTART:tomorrow')), /malformed|not a calendar/],
  ])('%j → ok:false', (text, reason) => {
    const r = parseIcs(text, NOW, t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('refuses a file over 5 MB', () => {
    const r = parseIcs('X'.repeat(5_000_001), NOW, t);
    expect(r).toEqual({
      ok: false,
      reason: 'The calendar file is larger than 5 MB; export only the weeks with your interviews.',
    });
  });

  it('never throws, whatever the input', () => {
    const line = fc.constantFrom(
      'BEGIN:VCALENDAR',
      'END:VCALENDAR',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'DTSTART:20261201T150000Z',
      'DTSTART;TZID=Europe/Berlin:20261201T150000',
      'RRULE:FREQ=DAILY',
      'RRULE:FREQ=NOPE',
      'SUMMARY:x at y',
      'DTSTART;VALUE=DATE:2026',
      'ATTENDEE:',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.string()), { maxLength: 12 }), (lines) => {
        const r = parseIcs(lines.join('\r\n'), NOW, t);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('guessCompanyAndRole', () => {
  it.each([
    ['Interview: Senior Engineer at Northwind Labs', 'Northwind Labs', 'Senior Engineer'],
    ['Interview at Northwind Labs', 'Northwind Labs', ''],
    ['Phone screen with Acme (Zoom)', 'Acme', ''],
    ['Onsite @ Globex', 'Globex', ''],
    ['Product Designer interview @Initech', 'Initech', 'Product Designer interview'],
    ['Interview for Data Analyst at Hooli', 'Hooli', 'Data Analyst'],
    ['Catch-up', '', ''],
  ])('%j → company %j, role %j', (summary, company, role) => {
    expect(guessCompanyAndRole(summary)).toEqual({ company, role });
  });
});

// ---------------------------------------------------------------------------------------------

const stamp = '2026-11-01T00:00:00.000Z';
function proc(
  id: string,
  status: Process['status'],
  rounds: Array<{ id: string; at: string; timeZone: string; people?: string[]; label?: string }>,
  company = 'Northwind Labs',
  role = 'Senior Engineer',
): Process {
  return {
    id,
    company,
    role,
    status,
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    statusChangedAt: stamp,
    revision: 1,
    rounds: rounds.map((r) => ({
      id: r.id,
      at: r.at,
      timeZone: r.timeZone,
      interviewerIds: r.people ?? [],
      ...(r.label ? { label: r.label } : {}),
    })),
  };
}
function stateOf(processes: Process[]): StateT {
  return State.parse({
    ...emptyState(),
    people: [
      { id: 'dana', name: 'Dana Whitfield' },
      { id: 'sam', name: 'Sam Ortega; "Lead", Platform' },
    ],
    processes,
  });
}

describe('exportIcs', () => {
  const s = stateOf([
    proc('n', 'interviewing', [
      { id: 'n-past', at: '2026-11-20T10:00:00+01:00', timeZone: 'Europe/Berlin' },
      {
        id: 'n-next',
        at: '2026-12-01T15:00:00+01:00',
        timeZone: 'Europe/Berlin',
        people: ['dana', 'sam'],
        label: 'Onsite',
      },
    ]),
    proc('g', 'scheduled', [{ id: 'g-1', at: '2026-12-03T10:00:00+09:00', timeZone: 'Asia/Tokyo' }], 'Globex', ''),
    proc('o', 'offer', [{ id: 'o-1', at: '2026-12-05T10:00:00-05:00', timeZone: 'America/New_York' }], 'Oscorp'),
    proc('r', 'rejected', [{ id: 'r-1', at: '2026-12-02T10:00:00Z', timeZone: 'UTC' }], 'Rejectco'),
    proc('w', 'withdrawn', [{ id: 'w-1', at: '2026-12-02T10:00:00Z', timeZone: 'UTC' }], 'Withdrawnco'),
    proc('a', 'accepted', [{ id: 'a-1', at: '2026-12-02T10:00:00Z', timeZone: 'UTC' }], 'Acceptedco'),
  ]);
  const text = exportIcs(s, NOW, t);

  it('writes one event per upcoming round of processes that are not closed, with stable UIDs', () => {
    expect(text.match(/^UID:.*$/gm)).toEqual(['UID:n-next@offer-first', 'UID:g-1@offer-first', 'UID:o-1@offer-first']);
    expect(text).toContain('DTSTAMP:20261127T120000Z');
    expect(text).toContain('DTSTART:20261201T140000Z\r\nDTEND:20261201T150000Z');
    expect(text).toContain('SUMMARY:Interview: Senior Engineer at Northwind Labs');
    expect(text).toContain('SUMMARY:Interview at Globex');
    expect(exportIcs(s, NOW, t)).toBe(text); // deterministic
  });

  it('adds a display reminder, 60 minutes before by default', () => {
    expect(
      text.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:[^\r]+\r\nTRIGGER:-PT60M\r\nEND:VALARM/g),
    ).toHaveLength(3);
    expect(exportIcs(s, NOW, t, { reminderMinutes: 15 })).toContain('TRIGGER:-PT15M');
  });

  it('folds long lines at 75 octets, ends lines in CRLF and escapes text', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const parsed = ok(parseIcs(text, NOW, t));
    const description = byUid(parsed.events, 'n-next@offer-first').description ?? '';
    expect(description).toContain('Interviewers: Dana Whitfield, Sam Ortega; "Lead", Platform');
    expect(description).toContain('Onsite — Senior Engineer at Northwind Labs');
    expect(description).toMatch(/culture/);
    expect(description).toMatch(/Connection requests wait until you have the offer/);
  });

  it('round-trips through parseIcs to the same instants, zones, companies and roles', () => {
    const parsed = ok(parseIcs(text, NOW, t));
    expect(parsed.skipped).toEqual([]);
    expect(parsed.events.map(({ uid, at, timeZone, company, role }) => ({ uid, at, timeZone, company, role }))).toEqual(
      [
        {
          uid: 'n-next@offer-first',
          at: '2026-12-01T14:00:00.000Z',
          timeZone: 'Europe/Berlin',
          company: 'Northwind Labs',
          role: 'Senior Engineer',
        },
        { uid: 'g-1@offer-first', at: '2026-12-03T01:00:00.000Z', timeZone: 'Asia/Tokyo', company: 'Globex', role: '' },
        {
          uid: 'o-1@offer-first',
          at: '2026-12-05T15:00:00.000Z',
          timeZone: 'America/New_York',
          company: 'Oscorp',
          role: 'Senior Engineer',
        },
      ],
    );
  });

  it('round-trips any upcoming instant (to the second) in any zone', () => {
    const zone = fc.constantFrom(
      'UTC',
      'Europe/Berlin',
      'Asia/Tokyo',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    );
    const instant = fc
      .integer({ min: NOW.getTime() / 1000 + 1, max: Date.UTC(2040, 0, 1) / 1000 })
      .map((s) => new Date(s * 1000).toISOString());
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, zone), { minLength: 1, maxLength: 5 }), (rounds) => {
        const st = stateOf([
          proc(
            'p',
            'scheduled',
            rounds.map(([at, timeZone], i) => ({ id: `r${i}`, at, timeZone })),
            'Acme, Inc; "EU"',
            'Engineer at large',
          ),
        ]);
        const parsed = ok(parseIcs(exportIcs(st, NOW, t), NOW, t));
        const got = new Map(parsed.events.map((e) => [e.uid, e]));
        rounds.forEach(([at, timeZone], i) => expect(got.get(`r${i}@offer-first`)).toMatchObject({ at, timeZone }));
      }),
    );
  });

  it('writes an empty but valid calendar when nothing is upcoming', () => {
    const empty = exportIcs(emptyState(), NOW, t);
    expect(empty).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(ok(parseIcs(empty, NOW, t)).events).toEqual([]);
  });
});
