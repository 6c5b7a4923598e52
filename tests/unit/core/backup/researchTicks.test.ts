// The research checklist in backups: exported with the person, read back unchanged, files
// from before it existed still valid, the documented example valid, and merging keeps the
// union of the ticks (docs/data-format.md explains why).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '../../../../src/core/backup/envelope.ts';
import { mergeStates } from '../../../../src/core/backup/merge.ts';
import { State, emptyState, type Person, type Process, type State as StateT } from '../../../../src/core/schema.ts';
import { t } from '../../support/words.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const T = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();
const LI = 'https://www.linkedin.com/in/dana-whitfield/';

const process = (id: string, people: string[]): Process => ({
  id,
  company: 'Northwind Labs',
  role: 'Engineer',
  status: 'scheduled',
  notes: '',
  createdAt: T(1),
  updatedAt: T(1),
  statusChangedAt: T(1),
  revision: 1,
  rounds: [{ id: `${id}-r`, at: T(30), timeZone: 'Europe/Berlin', interviewerIds: people }],
});
const stateOf = (people: Person[], processes: Process[]): StateT =>
  State.parse({ ...emptyState(), people, processes, revision: 10 });
const dana = (over: Partial<Person> = {}): Person => ({ id: 'p1', name: 'Dana Whitfield', linkedinUrl: LI, ...over });
const parsed = (text: string) => {
  const result = parseBackup(text, NOW, t);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.state;
};

describe('research checklist in backups', () => {
  it('is exported and imported back unchanged', () => {
    const state = stateOf(
      [dana({ research: { done: ['role', 'connections'], updatedAt: T(20), revision: 4 } })],
      [process('n1', ['p1'])],
    );
    const text = exportBackup(state, NOW);
    expect(JSON.parse(text).data.people[0].research).toEqual({
      done: ['role', 'connections'],
      updatedAt: T(20),
      revision: 4,
    });
    expect(parsed(text)).toEqual(JSON.parse(JSON.stringify(state)));
  });

  it('leaves backups made before it valid: people without research read as never ticked', () => {
    const old = JSON.stringify({
      format: 'offer-first-backup',
      formatVersion: 1,
      exportedAt: T(2),
      data: { ...stateOf([dana()], [process('n1', ['p1'])]) },
    });
    expect(old).not.toContain('research');
    expect(parsed(old).people[0]!.research).toBeUndefined();
  });

  it('refuses an unknown item at its path', () => {
    const state = stateOf([dana()], [process('n1', ['p1'])]);
    const file = JSON.parse(exportBackup(state, NOW));
    file.data.people[0].research = { done: ['horoscope'], updatedAt: T(3) };
    const result = parseBackup(JSON.stringify(file), NOW, t);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('data.people[0].research.done[0]');
  });

  it('reads the example in docs/data-format.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'data-format.md'), 'utf8');
    const example = /## The file\s+```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
    expect(parsed(example).people[0]!.research?.done).toEqual(['role', 'posts']);
  });

  it('merges by keeping the ticks of both copies of a person, by id and by profile', () => {
    const stored = stateOf(
      [dana({ research: { done: ['role'], updatedAt: T(20), revision: 4 } })],
      [process('n1', ['p1'])],
    );
    const sameId = stateOf(
      [dana({ research: { done: ['posts'], updatedAt: T(10), revision: 2 } })],
      [process('n1', ['p1'])],
    );
    const merged = mergeStates(stored, sameId, 'merge').state;
    expect(merged.people[0]!.research).toEqual({ done: ['role', 'posts'], updatedAt: T(20), revision: 4 });
    // The same file again changes nothing more.
    expect(mergeStates(merged, sameId, 'merge').state.people).toEqual(merged.people);

    // Under another id but the same profile: the stored person gains the file's ticks.
    const twin = stateOf(
      [dana({ id: 'x9', research: { done: ['notes'], updatedAt: T(25), revision: 1 } })],
      [process('n2', ['x9'])],
    );
    const joined = mergeStates(stored, twin, 'merge').state;
    expect(joined.people).toHaveLength(1);
    expect(joined.people[0]!.research).toEqual({ done: ['role', 'notes'], updatedAt: T(25), revision: 4 });

    // A file without ticks takes none away; replace takes the file's list as it is.
    const bare = stateOf([dana()], [process('n1', ['p1'])]);
    expect(mergeStates(stored, bare, 'merge').state.people[0]!.research?.done).toEqual(['role']);
    expect(mergeStates(stored, sameId, 'replace').state.people[0]!.research?.done).toEqual(['posts']);
  });
});
