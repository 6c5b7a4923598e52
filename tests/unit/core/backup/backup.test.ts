import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../../support/words.ts';
import { BACKUP_FORMAT, exportBackup, parseBackup, type ParsedBackup } from '../../../../src/core/backup/envelope.ts';
import { jsonErrorLocation } from '../../../../src/core/backup/jsonErrors.ts';
import { mergeStates } from '../../../../src/core/backup/merge.ts';
import {
  DEFAULT_SETTINGS,
  PROCESS_STATUSES,
  SCHEMA_VERSION,
  State,
  emptyState,
  type Person,
  type Process,
  type State as StateT,
} from '../../../../src/core/schema.ts';
import { DOC_PATH, withCurrentSchema } from '../../../../scripts/data-format.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const T = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();

function accepted(result: ParsedBackup) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}
function rejected(result: ParsedBackup) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

function proc(id: string, rounds: Array<{ id: string; people: string[] }>, over: Partial<Process> = {}): Process {
  return {
    id,
    company: `Co ${id}`,
    role: 'Engineer',
    status: 'scheduled',
    notes: '',
    createdAt: T(1),
    updatedAt: T(1),
    statusChangedAt: T(1),
    revision: 1,
    rounds: rounds.map((r) => ({ id: r.id, at: T(30), timeZone: 'Europe/Berlin', interviewerIds: r.people })),
    ...over,
  };
}
const stateOf = (people: Person[], processes: Process[], over: Partial<StateT> = {}): StateT =>
  State.parse({ ...emptyState(), people, processes, ...over });

const sample = stateOf(
  [
    { id: 'dana', name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' },
    { id: 'sam', name: 'Sam Ortega', title: 'Recruiter' },
  ],
  [
    proc('n', [{ id: 'n1', people: ['dana', 'sam'] }]),
    proc('g', [{ id: 'g1', people: ['sam'] }], { status: 'interviewing', notes: 'Bring the portfolio.' }),
  ],
  {
    quarantine: [
      { kind: 'process', reason: 'processes[3].rounds: Too small', keptAt: T(2), data: { id: 'broken', rounds: [] } },
    ],
  },
);

// ---------------------------------------------------------------------------------------------
// Arbitrary valid states. Ids come from small pools so two states overlap (for merge tests).

const iso = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }).map((t) => new Date(t).toISOString());
const slug = fc.constantFrom('dana-w', 'sam-o', 'lee-m', 'aiko-t');
const personArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.string({ minLength: 1, maxLength: 30 }),
      linkedinUrl: fc
        .tuple(fc.constantFrom('www', 'de', 'uk'), slug)
        .map(([sub, s]) => `https://${sub}.linkedin.com/in/${s}/`),
      facebookUrl: fc.constantFrom(
        'https://www.facebook.com/jane.doe',
        'https://m.facebook.com/profile.php?id=1000123',
      ),
      title: fc.string({ maxLength: 20 }),
    },
    { requiredKeys: ['id', 'name'] },
  );
