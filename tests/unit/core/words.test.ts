// Every sentence core/ produces for the user goes through the catalogs: the parsers run here with
// a Translate that answers only the key, so any English written into core itself would show up
// as words next to the keys. Profile links are refused with keys only (the content scripts carry
// no sentences) and put into words by refusalText. (Paths such as `data.processes[0].id` are data, not sentences.)
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportBackup, parseBackup } from '../../../src/core/backup/envelope.ts';
import type { Translate } from '../../../src/core/i18n.ts';
import { parseIcs } from '../../../src/core/ics/read.ts';
import { exportIcs } from '../../../src/core/ics/write.ts';
import { parseProfileUrl, refusalText } from '../../../src/core/identity.ts';
import type { Site } from '../../../src/core/vocabulary.ts';
import { days, NOW, person, process, state } from '../support/state.ts';
import { EN } from '../support/words.ts';

/** Answers «key» and checks the key exists, so a sentence is either a key or a leak. */
const keyOnly: Translate = (key) => {
  expect(EN, key).toHaveProperty(key);
  return `«${key}»`;
};
const ONLY_KEYS = /^(?:«\w+»)+$/;

const valid = state([person('p1', 'Priya Raman')], [process('n1', 'scheduled', [{ at: days(3), people: ['p1'] }])]);
// The file's data as loosely as a hand-edited file can be.
type Loose = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const file = (mutate: (data: Loose) => void, over: Record<string, unknown> = {}) => {
  const envelope = JSON.parse(exportBackup(valid, NOW));
  mutate(envelope.data);
  return JSON.stringify({ ...envelope, ...over });
};

