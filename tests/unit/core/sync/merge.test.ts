// The sync merge: first enable keeps both sides, the newer revision wins, deletions leave
// tombstones, the same interviewer from two browsers becomes one person — and, as properties,
// any interleaving of edits and syncs on two browsers ends with both holding the same list,
// with nothing lost but what a deletion removed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processKey } from '../../../../src/core/sync/items.ts';
import { TOMBSTONE_DAYS } from '../../../../src/core/sync/merge.ts';
import { NOW } from '../../support/state.ts';
import { addProcess, deleteProcess, edit, newBrowser, sync, synced, type Browser } from './replicas.ts';

const setNotes = (id: string, notes: string) => (b: Browser) =>
  edit(b, (s) => ({ ...s, processes: s.processes.map((p) => (p.id === id ? { ...p, notes } : p)) }));

describe('sync merge', () => {
  it('first enable on two browsers keeps both lists and says what it did', () => {
    const items = new Map<string, unknown>();
    const laptop = newBrowser();
    const desktop = newBrowser();
    edit(laptop, (s) => addProcess(s, 'a', [{ id: 'p1', name: 'Priya Raman', slug: 'priya' }]));
    edit(desktop, (s) => addProcess(s, 'b', [{ id: 'q1', name: 'P. Raman', slug: 'priya' }]));
    edit(desktop, (s) => ({ ...s, settings: { ...s.settings, overdueAfterDays: 30 } }));
    sync(laptop, items);
    expect(laptop.last?.summary).toMatchObject({ sent: 1, received: 0, settings: 'sent' });
    sync(desktop, items);
    expect(desktop.last?.summary).toMatchObject({ sent: 1, received: 1, peopleMerged: 1, settings: 'received' });
    sync(laptop, items);
    expect(synced(laptop.state)).toEqual(synced(desktop.state));
    expect(laptop.state.processes.map((p) => p.id).sort()).toEqual(['a', 'b']);
    // One person, under the smaller id, with the fuller name and the other spelling kept.
    expect(laptop.state.people).toEqual([
      { id: 'p1', name: 'Priya Raman', linkedinUrl: 'https://www.linkedin.com/in/priya/', otherNames: ['P. Raman'] },
    ]);
    expect(laptop.state.processes.every((p) => p.rounds[0]!.interviewerIds[0] === 'p1')).toBe(true);
    // The laptop's settings went first; the desktop, turned on later, took them.
    expect(desktop.state.settings.overdueAfterDays).toBe(21);
  }, 60_000);

  it('the edit made after seeing the other wins, on both browsers', () => {
    const items = new Map<string, unknown>();
    const a = newBrowser();
    const b = newBrowser();
    edit(a, (s) => addProcess(s, 'x', [{ id: 'p1', name: 'Ana', slug: 'ana' }]));
    sync(a, items);
    sync(b, items);
    setNotes('x', 'from b')(b);
    sync(b, items);
    sync(a, items);
    expect(a.state.processes[0]!.notes).toBe('from b');
    setNotes('x', 'from a, later')(a);
    sync(a, items);
    sync(b, items);
    expect(b.state.processes[0]!.notes).toBe('from a, later');
    expect(b.state.revision).toBeGreaterThanOrEqual(b.state.processes[0]!.revision);
  });

  it('a deletion leaves a tombstone, so a stale copy does not bring the process back', () => {
    const items = new Map<string, unknown>();
    const a = newBrowser();
    const b = newBrowser();
    edit(a, (s) => addProcess(s, 'x', [{ id: 'p1', name: 'Ana', slug: 'ana' }]));
    sync(a, items);
    sync(b, items);
    edit(a, (s) => deleteProcess(s, 'x'));
    sync(a, items);
    expect(items.get(processKey('x'))).toMatchObject({ del: NOW.toISOString() });
    sync(b, items);
    expect(b.state.processes).toEqual([]);
    expect(b.state.people).toEqual([]);
    expect(b.last?.summary.removed).toBe(1);
    sync(a, items);
    expect(a.state.processes).toEqual([]);
  });

  it('old tombstones are removed from sync', () => {
    const items = new Map<string, unknown>();
    const a = newBrowser();
    edit(a, (s) => addProcess(s, 'x', [{ id: 'p1', name: 'Ana' }]));
    sync(a, items);
    edit(a, (s) => deleteProcess(s, 'x'));
    sync(a, items);
    expect(items.has(processKey('x'))).toBe(true);
    sync(a, items, new Date(NOW.getTime() + (TOMBSTONE_DAYS + 1) * 86_400_000));
    expect(items.has(processKey('x'))).toBe(false);
  });

  it('turning sync on again keeps a process another browser deleted meanwhile', () => {
    const items = new Map<string, unknown>();
    const a = newBrowser();
    const b = newBrowser();
    edit(a, (s) => addProcess(s, 'x', [{ id: 'p1', name: 'Ana' }]));
    sync(a, items);
    sync(b, items);
    edit(b, (s) => deleteProcess(s, 'x'));
    sync(b, items);
    a.base = undefined; // sync was turned off and on again on a
    sync(a, items);
    expect(a.state.processes.map((p) => p.id)).toEqual(['x']);
    sync(b, items);
    expect(b.state.processes.map((p) => p.id)).toEqual(['x']);
  });
});

