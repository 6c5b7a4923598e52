// What leaves the extension (CSV, .ics) and what orders and checks it: formula cells defused,
// no field able to start a calendar line, time zones checked against the IANA list, rounds
// ordered by instant, reminder alarms capped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agenda } from '../../../src/core/agenda.ts';
import { exportBackup, parseBackup } from '../../../src/core/backup/envelope.ts';
import { csvCell, toCsv } from '../../../src/core/csv.ts';
import { parseIcs } from '../../../src/core/ics/read.ts';
import { exportIcs } from '../../../src/core/ics/write.ts';
import { validateProcessDraft, type ProcessDraft } from '../../../src/core/processForm.ts';
import { MAX_REMINDER_ALARMS, nextReminders } from '../../../src/core/reminders.ts';
import { decide } from '../../../src/core/rule.ts';
import { ianaZone } from '../../../src/core/timeZones.ts';
import { NOW, days, person, process, state } from '../support/state.ts';
import { t } from '../support/words.ts';

describe('CSV', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('defuses a cell starting with %j', (value) => {
    expect(csvCell(value)).toBe(`"'${value.replaceAll('"', '""')}"`);
  });

  it('quotes every cell, doubles inner quotes and ends rows with CRLF', () => {
    expect(
      toCsv([
        ['a "b"', 'c,d'],
        ['x\ny', ''],
      ]),
    ).toBe('"a ""b""","c,d"\r\n"x\ny",""\r\n');
  });

  it('never lets a cell start with a formula character, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const cell = csvCell(value);
        expect(cell.startsWith('"')).toBe(true);
        expect(cell.endsWith('"')).toBe(true);
        expect(/^[=+\-@\t\r]/.test(cell.slice(1))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('time zones', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['US/Pacific', 'US/Pacific'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
  ])('accepts %j as %j', (name, expected) => {
    expect(ianaZone(name)).toBe(expected);
  });

  it.each([
    '',
    'Mars/Olympus',
    '+01:00',
    'Europe/Berlin\r\nX-INJ:1',
    'Europe/Berlin ',
    '../etc/passwd',
    'A'.repeat(65),
    42,
    undefined,
  ])('refuses %j', (name) => {
    expect(ianaZone(name)).toBeUndefined();
  });

  it('accepts every zone of the browser list', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) expect(ianaZone(zone)).toBe(zone);
  });

  const draft = (timeZone: string): ProcessDraft => ({
    company: 'Northwind',
    role: '',
    status: 'scheduled',
    notes: '',
    rounds: [{ at: days(3), timeZone, label: '', interviewers: [{ name: 'Dana', linkedinUrl: '', facebookUrl: '' }] }],
  });

  it('the form refuses an unknown zone with a message on the date field, instead of saving UTC', () => {
    const result = validateProcessDraft(draft('Nowhere/Land\r\n'), t);
    expect(result).toEqual({ ok: false, errors: { 'rounds.0.at': t('errTimeZone', { zone: 'Nowhere/Land' }) } });
    expect(validateProcessDraft(draft('Asia/Tokyo'), t)).toMatchObject({
      ok: true,
      value: { rounds: [{ timeZone: 'Asia/Tokyo' }] },
    });
  });

  it('a backup import refuses a round whose zone is not a zone, saying where, in the user language', () => {
    const s = state([person('d', 'Dana')], [process('p', 'scheduled', [{ at: days(3), people: ['d'] }])]);
    const bad = {
      ...s,
      processes: [{ ...s.processes[0]!, rounds: [{ ...s.processes[0]!.rounds[0]!, timeZone: 'UTC\r\nATTENDEE:x' }] }],
    };
    const result = parseBackup(exportBackup(bad, NOW), NOW, t);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'data.processes[0].rounds[0].timeZone', reason: t('errTimeZone', { zone: 'UTC  ATTENDEE:x' }) }],
    });
    expect(parseBackup(exportBackup(s, NOW), NOW, t).ok).toBe(true);
  });

  it('a calendar import keeps only a real zone from our own X- property', () => {
    const ics = (zone: string) =>
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:1',
        'DTSTART:20261201T100000Z',
        'SUMMARY:Interview at Acme',
        `X-OFFER-FIRST-TIMEZONE:${zone}`,
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n');
    expect(parseIcs(ics('Asia/Tokyo'), NOW, t)).toMatchObject({ ok: true, events: [{ timeZone: 'Asia/Tokyo' }] });
    expect(parseIcs(ics('Not/AZone'), NOW, t)).toMatchObject({ ok: true, events: [{ timeZone: 'UTC' }] });
  });
});