const stateArb = (idPool: string[]) =>
  fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...idPool), { maxLength: idPool.length }),
      fc.uniqueArray(fc.constantFrom(...idPool), { maxLength: idPool.length }),
    )
    .chain(([personIds, processIds]) =>
      fc.record({
        schemaVersion: fc.constant(SCHEMA_VERSION as typeof SCHEMA_VERSION),
        people: fc.tuple(...personIds.map(personArb)),
        processes: fc.tuple(
          ...processIds.map((id) =>
            fc.record({
              id: fc.constant(`proc-${id}`),
              company: fc.string({ minLength: 1, maxLength: 30 }),
              role: fc.string({ maxLength: 30 }),
              status: fc.constantFrom(...PROCESS_STATUSES),
              notes: fc.string({ maxLength: 50 }),
              rounds: fc.uniqueArray(
                fc.record(
                  {
                    id: fc.constantFrom('r1', 'r2', 'r3'),
                    at: iso,
                    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Tokyo'),
                    label: fc.string({ maxLength: 10 }),
                    // Sometimes a person the state lacks: allowed, warned about on import.
                    interviewerIds: fc.uniqueArray(fc.constantFrom(...idPool), { maxLength: 3 }),
                  },
                  { requiredKeys: ['id', 'at', 'timeZone', 'interviewerIds'] },
                ),
                { minLength: 1, maxLength: 3, selector: (r) => r.id },
              ),
              createdAt: iso,
              updatedAt: iso,
              statusChangedAt: iso,
              revision: fc.nat(50),
            }),
          ),
        ),
        settings: fc
          .record({
            overdueAfterDays: fc.integer({ min: 1, max: 365 }),
            quietDaysAfterClose: fc.integer({ min: 0, max: 365 }),
            showBadge: fc.boolean(),
          })
          .map((s) => ({ ...DEFAULT_SETTINGS, ...s })),
        history: fc.uniqueArray(
          fc.record({
            id: fc.constantFrom('h1', 'h2', 'h3'),
            at: iso,
            site: fc.constantFrom('linkedin' as const, 'facebook' as const),
            kind: fc.constantFrom('connect' as const, 'add-friend' as const),
            personName: fc.string({ maxLength: 20 }),
            personId: fc.constantFrom(...idPool),
            company: fc.string({ maxLength: 20 }),
            reason: fc.constantFrom('before-interview', 'awaiting-decision'),
            outcome: fc.constantFrom('shown' as const, 'cancelled' as const, 'sent-anyway' as const),
          }),
          { maxLength: 3, selector: (h) => h.id },
        ),
        connectLater: fc.uniqueArray(
          fc.record({
            id: fc.constantFrom('c1', 'c2'),
            personId: fc.constantFrom(...idPool),
            processId: fc.constantFrom(...idPool).map((id) => `proc-${id}`),
            profileUrl: fc.constant('https://www.linkedin.com/in/dana-w/'),
            createdAt: iso,
          }),
          { maxLength: 2, selector: (c) => c.id },
        ),
        allowances: fc.uniqueArray(
          fc.record({
            personId: fc.constantFrom(...idPool),
            processId: fc.constantFrom(...idPool).map((id) => `proc-${id}`),
            at: iso,
          }),
          { maxLength: 2, selector: (a) => `${a.personId} ${a.processId}` },
        ),
        quarantine: fc.array(
          fc.record({
            kind: fc.constantFrom('person', 'process', 'settings', 'state'),
            reason: fc.string(),
            keptAt: iso,
            data: fc.jsonValue(),
          }),
          { maxLength: 2 },
        ),
        revision: fc.integer({ min: 50, max: 80 }),
        settingsRevision: fc.nat(50),
      }),
    ) as fc.Arbitrary<StateT>;
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// ---------------------------------------------------------------------------------------------