type Op =
  | { kind: 'add'; on: 0 | 1; who: number[] }
  | { kind: 'notes'; on: 0 | 1; pick: number; text: string }
  | { kind: 'delete'; on: 0 | 1; pick: number }
  | { kind: 'settings'; on: 0 | 1; days: number }
  | { kind: 'sync'; on: 0 | 1 };

const on = fc.constantFrom<0 | 1>(0, 1);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), on, who: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('notes' as const), on, pick: fc.nat(), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), on, pick: fc.nat() }),
  fc.record({ kind: fc.constant('settings' as const), on, days: fc.integer({ min: 1, max: 365 }) }),
  fc.record({ kind: fc.constant('sync' as const), on }),
);

describe('sync merge, properties', () => {
  it('any interleaving of edits and syncs on two browsers converges, losing only what was deleted', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const items = new Map<string, unknown>();
        const browsers = [newBrowser(), newBrowser()] as const;
        const created = new Set<string>();
        const deleted = new Set<string>();
        let n = 0;
        for (const o of ops) {
          const b = browsers[o.on];
          if (o.kind === 'sync') sync(b, items);
          else if (o.kind === 'add') {
            const id = `proc-${n++}`;
            created.add(id);
            // Person ids differ per browser; profiles (slugs) are shared, so the same
            // interviewer is often entered on both.
            const who = o.who.map((k) => ({ id: `b${o.on}-${id}-${k}`, name: `Person ${k}`, slug: `person-${k}` }));
            edit(b, (s) => addProcess(s, id, who));
          } else if (b.state.processes.length) {
            const target = b.state.processes[('pick' in o ? o.pick : 0) % b.state.processes.length]!;
            if (o.kind === 'notes') setNotes(target.id, o.text)(b);
            else if (o.kind === 'delete') {
              deleted.add(target.id);
              edit(b, (s) => deleteProcess(s, target.id));
            }
          }
          if (o.kind === 'settings') edit(b, (s) => ({ ...s, settings: { ...s.settings, overdueAfterDays: o.days } }));
        }
        for (let round = 0; round < 3; round++) for (const b of browsers) sync(b, items);
        const [a, b] = browsers;
        expect(synced(a.state)).toEqual(synced(b.state));
        const ids = new Set(a.state.processes.map((p) => p.id));
        for (const id of created) if (!deleted.has(id)) expect(ids.has(id)).toBe(true);
        for (const id of ids) expect(created.has(id)).toBe(true);
        // Every round names people the browser has; one person per profile.
        const people = new Set(a.state.people.map((p) => p.id));
        for (const p of a.state.processes)
          for (const id of p.rounds[0]!.interviewerIds) expect(people.has(id)).toBe(true);
        const urls = a.state.people.map((p) => p.linkedinUrl);
        expect(new Set(urls).size).toBe(urls.length);
        // A further sync changes nothing in sync.
        sync(a, items);
        expect(a.last?.plan.set).toEqual({});
        expect(a.last?.plan.remove).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
