import { describe, expect, it } from 'vitest';
import { loadState, readsBackAsIs } from '../../../src/core/load.ts';
import { migrate } from '../../../src/core/migrations.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, State } from '../../../src/core/schema.ts';
import { bigState } from '../../bench/support.ts';
import { NOW, person } from '../support/state.ts';

/** What version 1 (the walking skeleton, 2026-11) stored, verbatim in shape. */
const V1_SAMPLE = {
  schemaVersion: 1,
  people: [{ id: 'p1', name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' }],
  processes: [
    {
      id: 'x1',
      company: 'Northwind Labs',
      role: 'Staff Engineer',
      status: 'scheduled',
      rounds: [{ id: 'r1', at: '2026-12-02T10:00:00.000Z', timeZone: 'Europe/Lisbon', interviewerIds: ['p1'] }],
      createdAt: '2026-11-27T12:00:00.000Z',
      updatedAt: '2026-11-27T12:00:00.000Z',
    },
    {
      id: 'x2',
      company: 'Contoso',
      role: '',
      status: 'interviewing',
      rounds: [{ id: 'r2', at: '2026-11-20T09:00:00.000Z', interviewerIds: [] }],
      createdAt: '2026-11-01T12:00:00.000Z',
      updatedAt: '2026-11-02T12:00:00.000Z',
    },
  ],
  settings: { overdueAfterDays: 21 },
};

describe('migrations', () => {
  it('brings a version 1 sample to the current schema without losing anything', () => {
    const { state, problems } = loadState(V1_SAMPLE, NOW);
    expect(problems).toEqual([]);
    expect(State.safeParse(state).success).toBe(true);
    expect(state.schemaVersion).toBe(SCHEMA_VERSION);
    expect(state.people).toEqual(V1_SAMPLE.people);
    expect(state.processes[0]).toMatchObject({
      notes: '',
      statusChangedAt: '2026-11-27T12:00:00.000Z',
      rounds: [{ timeZone: 'Europe/Lisbon' }],
    });
    // v1 allowed a round without a zone: it becomes UTC, the zone its instant was stored in.
    expect(state.processes[1]).toMatchObject({
      statusChangedAt: '2026-11-02T12:00:00.000Z',
      rounds: [{ timeZone: 'UTC' }],
    });
    // v3's dialog and reminder settings arrive with their defaults; nothing else appears.
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state).toMatchObject({ history: [], connectLater: [], allowances: [], quarantine: [] });
  });

  it('refuses what it cannot read, with the reason', () => {
    expect(migrate('nope')).toEqual({ ok: false, reason: { key: 'migrateNotObject' } });
    expect(migrate({ schemaVersion: 'one' })).toMatchObject({
      ok: false,
      reason: { key: 'migrateUnknownVersion', params: { version: '"one"' } },
    });
    expect(migrate({ schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({
      ok: false,
      reason: { key: 'migrateNewer', params: { version: String(SCHEMA_VERSION + 1) } },
    });
  });
});

describe('loadState', () => {
  it('starts empty when nothing is stored', () => {
    expect(loadState(undefined, NOW)).toMatchObject({
      problems: [],
      state: { people: [], processes: [], quarantine: [] },
    });
  });

  it('quarantines each bad record with its path and keeps the good ones', () => {
    const raw = {
      ...V1_SAMPLE,
      people: [...V1_SAMPLE.people, { id: 'p2' }, { id: 'p1', name: 'Duplicate' }],
      settings: { overdueAfterDays: -4 },
    };
    const { state, problems } = loadState(raw, NOW);
    expect(state.people.map((p) => p.id)).toEqual(['p1']);
    expect(state.processes).toHaveLength(2);
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([
      expect.stringMatching(/^people\[1\]\.name/),
      expect.stringMatching(/^people\[2\]\.id: duplicate id p1/),
      expect.stringMatching(/^settings\.overdueAfterDays/),
    ]);
    expect(state.quarantine.map((q) => q.kind)).toEqual(['person', 'person', 'settings']);
    expect(State.safeParse(state).success).toBe(true);
  });

  it('keeps a whole unreadable state in quarantine', () => {
    const { state } = loadState([1, 2, 3], NOW);
    expect(state.quarantine).toEqual([
      { kind: 'state', reason: expect.any(String), keptAt: NOW.toISOString(), data: [1, 2, 3] },
    ]);
  });
});

// The worker keeps a state it wrote as its validated copy only when reading it back would give
// the same state (src/background/stateCache.ts): readsBackAsIs must never say so wrongly.
describe('a written state that reads back as it is', () => {
  const written = loadState(JSON.parse(JSON.stringify(bigState(30, 3))) as unknown, NOW).state;
  const readBack = (state: unknown) => loadState(JSON.parse(JSON.stringify(state)) as unknown, NOW);

  it('is read back unchanged, with no problem', () => {
    expect(readsBackAsIs(written)).toBe(true);
    expect(readBack(written)).toEqual({ state: written, problems: [] });
  });

  it('is not one with a duplicate id (a read quarantines it) or a revision above the counter (a read lifts it)', () => {
    const duplicate = { ...written, people: [...written.people, person(written.people[0]!.id, 'Twin')] };
    const above = { ...written, processes: written.processes.map((p, i) => (i ? p : { ...p, revision: 99 })) };
    for (const state of [duplicate, above]) {
      expect(readsBackAsIs(state)).toBe(false);
      expect(readBack(state).state).not.toEqual(state);
    }
  });
});
