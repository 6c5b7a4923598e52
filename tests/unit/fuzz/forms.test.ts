// 10,000 fuzzed interview forms through validateProcessDraft, the check both the pages and the
// worker run: it never throws; a refusal names each bad field with a message the editor can
// show next to it; an acceptance keeps every filled-in row and is storable as it is (the
// worker's State check after saveProcess never has to refuse what the form accepted).
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { saveProcess } from '../../../src/core/commands.ts';
import { identityKey, parseProfileUrl } from '../../../src/core/identity.ts';
import { ProcessDraft, validateProcessDraft } from '../../../src/core/processForm.ts';
import { PROCESS_STATUSES, State, emptyState } from '../../../src/core/schema.ts';
import { ianaZone } from '../../../src/core/timeZones.ts';
import { NOW } from '../support/state.ts';
import { Tally } from '../support/tally.ts';
import { t } from '../support/words.ts';

const RUNS = 10_000;
const tally = new Tally('fuzz forms');
afterAll(() => tally.report(RUNS));

const text = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '   ',
        '\t\r\n',
        '=HYPERLINK("x")',
        '<img src=x onerror=alert(1)>',
        'Ünïcödé 😀',
        'a\u0000b',
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: max - 2, max: max + 3 }).map((n) => 'x'.repeat(Math.max(0, n))) },
  );
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2110, 0, 1) }).map((n) => new Date(n).toISOString()),
  fc
    .tuple(
      fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      fc.constantFrom('+02:00', '-05:30', '+14:00'),
    )
    .map(([n, offset]) => new Date(n).toISOString().slice(0, 19) + offset),
  fc.constantFrom('', ' ', 'tomorrow', '2026-13-45T99:99', '2026-02-30T10:00', 'NaN', '0', '2026-12-01T10:00'),
  fc.string({ maxLength: 25 }),
);
const zone = fc.oneof(
  fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
  fc.constantFrom(
    'UTC',
    'Etc/GMT+5',
    'US/Pacific',
    'utc',
    '',
    '+01:00',
    'Mars/Olympus',
    'Europe/Berlin\r\nX-INJ:1',
    'Europe/Berlin ',
  ),
  fc.string({ maxLength: 30 }),
);
const url = (site: 'linkedin' | 'facebook') =>
  fc.oneof(
    fc.constant(''),
    site === 'linkedin'
      ? fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/).map((s) => `https://www.linkedin.com/in/${s}/`)
      : fc.stringMatching(/^[a-z][a-z0-9.]{4,20}$/).map((s) => `https://www.facebook.com/${s}`),
    fc.constantFrom(
      'javascript:alert(1)',
      'https://evil.example/in/x',
      'linkedin.com/company/acme',
      'facebook.com/groups/x',
      'x'.repeat(2100),
    ),
    fc.string({ maxLength: 40 }),
  );
const person = fc.record(
  {
    id: fc.string({ maxLength: 10 }),
    name: text(200),
    linkedinUrl: url('linkedin'),
    facebookUrl: url('facebook'),
    title: text(200),
  },
  { requiredKeys: ['name', 'linkedinUrl', 'facebookUrl'] },
);
const round = fc.record(
  { at: instant, timeZone: zone, label: text(200), interviewers: fc.array(person, { maxLength: 4 }) },
  { requiredKeys: ['at', 'timeZone', 'label', 'interviewers'] },
);
const draft = fc.record({
  company: text(200),
  role: text(200),
  status: fc.constantFrom(...PROCESS_STATUSES),
  notes: fc.oneof(
    text(5000),
    fc.integer({ min: 4990, max: 5010 }).map((n) => 'n'.repeat(n)),
  ),
  rounds: fc.array(round, { maxLength: 4 }),
});

// Mostly well-formed drafts with one or two hostile fields, so acceptances are exercised too.
const fine = fc.record({
  company: fc.stringMatching(/^[A-Za-z][A-Za-z .&-]{0,30}$/),
  role: fc.string({ maxLength: 30 }),
  status: fc.constantFrom(...PROCESS_STATUSES),
  notes: fc.string({ maxLength: 100 }),
  rounds: fc.array(
    fc.record({
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }).map((n) => new Date(n).toISOString()),
      timeZone: fc.constantFrom(...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/GMT-3'),
      label: fc.string({ maxLength: 20 }),
      interviewers: fc.array(
        fc.record({
          name: fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,20}$/),
          linkedinUrl: url('linkedin').filter((u) => u === '' || u.startsWith('https://www.linkedin.com/in/')),
          facebookUrl: fc.constant(''),
          title: fc.string({ maxLength: 20 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});
const mixed = fc
  .tuple(fine, draft, fc.subarray(['company', 'role', 'notes', 'rounds'] as const, { maxLength: 2 }))
  .map(([good, bad, keys]) => {
    const out = { ...good };
    for (const key of keys) (out as Record<string, unknown>)[key] = bad[key];
    return out;
  });

const FIELD =
  /^(company|role|notes|rounds|form|rounds\.\d+\.(at|label)|rounds\.\d+\.interviewers\.\d+\.(name|linkedinUrl|facebookUrl|title))$/;

describe('fuzzed interview forms', () => {
  it(`${RUNS} drafts: no crash, every refusal explained field by field, every acceptance kept whole and storable`, () => {
    fc.assert(
      fc.property(fc.oneof(draft, mixed), (input) => {
        tally.checkSync(JSON.stringify(input).slice(0, 300), () => {
          if (!ProcessDraft.safeParse(input).success) return 'generator made a draft the message schema refuses';
          const result = validateProcessDraft(input, t);
          if (!result.ok) {
            tally.note('refused with messages');
            const entries = Object.entries(result.errors);
            if (entries.length === 0) return 'refused without a message';
            for (const [path, message] of entries) {
              if (!FIELD.test(path)) return `error on an unknown field ${path}`;
              if (typeof message !== 'string' || !/\S/.test(message) || /\{(zone|max|reason)\}/.test(message))
                return `unclear message for ${path}: ${message}`;
            }
            return true;
          }
          tally.note('accepted');
          const value = result.value;
          if (value.company !== input.company.trim() || !value.company) return 'company changed';
          if (value.rounds.length !== input.rounds.length) return 'a round was dropped';
          for (const [r, round] of value.rounds.entries()) {
            if (!ianaZone(round.timeZone)) return `accepted zone ${JSON.stringify(round.timeZone)}`;
            const filled = input.rounds[r]!.interviewers.filter(
              (p) => p.name.trim() || p.linkedinUrl.trim() || p.facebookUrl.trim(),
            );
            if (round.interviewers.length !== filled.length) return 'an interviewer row was dropped';
          }
          // What the worker then does with it must be storable: State.parse never refuses it.
          let n = 0;
          const saved = saveProcess(emptyState(), value, { now: NOW, newId: () => `id${++n}` });
          const parsed = State.safeParse(saved.state);
          if (!parsed.success)
            return `accepted but not storable: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`;
          // Every profile link given is on a stored person.
          const stored = new Set(
            saved.state.people
              .flatMap((p) => [p.linkedinUrl, p.facebookUrl])
              .flatMap((u) => {
                const id = u ? parseProfileUrl(u) : undefined;
                return id?.ok ? [identityKey(id.identity)] : [];
              }),
          );
          for (const round of value.rounds)
            for (const p of round.interviewers)
              for (const u of [p.linkedinUrl, p.facebookUrl]) {
                const id = u ? parseProfileUrl(u) : undefined;
                if (id?.ok && !stored.has(identityKey(id.identity))) return `link ${u} lost`;
              }
          return true;
        });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