describe('exportBackup / parseBackup', () => {
  it('writes the envelope with the whole state, quarantine included', () => {
    const file = JSON.parse(exportBackup(sample, NOW));
    expect(file).toEqual({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      exportedAt: '2026-11-27T12:00:00.000Z',
      data: sample,
    });
    expect(exportBackup(sample, NOW)).toMatch(/^\{\n  "format": "offer-first-backup",/);
  });

  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(stateArb(['a', 'b', 'c', 'd']), (state) => {
        expect(State.safeParse(state).success).toBe(true);
        const parsed = accepted(parseBackup(exportBackup(state, NOW), NOW, t));
        expect(parsed.state).toEqual(json(state));
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(accepted(parseBackup('\uFEFF' + exportBackup(sample, NOW), NOW, t)).state).toEqual(sample);
  });

  it('accepts a bare state without the envelope', () => {
    expect(accepted(parseBackup(JSON.stringify(sample), NOW, t)).state).toEqual(sample);
  });

  it('imports a schema v1 file, migrated', () => {
    const v1 = {
      schemaVersion: 1,
      people: [
        { id: 'dana', name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' },
        { id: 'sam', name: 'Sam Ortega' },
      ],
      processes: [
        {
          id: 'n',
          company: 'Northwind Labs',
          role: 'Engineer',
          status: 'scheduled',
          rounds: [{ id: 'n1', at: '2026-12-01T15:00:00+01:00', interviewerIds: ['dana', 'sam'] }],
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-02T00:00:00.000Z',
        },
      ],
      settings: { overdueAfterDays: 21 },
    };
    const expected: StateT = {
      ...emptyState(),
      people: v1.people,
      processes: [
        {
          id: 'n',
          company: 'Northwind Labs',
          role: 'Engineer',
          status: 'scheduled',
          notes: '',
          rounds: [{ id: 'n1', at: '2026-12-01T15:00:00+01:00', timeZone: 'UTC', interviewerIds: ['dana', 'sam'] }],
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-02T00:00:00.000Z',
          statusChangedAt: '2026-11-02T00:00:00.000Z',
          revision: 1,
        },
      ],
      settings: { ...DEFAULT_SETTINGS, overdueAfterDays: 21, quietDaysAfterClose: 0 },
      revision: 1,
      settingsRevision: 1,
    };
    const bare = accepted(parseBackup(JSON.stringify(v1), NOW, t));
    expect(bare).toEqual({ ok: true, state: expected, problems: [] });
    const wrapped = accepted(
      parseBackup(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: T(3), data: v1 }), NOW, t),
    );
    expect(wrapped.state).toEqual(expected);
  });

  it('warns, without refusing, about rounds naming people the file lacks, and about quarantined records', () => {
    const s = stateOf([{ id: 'dana', name: 'Dana' }], [proc('n', [{ id: 'n1', people: ['dana', 'ghost'] }])], {
      quarantine: sample.quarantine,
    });
    expect(accepted(parseBackup(exportBackup(s, NOW), NOW, t)).problems).toEqual([
      'data.processes[0].rounds[0].interviewerIds[1]: no person with id "ghost" in the file; the round keeps the reference.',
      'data.quarantine: 1 record(s) that could not be read earlier are carried along unchanged.',
    ]);
  });
});

