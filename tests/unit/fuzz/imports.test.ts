// 10,000 fuzzed backup files through parseBackup and mergeStates, the worker's import path:
// a file is either refused with messages or applied whole, and a merge never loses anything
// already stored (people, processes, history, reminders, quarantine). Files are valid backups
// with random damage, cut-off files, random JSON and random text.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { BACKUP_FORMAT, exportBackup, parseBackup } from '../../../src/core/backup/envelope.ts';
import { mergeStates } from '../../../src/core/backup/merge.ts';
import { identityKey, parseProfileUrl } from '../../../src/core/identity.ts';
import {
  DEFAULT_SETTINGS,
  PROCESS_STATUSES,
  SCHEMA_VERSION,
  State,
  type State as StateT,
} from '../../../src/core/schema.ts';
import { NOW } from '../support/state.ts';
import { Tally } from '../support/tally.ts';
import { t } from '../support/words.ts';

const RUNS = 10_000;
const tally = new Tally('fuzz imports');
afterAll(() => tally.report(RUNS));

const iso = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) }).map((n) => new Date(n).toISOString());
const ids = ['a', 'b', 'c', 'd'];
const slug = fc.constantFrom('dana-w', 'sam-o', 'lee-m');
const fileState: fc.Arbitrary<StateT> = fc
  .record({
    people: fc.uniqueArray(
      fc.record(
        {
          id: fc.constantFrom(...ids),
          name: fc.string({ minLength: 1, maxLength: 20 }),
          linkedinUrl: slug.map((s) => `https://www.linkedin.com/in/${s}/`),
          facebookUrl: fc.constantFrom(
            'https://www.facebook.com/jane.doe',
            'https://www.facebook.com/profile.php?id=1000123',
          ),
          title: fc.string({ maxLength: 20 }),
        },
        { requiredKeys: ['id', 'name'] },
      ),
      { maxLength: 3, selector: (p) => p.id },
    ),
    processes: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...ids.map((i) => `p-${i}`)),
        company: fc.string({ minLength: 1, maxLength: 20 }),
        role: fc.string({ maxLength: 20 }),
        status: fc.constantFrom(...PROCESS_STATUSES),
        notes: fc.string({ maxLength: 40 }),
        rounds: fc.uniqueArray(
          fc.record({
            id: fc.constantFrom('r1', 'r2'),
            at: iso,
            timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata'),
            interviewerIds: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 2 }),
          }),
          { minLength: 1, maxLength: 2, selector: (r) => r.id },
        ),
        createdAt: iso,
        updatedAt: iso,
        statusChangedAt: iso,
        revision: fc.nat(5),
      }),
      { maxLength: 3, selector: (p) => p.id },
    ),
    history: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('h1', 'h2', 'h3'),
        at: iso,
        site: fc.constantFrom('linkedin' as const, 'facebook' as const),
        kind: fc.constant('connect' as const),
        personName: fc.string({ maxLength: 10 }),
        personId: fc.constantFrom(...ids),
        company: fc.string({ maxLength: 10 }),
        reason: fc.constant('before-interview'),
        outcome: fc.constantFrom('shown' as const, 'cancelled' as const),
      }),
      { maxLength: 2, selector: (h) => h.id },
    ),
  })
  .map(
    (s) =>
      ({
        schemaVersion: SCHEMA_VERSION,
        revision: 1,
        settingsRevision: 1,
        settings: DEFAULT_SETTINGS,
        connectLater: [],
        allowances: [],
        quarantine: [],
        ...s,
      }) as StateT,
  );

// Damage at a random place of the parsed file: a value replaced, removed, or a list emptied.
const damage = fc.record({
  path: fc.array(fc.nat(6), { minLength: 1, maxLength: 5 }),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constant(undefined),
    fc.constantFrom('UTC\r\nX:1', '', -1, 1e309, '2026-02-30T10:00:00Z', '\u0000'),
  ),
});
function damaged(file: unknown, hits: Array<{ path: number[]; value: unknown }>): unknown {
  const root = structuredClone(file);
  for (const { path, value } of hits) {
    let node: unknown = root;
    for (const [depth, step] of path.entries()) {
      if (typeof node !== 'object' || node === null) break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length]!;
      if (depth === path.length - 1) {
        if (value === undefined) delete (node as Record<string, unknown>)[key];
        else (node as Record<string, unknown>)[key] = value;
      } else node = (node as Record<string, unknown>)[key];
    }
  }
  return root;
}

const files = fc.oneof(
  { weight: 3, arbitrary: fileState.map((s) => exportBackup(s, NOW)) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fileState, fc.array(damage, { minLength: 1, maxLength: 3 }))
      .map(([s, hits]) => JSON.stringify(damaged(JSON.parse(exportBackup(s, NOW)), hits))),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fileState, fc.double({ min: 0, max: 1, noNaN: true })).map(([s, cut]) => {
      const text = exportBackup(s, NOW);
      return text.slice(0, Math.floor(text.length * cut));
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .jsonValue({ maxDepth: 3 })
      .map((data) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: NOW.toISOString(), data })),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.json({ maxDepth: 3 }),
      fc.constantFrom(
        '',
        '{',
        '[]',
        'null',
        '{"schemaVersion":99}',
        '{"format":"offer-first-backup","formatVersion":2}',
      ),
    ),
  },
);

