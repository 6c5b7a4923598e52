// Cutting the list into sync items: one item per process, people split over continuation
// items when they do not fit, never past the browsers' quotas, and what does not fit named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../src/core/schema.ts';
import {
  entryItems,
  itemSize,
  MAX_ITEMS,
  processKey,
  QUOTA_BYTES,
  QUOTA_BYTES_PER_ITEM,
  readReplica,
} from '../../../../src/core/sync/items.ts';
import { edit, linkedin, makeProcess, newBrowser, sync } from './replicas.ts';

const crowd = (prefix: string, n: number): Person[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: `Interviewer ${i} Ñúñez-Łukasiewicz`,
    linkedinUrl: linkedin(`${prefix}-interviewer-${i}-with-a-long-profile-slug`),
    title: 'Senior engineering manager, platform and infrastructure',
  }));

describe('sync items', () => {
  it('splits a process with many interviewers over items that each fit, and joins them back', () => {
    const people = crowd('x', 80);
    const process = {
      ...makeProcess(
        'x',
        people.map((p) => p.id),
      ),
      revision: 7,
    };
    const items = entryItems({ kind: 'process', process, people })!;
    expect(Object.keys(items).length).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(items))
      expect(itemSize(key, value)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    const read = readReplica(items);
    expect(read.replica.processes.get('x')).toEqual({ kind: 'process', process, people });
    expect(read.pending.size).toBe(0);
  });

  it('waits for every piece of a version before joining it', () => {
    const people = crowd('x', 80);
    const process = {
      ...makeProcess(
        'x',
        people.map((p) => p.id),
      ),
      revision: 7,
    };
    const items = entryItems({ kind: 'process', process, people })!;
    const [, second] = Object.keys(items);
    const partial = { ...items, [second!]: { r: 6, people: [] } };
    const read = readReplica(partial);
    expect(read.replica.processes.has('x')).toBe(false);
    expect([...read.pending]).toEqual(['x']);
  });

  it('counts bytes, not characters', () => {
    expect(itemSize('k', 'é')).toBe(1 + 4);
    expect(itemSize('k', '😀')).toBe(1 + 6);
  });

  it('leaves an item of a newer format alone and reports a broken one', () => {
    const read = readReplica({ [processKey('a')]: { v: 99, anything: true }, [processKey('b')]: { v: 1, r: 'x' } });
    expect([...read.pending]).toEqual(['a']);
    expect(read.unreadable).toEqual([processKey('b')]);
  });
});

describe('sync quotas', () => {
  it('never writes past the quotas, and names every process left local', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 160 }), fc.integer({ min: 0, max: 12 }), (count, perProcess) => {
        const items = new Map<string, unknown>();
        const browser = newBrowser();
        edit(browser, (s) => {
          const people: Person[] = [];
          const processes = Array.from({ length: count }, (_, i) => {
            const mine = crowd(`p${i}`, perProcess);
            people.push(...mine);
            return {
              ...makeProcess(
                `proc-${i}`,
                mine.map((p) => p.id),
              ),
              notes: 'n'.repeat(200),
            };
          });
          return { ...s, people, processes };
        });
        sync(browser, items);
        const plan = browser.last!.plan;
        let bytes = 0;
        for (const [key, value] of items) {
          expect(itemSize(key, value)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
          bytes += itemSize(key, value);
        }
        expect(bytes).toBeLessThanOrEqual(QUOTA_BYTES);
        expect(bytes).toBe(plan.bytes);
        expect(items.size).toBeLessThanOrEqual(MAX_ITEMS);
        const held = new Set(readReplica(Object.fromEntries(items)).replica.processes.keys());
        const local = browser.state.processes.map((p) => p.id);
        expect(local.filter((id) => !held.has(id)).sort()).toEqual(plan.notSynced.map((n) => n.id).sort());
        // Nothing local is lost to the quota.
        expect(local).toHaveLength(count);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('names a process whose notes alone are too big for one item', () => {
    const items = new Map<string, unknown>();
    const browser = newBrowser();
    edit(browser, (s) => ({
      ...s,
      processes: [{ ...makeProcess('big', []), company: 'Huge', notes: '語'.repeat(5000) }],
    }));
    sync(browser, items);
    expect(browser.last!.plan.notSynced).toEqual([{ id: 'big', company: 'Huge', role: 'Engineer' }]);
    expect([...items.keys()]).toEqual(['s']);
  });
});