describe('core sentences come from the catalogs', () => {
  it.each([
    ['empty', '   '],
    ['too large', ' '.repeat(5_000_001) + '{}'],
    ['not JSON', '{"format": '],
    ['not JSON, cut off', '{"format": "offer-first-backup", "data": {'],
    ['not JSON at a spot', '{"a": 1,, "b": 2}'],
    ['not an object', '[1, 2]'],
    ['neither envelope nor state', '{"hello": "world"}'],
    ['wrong envelope', JSON.stringify({ format: 'other', formatVersion: 'one', exportedAt: 'yesterday' })],
    ['newer format', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 99, data: {} })],
    ['newer schema', file((d) => (d['schemaVersion'] = 999))],
    ['unknown schema', file((d) => (d['schemaVersion'] = 'two'))],
    [
      'bad records',
      file((d) => {
        d['people'][0].name = '';
        d['people'].push({ id: 'p1', name: 'x'.repeat(500) });
        d['processes'][0].status = 'ghosted';
        d['processes'][0].rounds[0].at = 'next Tuesday';
        d['processes'][0].rounds[0].timeZone = 'Mars/Olympus';
        d['processes'][0].rounds.push({ ...d['processes'][0].rounds[0], interviewerIds: 'p1' });
        d['processes'].push({ id: 'n2' });
        d['settings'].overdueAfterDays = 0;
        d['settings'].quietDaysAfterClose = 9999;
        d['settings'].showBadge = 'yes';
        d['history'] = {};
      }),
    ],
  ])('backup import errors: %s', (_, text) => {
    const parsed = parseBackup(text, NOW, keyOnly);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.length).toBeGreaterThan(0);
    for (const error of parsed.errors) expect(error.reason, error.path).toMatch(ONLY_KEYS);
  });

  it('backup import warnings', () => {
    const text = file((d) => {
      d['processes'][0].rounds[0].interviewerIds.push('ghost');
      d['quarantine'] = [{ kind: 'person', reason: 'kept', keptAt: NOW.toISOString(), data: {} }];
    });
    const parsed = parseBackup(text, NOW, keyOnly);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.problems).toEqual(['«warnBackupUnknownPerson»', '«warnBackupQuarantine»']);
  });

  const cal = (...lines: string[]) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
  const vevent = (...lines: string[]) => [
    'BEGIN:VEVENT',
    'UID:u' + lines.length + lines.join('').length,
    ...lines,
    'END:VEVENT',
  ];

  it.each([
    ['empty', ''],
    ['too large', 'X'.repeat(5_000_001)],
    ['not a calendar', 'BEGIN:VCARD\r\nEND:VCARD\r\n'],
    ['unreadable', 'this is not iCalendar at all'],
    ['malformed', cal(...vevent('DTSTART:tomorrow', 'SUMMARY:x'))],
  ])('calendar file refusals: %s', (_, text) => {
    const parsed = parseIcs(text, NOW, keyOnly);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(ONLY_KEYS);
  });

  it('calendar export: titles, research note and reminder', () => {
    const withRole = { ...valid, processes: valid.processes.map((p) => ({ ...p, role: 'R' })) };
    for (const st of [valid, withRole]) {
      const unfolded = exportIcs(st, NOW, keyOnly).replace(/\r\n[ \t]/g, '');
      const texts = unfolded
        .split('\r\n')
        .filter((line) => /^(SUMMARY|DESCRIPTION)[:;]/.test(line))
        .map((line) => line.slice(line.indexOf(':') + 1));
      expect(texts.length).toBe(3); // the event's title and note, the reminder's text
      // What is left once keys and the user's own data (company, role, names) are taken out.
      for (const text of texts)
        expect(text.replace(/«\w+»/g, '').replace(/Co n1|Priya Raman|\bR\b|\\n|[\s\-—:,]/g, '')).toBe('');
    }
  });

  it('calendar events skipped, with their reasons', () => {
    const parsed = parseIcs(
      cal(
        ...vevent('SUMMARY:No start'),
        ...vevent('DTSTART;VALUE=DATE:20261203', 'SUMMARY:All day'),
        ...vevent('DTSTART:20261203T100000Z', 'STATUS:CANCELLED', 'SUMMARY:Cancelled'),
        ...vevent('DTSTART;TZID=Atlantis/Capital:20261203T100000', 'SUMMARY:Unknown zone'),
        ...vevent('DTSTART:20250101T100000Z', 'RRULE:FREQ=WEEKLY;COUNT=2', 'SUMMARY:Over'),
        ...vevent('DTSTART:20261203T100000Z', 'STATUS:CANCELLED'),
      ),
      NOW,
      keyOnly,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.skipped).toHaveLength(6);
    for (const { reason } of parsed.skipped) expect(reason).toMatch(ONLY_KEYS);
    expect(parsed.skipped.at(-1)!.summary).toBe('«icsUntitled»');
  });

  it.each<[string, Site | undefined]>([
    [' ', undefined],
    ['/in/x/', undefined],
    ['javascript:alert(1)', undefined],
    ['https://', undefined],
    ['https://jane@linkedin.com/in/jane', undefined],
    ['https://lnkd.in/abc', undefined],
    ['https://business.facebook.com/x', undefined],
    ['https://example.com/in/jane', undefined],
    ['https://www.facebook.com/jane.doe', 'linkedin'],
    ['https://www.linkedin.com/', undefined],
    ['https://www.linkedin.com/in/', undefined],
    ['https://www.linkedin.com/in/me/', undefined],
    ['https://www.linkedin.com/in/a%20b/', undefined],
    ['https://www.linkedin.com/pub/dir/jane', undefined],
    ['https://www.linkedin.com/pub/jane/1a/', undefined],
    ['https://www.linkedin.com/company/acme/', undefined],
    ['https://www.linkedin.com/mwlite/feed/', undefined],
    ['https://www.linkedin.com/games/', undefined],
    ['https://www.facebook.com/', undefined],
    ['https://www.facebook.com/profile.php', undefined],
    ['https://www.facebook.com/people/Jane/', undefined],
    ['https://www.facebook.com/friends/list?profile_id=x', undefined],
    ['https://m.facebook.com/a/mobile/friends/profile_add_friend.php', undefined],
    ['https://www.facebook.com/groups/g/user/x/', undefined],
    ['https://www.facebook.com/me', undefined],
    ['https://www.facebook.com/pages/x', undefined],
    ['https://www.facebook.com/settings', undefined],
    ['https://www.facebook.com/jane/posts/123', undefined],
    ['https://www.facebook.com/jane_doe', undefined],
  ])('profile link refusals: %s (%s)', (url, site) => {
    const parsed = parseProfileUrl(url, site);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(refusalText(parsed.reason, keyOnly)).toMatch(ONLY_KEYS);
  });
});