// What is already stored: overlapping ids and identities with the files.
const current: StateT = State.parse({
  schemaVersion: SCHEMA_VERSION,
  people: [
    { id: 'a', name: 'Dana W', linkedinUrl: 'https://www.linkedin.com/in/dana-w/' },
    { id: 'x', name: 'Jane Doe', facebookUrl: 'https://www.facebook.com/jane.doe' },
  ],
  processes: [
    {
      id: 'p-a',
      company: 'Stored Co',
      role: '',
      status: 'interviewing',
      notes: 'mine',
      rounds: [{ id: 'r1', at: '2026-12-01T10:00:00+01:00', timeZone: 'Europe/Paris', interviewerIds: ['a', 'x'] }],
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-20T00:00:00Z',
      statusChangedAt: '2026-11-01T00:00:00Z',
    },
    {
      id: 'p-z',
      company: 'Only here',
      role: '',
      status: 'scheduled',
      notes: '',
      rounds: [{ id: 'r1', at: '2026-12-03T10:00:00Z', timeZone: 'UTC', interviewerIds: ['x'] }],
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
      statusChangedAt: '2026-11-01T00:00:00Z',
    },
  ],
  settings: DEFAULT_SETTINGS,
  history: [
    {
      id: 'h1',
      at: '2026-11-02T00:00:00Z',
      site: 'linkedin',
      kind: 'connect',
      personName: 'Dana',
      personId: 'a',
      company: 'Stored Co',
      reason: 'before-interview',
      outcome: 'cancelled',
    },
  ],
  connectLater: [],
  allowances: [{ personId: 'x', processId: 'p-z', at: '2026-11-03T00:00:00Z' }],
  quarantine: [{ kind: 'process', reason: 'kept from before', keptAt: '2026-11-04T00:00:00Z', data: { id: 'old' } }],
});

const keysOf = (p: { linkedinUrl?: string | undefined; facebookUrl?: string | undefined }) =>
  [p.linkedinUrl, p.facebookUrl].flatMap((u) => {
    const r = u ? parseProfileUrl(u) : undefined;
    return r?.ok ? [identityKey(r.identity)] : [];
  });

function checkMerge(incoming: StateT): string | true {
  const { state } = mergeStates(current, incoming, 'merge');
  const valid = State.safeParse(state);
  if (!valid.success) return `merge gave an invalid state: ${valid.error.issues[0]?.path.join('.')}`;
  const has = <T>(list: T[], pred: (x: T) => boolean) => list.some(pred);
  for (const p of current.processes)
    if (!has(state.processes, (q) => q.id === p.id)) return `stored process ${p.id} lost`;
  for (const p of current.people) if (!has(state.people, (q) => q.id === p.id)) return `stored person ${p.id} lost`;
  for (const h of current.history) if (!has(state.history, (q) => q.id === h.id)) return `stored history ${h.id} lost`;
  if (state.allowances.length < current.allowances.length) return 'stored allowance lost';
  for (const q of current.quarantine)
    if (!has(state.quarantine, (r) => JSON.stringify(r) === JSON.stringify(q))) return 'stored quarantine lost';
  // The file applied whole: every process of it is there (taken, or kept as the newer stored copy)…
  for (const p of incoming.processes)
    if (!has(state.processes, (q) => q.id === p.id)) return `file process ${p.id} not applied`;
  // …and every person of it, by id or merged into a stored twin sharing a profile.
  const storedKeys = new Set(state.people.flatMap(keysOf));
  for (const p of incoming.people)
    if (!has(state.people, (q) => q.id === p.id) && !keysOf(p).some((k) => storedKeys.has(k)))
      return `file person ${p.id} not applied`;
  for (const h of incoming.history)
    if (!has(state.history, (q) => q.id === h.id)) return `file history ${h.id} not applied`;
  // Stored links are never dropped by a merge, unless the file's copy of that same record
  // names another profile on that site (an edit, counted as "updated").
  for (const p of current.people) {
    const edited = incoming.people.find((q) => q.id === p.id);
    for (const site of ['linkedinUrl', 'facebookUrl'] as const) {
      if (!p[site] || edited?.[site]) continue;
      for (const k of keysOf({ [site]: p[site] })) if (!storedKeys.has(k)) return `stored link ${k} lost`;
    }
  }
  const replaced = mergeStates(current, incoming, 'replace').state;
  if (!State.safeParse(replaced).success) return 'replace gave an invalid state';
  if (JSON.stringify(replaced.processes) !== JSON.stringify(incoming.processes))
    return 'replace did not apply the file whole';
  return true;
}

describe('fuzzed backup imports', () => {
  it(`${RUNS} files: no crash, refused with messages or applied whole, nothing stored lost`, () => {
    fc.assert(
      fc.property(files, (text) => {
        tally.checkSync(text.replace(/\s+/g, ' ').slice(0, 300), () => {
          const parsed = parseBackup(text, NOW, t);
          if (!parsed.ok) {
            tally.note('refused with messages');
            if (parsed.errors.length === 0) return 'refused without a message';
            for (const e of parsed.errors) if (!/\S/.test(e.reason)) return `empty reason at ${e.path}`;
            return true;
          }
          tally.note('applied');
          if (!State.safeParse(parsed.state).success) return 'accepted an invalid state';
          return checkMerge(parsed.state);
        });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