describe('.ics export', () => {
  const PROPERTIES = new Set([
    'BEGIN',
    'END',
    'VERSION',
    'PRODID',
    'CALSCALE',
    'METHOD',
    'UID',
    'DTSTAMP',
    'DTSTART',
    'DTEND',
    'SUMMARY',
    'DESCRIPTION',
    'X-OFFER-FIRST-TIMEZONE',
    'ACTION',
    'TRIGGER',
  ]);
  // Text with every kind of line break and control character a hostile import could carry.
  const hostile = fc.string({
    unit: fc.constantFrom(
      'a',
      ' ',
      ':',
      ';',
      ',',
      '\\',
      '\r',
      '\n',
      '\r\n',
      '\u2028',
      '\u0085',
      '\u0000',
      '\t',
      'é',
      '😀',
    ),
    maxLength: 40,
  });

  it('no field can add a line: every content line is one of the properties we write', () => {
    fc.assert(
      fc.property(
        hostile.filter((s) => s.trim().length > 0),
        hostile,
        hostile,
        hostile,
        hostile,
        hostile,
        hostile,
        (company, role, notes, name, label, zone, roundId) => {
          const s = state(
            [person('d', name || 'x')],
            [process('p', 'scheduled', [{ at: days(3), people: ['d'] }], company)],
          );
          const round = { ...s.processes[0]!.rounds[0]!, id: roundId || 'r', label, timeZone: zone };
          const out = exportIcs({ ...s, processes: [{ ...s.processes[0]!, role, notes, rounds: [round] }] }, NOW, t);
          // Only CRLF ends a line, and every folded line goes on with a space.
          expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
          const lines = out.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
          for (const line of lines) expect(PROPERTIES.has(/^[A-Z-]+/.exec(line)?.[0] ?? '')).toBe(true);
          expect(lines.filter((l) => l.startsWith('BEGIN:'))).toEqual([
            'BEGIN:VCALENDAR',
            'BEGIN:VEVENT',
            'BEGIN:VALARM',
          ]);
          // And it reads back as the one event it is.
          const back = parseIcs(out, NOW, t);
          expect(back.ok && back.events.length).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes a checked zone and leaves out one that is not a zone', () => {
    const s = state([], [process('p', 'scheduled', [{ at: days(3), people: [] }])]);
    const withZone = (timeZone: string) => ({
      ...s,
      processes: [{ ...s.processes[0]!, rounds: [{ ...s.processes[0]!.rounds[0]!, timeZone }] }],
    });
    expect(exportIcs(withZone('Asia/Tokyo'), NOW, t)).toContain('X-OFFER-FIRST-TIMEZONE:Asia/Tokyo\r\n');
    expect(exportIcs(withZone('Asia/Tokyo\r\nATTENDEE:mailto:x@evil.example'), NOW, t)).not.toMatch(
      /X-OFFER-FIRST-TIMEZONE|ATTENDEE/,
    );
  });
});

describe('order of rounds', () => {
  // 10:00+02:00 is 08:00Z, before 09:00Z, although it sorts after it as text.
  const early = '2026-12-01T10:00:00+02:00';
  const late = '2026-12-01T09:00:00Z';

  it('the agenda lists processes by the instant of their next round', () => {
    const s = state(
      [],
      [
        process('late', 'scheduled', [{ at: late, people: [] }]),
        process('early', 'scheduled', [{ at: early, people: [] }]),
      ],
    );
    expect(agenda(s, NOW).map((i) => i.processId)).toEqual(['early', 'late']);
  });

  it('the rule names the round that comes first in time', () => {
    const s = state(
      [person('d', 'Dana', { linkedinUrl: 'https://www.linkedin.com/in/dana/' })],
      [
        {
          ...process('p', 'scheduled', [{ at: late, people: ['d'] }]),
          rounds: [
            { id: 'r-late', at: late, timeZone: 'UTC', interviewerIds: ['d'] },
            { id: 'r-early', at: early, timeZone: 'Europe/Berlin', interviewerIds: ['d'] },
          ],
        },
      ],
    );
    const verdict = decide([{ personId: 'd', strength: 'profile' }], s, NOW);
    expect(verdict).toMatchObject({ action: 'stop', roundId: 'r-early' });
  });
});

describe('reminder alarms', () => {
  it(`schedules only the ${MAX_REMINDER_ALARMS} soonest reminders, soonest first`, () => {
    const rounds = Array.from({ length: 300 }, (_, i) => ({
      at: new Date(NOW.getTime() + (300 - i) * 3 * 3_600_000).toISOString(),
      people: [],
    }));
    const s = state([], [process('p', 'scheduled', rounds)]);
    const next = nextReminders(s, NOW);
    expect(next).toHaveLength(MAX_REMINDER_ALARMS);
    expect(next.map((r) => r.when)).toEqual([...next.map((r) => r.when)].sort((a, b) => a - b));
    expect(next[0]!.when).toBe(Math.min(...next.map((r) => r.when)));
  });
});