describe('parseBackup: every problem, with its path', () => {
  const envelope = (data: unknown, over: Record<string, unknown> = {}) =>
    JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: T(3), data, ...over }, null, 2);

  it('reports every invalid record, not only the first', () => {
    const data = json(sample) as unknown as {
      people: Array<Record<string, unknown>>;
      processes: Array<Record<string, unknown>>;
      settings: Record<string, unknown>;
    };
    data.people[1]!['name'] = '';
    data.processes.push({
      ...data.processes[0]!,
      id: 'third',
      rounds: [{ id: 'x', at: 'next Tuesday', timeZone: 'UTC', interviewerIds: [] }],
    });
    data.processes[1]!['status'] = 'ghosted';
    data.settings['overdueAfterDays'] = 0;
    const errors = rejected(parseBackup(envelope(data), NOW, t));
    expect(errors.map((e) => e.path)).toEqual([
      'data.people[1].name',
      'data.processes[1].status',
      'data.processes[2].rounds[0].at',
      'data.settings.overdueAfterDays',
    ]);
    expect(errors[2]).toEqual({
      path: 'data.processes[2].rounds[0].at',
      reason: 'Invalid ISO datetime (expected a date and time with its offset, like 2026-12-01T15:00:00+01:00).',
    });
    for (const e of errors) expect(e.reason).not.toBe('');
  });

  it('reports missing fields and wrong types by path', () => {
    const errors = rejected(
      parseBackup(
        envelope({
          schemaVersion: 2,
          people: [{ id: 'x' }],
          processes: 'none',
          settings: { overdueAfterDays: 21, quietDaysAfterClose: 0 },
          quarantine: [],
        }),
        NOW,
        t,
      ),
    );
    expect(errors.map((e) => e.path)).toEqual(['data.people[0].name', 'data.processes']);
  });

  it("reports duplicate ids among people, processes and a process's rounds", () => {
    const data = json(sample);
    data.people.push({ id: 'dana', name: 'Dana again' });
    data.processes.push({ ...data.processes[0]!, company: 'Again' });
    data.processes[1]!.rounds.push({ ...data.processes[1]!.rounds[0]! });
    expect(rejected(parseBackup(envelope(data), NOW, t))).toEqual([
      { path: 'data.people[2].id', reason: 'Duplicate id "dana" (also used by data.people[0]).' },
      {
        path: 'data.processes[1].rounds[1].id',
        reason: 'Duplicate id "g1" (also used by data.processes[1].rounds[0]).',
      },
      { path: 'data.processes[2].id', reason: 'Duplicate id "n" (also used by data.processes[0]).' },
    ]);
  });

  it('reports paths of a bare state without the data. prefix', () => {
    const data = json(sample);
    data.processes[0]!.rounds[0]!.at = 'soon';
    expect(rejected(parseBackup(JSON.stringify(data), NOW, t))).toEqual([
      {
        path: 'processes[0].rounds[0].at',
        reason: 'Invalid ISO datetime (expected a date and time with its offset, like 2026-12-01T15:00:00+01:00).',
      },
    ]);
  });

  it('checks the envelope: marker, format version, export date, data, all at once', () => {
    expect(
      rejected(
        parseBackup(
          JSON.stringify({ format: 'something-else', formatVersion: 'one', exportedAt: 'yesterday' }),
          NOW,
          t,
        ),
      ),
    ).toEqual([
      { path: 'format', reason: 'Expected "offer-first-backup"; this is not an Offer First backup.' },
      { path: 'formatVersion', reason: 'Missing or not a whole number.' },
      {
        path: 'exportedAt',
        reason: 'Invalid ISO datetime (expected a date and time with its offset, like 2026-12-01T15:00:00+01:00).',
      },
      { path: 'data', reason: 'Missing: the backup holds no data.' },
    ]);
  });

  it('refuses files from a newer version, saying to update', () => {
    expect(rejected(parseBackup(envelope(sample, { formatVersion: 2 }), NOW, t))).toEqual([
      {
        path: 'formatVersion',
        reason:
          'The file was made by a newer version of Offer First (backup format 2); update the extension to read it.',
      },
    ]);
    const next = SCHEMA_VERSION + 1;
    expect(rejected(parseBackup(envelope({ ...sample, schemaVersion: next }), NOW, t))).toEqual([
      {
        path: 'data.schemaVersion',
        reason: `The data was saved by a newer version of Offer First (schema ${next}); update the extension to read it.`,
      },
    ]);
    expect(rejected(parseBackup(envelope({ ...sample, schemaVersion: 'two' }), NOW, t))).toEqual([
      { path: 'data.schemaVersion', reason: 'The data cannot be read: Offer First knows no schema version "two".' },
    ]);
  });

  it('says where a file stops being JSON', () => {
    const text = '{\n  "format": "offer-first-backup",\n  "formatVersion": 1,\n  "data": }\n';
    const [error] = rejected(parseBackup(text, NOW, t));
    expect(error).toEqual({
      path: '',
      reason: 'The file is not valid JSON (the problem is at line 4, column 11). Was it edited by hand?',
    });
    // The forms other engines use.
    expect(jsonErrorLocation(text, 'JSON.parse: unexpected character at line 4 column 11 of the JSON data')).toEqual({
      line: 4,
      column: 11,
    });
    expect(jsonErrorLocation(text, `Unexpected token '}', "..." is not valid JSON (line 4 column 11)`)).toEqual({
      line: 4,
      column: 11,
    });
    expect(rejected(parseBackup('{"format": "offer-first-', NOW, t))[0]!.reason).toMatch(/^The file is not valid JSON/);
  });

  it.each([
    ['', 'The file is empty.'],
    ['[1, 2]', 'The file does not contain an Offer First backup.'],
    ['"hello"', 'The file does not contain an Offer First backup.'],
    ['{"people": []}', 'The file does not contain an Offer First backup (no "format" or "schemaVersion").'],
  ])('%j → %s', (text, reason) => {
    expect(rejected(parseBackup(text, NOW, t))).toEqual([{ path: '', reason }]);
  });

  it('refuses a file over 5 MB before reading it', () => {
    expect(rejected(parseBackup(' '.repeat(4_999_990) + '{"x":1}' + ' '.repeat(10), NOW, t))).toEqual([
      { path: '', reason: 'The file is 5.0 MB; an Offer First backup is never larger than 5 MB, so this is not one.' },
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, data: v })),
        ),
        (text) => {
          expect(typeof parseBackup(text, NOW, t).ok).toBe('boolean');
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('mergeStates', () => {
  const dana: Person = { id: 'dana', name: 'Dana Whitfield', linkedinUrl: 'https://de.linkedin.com/in/Dana-Whitfield' };
  const sam: Person = { id: 'sam', name: 'Sam Ortega' };

  it('adds new records, updates changed ones and counts the rest', () => {
    const current = stateOf([dana, sam], [proc('n', [{ id: 'n1', people: ['dana'] }])]);
    const incoming = stateOf(
      [
        { ...sam, title: 'Recruiter' },
        { id: 'lee', name: 'Lee Morgan' },
      ],
      [proc('n', [{ id: 'n1', people: ['dana'] }]), proc('g', [{ id: 'g1', people: ['lee'] }])],
    );
    const { state, summary } = mergeStates(current, incoming, 'merge');
    expect(summary).toEqual({ added: 2, updated: 1, unchanged: 1, olderIgnored: 0, removed: 0 });
    expect(state.people.map((p) => p.id)).toEqual(['dana', 'sam', 'lee']);
    expect(state.people[1]).toEqual({ ...sam, title: 'Recruiter' });
    expect(state.processes.map((p) => p.id)).toEqual(['n', 'g']);
    expect(State.safeParse(state).success).toBe(true);
  });

  it('takes a process from the file unless the stored copy was edited later; a tie goes to the file', () => {
    const current = stateOf(
      [],
      [
        proc('a', [{ id: 'a1', people: [] }], { updatedAt: T(10), notes: 'mine' }),
        proc('b', [{ id: 'b1', people: [] }], { updatedAt: T(10), notes: 'mine' }),
        proc('c', [{ id: 'c1', people: [] }], { updatedAt: T(10), notes: 'mine' }),
      ],
    );
    const incoming = stateOf(
      [],
      [
        proc('a', [{ id: 'a1', people: [] }], { updatedAt: T(11), notes: 'newer in file', status: 'offer' }),
        proc('b', [{ id: 'b1', people: [] }], { updatedAt: T(9), notes: 'older in file' }),
        proc('c', [{ id: 'c1', people: [] }], { updatedAt: T(10), notes: 'same time in file' }),
      ],
    );
    const { state, summary } = mergeStates(current, incoming, 'merge');
    expect(state.processes.map((p) => p.notes)).toEqual(['newer in file', 'mine', 'same time in file']);
    expect(summary).toEqual({ added: 0, updated: 2, unchanged: 0, olderIgnored: 1, removed: 0 });
  });

  it('treats people with the same profile as one person and points the rounds at the stored one', () => {
    const current = stateOf([dana], [proc('n', [{ id: 'n1', people: ['dana'] }])]);
    const twin: Person = {
      id: 'd-2',
      name: 'Dana W.',
      linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/?originalSubdomain=de',
      facebookUrl: 'https://www.facebook.com/dana.whitfield',
      title: 'CTO',
    };
    const incoming = stateOf(
      [twin],
      [
        proc('g', [
          { id: 'g1', people: ['d-2'] },
          { id: 'g2', people: ['d-2', 'dana'] },
        ]),
      ],
    );
    const { state, summary } = mergeStates(current, incoming, 'merge');
    expect(state.people).toEqual([{ ...dana, facebookUrl: twin.facebookUrl, title: 'CTO' }]); // missing fields filled, name and link kept
    expect(state.processes[1]!.rounds.map((r) => r.interviewerIds)).toEqual([['dana'], ['dana']]);
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 0, olderIgnored: 0, removed: 0 });
  });

  it("adds the file's new history, reminders and allowances, pointing at the stored twin", () => {
    const current = stateOf([dana], [proc('n', [{ id: 'n1', people: ['dana'] }])], {
      history: [
        {
          id: 'h1',
          at: T(20),
          site: 'linkedin',
          kind: 'connect',
          personName: 'Dana',
          personId: 'dana',
          company: 'Co n',
          reason: 'before-interview',
          outcome: 'cancelled',
        },
      ],
      allowances: [{ personId: 'dana', processId: 'n', at: T(20) }],
    });
    const incoming = stateOf(
      [{ id: 'd-2', name: 'Dana', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield' }],
      [],
      {
        history: [
          {
            id: 'h1',
            at: T(21),
            site: 'linkedin',
            kind: 'connect',
            personName: 'changed',
            company: 'Co n',
            reason: 'before-interview',
            outcome: 'shown',
          },
          {
            id: 'h2',
            at: T(22),
            site: 'facebook',
            kind: 'add-friend',
            personName: 'Dana',
            personId: 'd-2',
            company: 'Co n',
            reason: 'before-interview',
            outcome: 'sent-anyway',
          },
        ],
        connectLater: [
          {
            id: 'c1',
            personId: 'd-2',
            processId: 'n',
            profileUrl: 'https://www.linkedin.com/in/dana-whitfield',
            createdAt: T(22),
          },
        ],
        allowances: [
          { personId: 'd-2', processId: 'n', at: T(22) },
          { personId: 'd-2', processId: 'g', at: T(22) },
        ],
      },
    );
    const { state } = mergeStates(current, incoming, 'merge');
    expect(state.history.map((h) => [h.id, h.personName, h.personId])).toEqual([
      ['h1', 'Dana', 'dana'],
      ['h2', 'Dana', 'dana'],
    ]);
    expect(state.connectLater.map((c) => c.personId)).toEqual(['dana']);
    expect(state.allowances).toEqual([
      { personId: 'dana', processId: 'n', at: T(20) },
      { personId: 'dana', processId: 'g', at: T(22) },
    ]);
  });

  it('also merges two people of the file who share a Facebook identity', () => {
    const a: Person = { id: 'a', name: 'Jane Doe', facebookUrl: 'https://www.facebook.com/jane.doe' };
    const b: Person = { id: 'b', name: 'Jane', facebookUrl: 'https://m.facebook.com/JaneDoe/about' };
    const { state } = mergeStates(emptyState(), stateOf([a, b], [proc('p', [{ id: 'p1', people: ['b'] }])]), 'merge');
    expect(state.people.map((p) => p.id)).toEqual(['a']);
    expect(state.processes[0]!.rounds[0]!.interviewerIds).toEqual(['a']);
  });

  it("keeps a stored link that the file's copy of the same person leaves out", () => {
    const stored: Person = {
      id: 'a',
      name: 'Jane Doe',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
      facebookUrl: 'https://www.facebook.com/jane.doe',
      title: 'CTO',
    };
    const { state, summary } = mergeStates(stateOf([stored], []), stateOf([{ id: 'a', name: 'J. Doe' }], []), 'merge');
    expect(state.people).toEqual([{ ...stored, name: 'J. Doe' }]);
    expect(summary.updated).toBe(1);
  });

  it('never merges two different profiles of one site into one person (grouping through a shared link)', () => {
    const a: Person = {
      id: 'a',
      name: 'Jane',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
      facebookUrl: 'https://www.facebook.com/jane.doe',
    };
    const b: Person = {
      id: 'b',
      name: 'Sam',
      linkedinUrl: 'https://www.linkedin.com/in/sam-o/',
      facebookUrl: 'https://www.facebook.com/jane.doe',
    };
    const { state } = mergeStates(emptyState(), stateOf([a, b], [proc('p', [{ id: 'p1', people: ['b'] }])]), 'merge');
    expect(state.people.map((p) => p.linkedinUrl)).toEqual([a.linkedinUrl, b.linkedinUrl]);
    expect(state.processes[0]!.rounds[0]!.interviewerIds).toEqual(['b']);
  });

  it("keeps the stored settings on merge and takes the file's on replace; unites quarantine on both", () => {
    const q1 = sample.quarantine[0]!;
    const q2 = { kind: 'person' as const, reason: 'people[0].name: Too small', keptAt: T(5), data: { id: 'x' } };
    const current = stateOf([dana], [], {
      settings: { ...DEFAULT_SETTINGS, overdueAfterDays: 30, quietDaysAfterClose: 7 },
      quarantine: [q1],
    });
    const incoming = stateOf([sam], [], {
      settings: { ...DEFAULT_SETTINGS, overdueAfterDays: 14, friction: 'reason' },
      quarantine: [q1, q2],
    });
    const merged = mergeStates(current, incoming, 'merge');
    expect(merged.state.settings).toEqual(current.settings);
    expect(merged.state.quarantine).toEqual([q1, q2]);
    const replaced = mergeStates(current, incoming, 'replace');
    expect(replaced.state).toEqual({ ...incoming, quarantine: [q1, q2] });
    expect(replaced.summary).toEqual({ added: 1, updated: 0, unchanged: 0, olderIgnored: 0, removed: 1 });
  });

  it('replace counts what changes', () => {
    const current = stateOf([dana, sam], [proc('n', [{ id: 'n1', people: ['dana'] }])]);
    const incoming = stateOf([dana, { ...sam, name: 'Samuel Ortega' }], [proc('g', [{ id: 'g1', people: [] }])]);
    expect(mergeStates(current, incoming, 'replace').summary).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
      olderIgnored: 0,
      removed: 1,
    });
  });

  it('always gives a valid state that keeps every stored record, and merging twice changes nothing more', () => {
    const pool = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(stateArb(pool), stateArb(pool), (current, incoming) => {
        const once = mergeStates(current, incoming, 'merge');
        expect(State.safeParse(once.state).success).toBe(true);
        const ids = (s: StateT) => [...s.people.map((p) => p.id), ...s.processes.map((p) => p.id)];
        expect(ids(once.state)).toEqual(expect.arrayContaining(ids(current)));
        expect(once.state.processes.map((p) => p.id)).toEqual(
          expect.arrayContaining(incoming.processes.map((p) => p.id)),
        );
        expect(mergeStates(once.state, incoming, 'merge').state).toEqual(once.state);
        const self = mergeStates(current, current, 'merge');
        expect(self.state).toEqual(current);
        const replaced = mergeStates(current, incoming, 'replace');
        expect(State.safeParse(replaced.state).success).toBe(true);
        expect(replaced.state.processes).toEqual(incoming.processes);
      }),
      { numRuns: 300 },
    );
  });
});

describe('docs/data-format.md', () => {
  it('carries the JSON Schema of the current zod schemas (run npm run docs:data-format to refresh it)', () => {
    const doc = readFileSync(new URL(`../../../../${DOC_PATH}`, import.meta.url), 'utf8');
    expect(withCurrentSchema(doc) === doc, `${DOC_PATH} is out of date: run npm run docs:data-format`).toBe(true);
  });

  it('describes a file that the schema accepts (the example in the document parses)', () => {
    const doc = readFileSync(new URL(`../../../../${DOC_PATH}`, import.meta.url), 'utf8');
    const example = /## The file\n\n```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(accepted(parseBackup(example!, NOW, t)).problems).toEqual([]);
  });
});
