// The research checklist's ticks (core/research.ts): kept per person, changed one item at a
// time on the revision the page showed, counted for the pages and the dialog, combined as a
// union when two copies meet, and stamped with a new revision on every change (revisions.ts).
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../src/core/commandError.ts';
import {
  RESEARCH_KEYS,
  StaleResearchError,
  researchProgress,
  researchRevision,
  setResearch,
  unionResearch,
} from '../../../src/core/research.ts';
import { restamp } from '../../../src/core/revisions.ts';
import { State, emptyState, type Person, type State as StateT } from '../../../src/core/schema.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const LATER = new Date('2026-11-28T08:00:00Z');
const dana: Person = { id: 'p1', name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' };
const stateWith = (...people: Person[]): StateT => ({ ...emptyState(), people, revision: 7 });
const danaIn = (state: StateT) => state.people.find((p) => p.id === 'p1')!;

describe('research checklist ticks', () => {
  it('lists the five items of the advice, in order', () => {
    expect(RESEARCH_KEYS).toEqual(['role', 'company', 'posts', 'connections', 'notes']);
  });

  it('counts nothing done for a person never ticked, or no person at all', () => {
    expect(researchProgress(dana)).toEqual({ done: 0, total: 5 });
    expect(researchProgress(undefined)).toEqual({ done: 0, total: 5 });
    expect(researchRevision(dana)).toBe(0);
  });

  it('ticks and unticks one item, kept in the checklist order with the time of the change', () => {
    let state = setResearch(stateWith(dana), { personId: 'p1', item: 'posts', done: true, revision: 0 }, NOW);
    state = restamp(stateWith(dana), state);
    const revision = researchRevision(danaIn(state));
    expect(revision).toBe(8); // the next of the state's one counter
    state = setResearch(state, { personId: 'p1', item: 'role', done: true, revision }, LATER);
    expect(danaIn(state).research).toMatchObject({ done: ['role', 'posts'], updatedAt: LATER.toISOString() });
    expect(researchProgress(danaIn(state))).toEqual({ done: 2, total: 5 });
    const unticked = setResearch(state, { personId: 'p1', item: 'posts', done: false, revision }, LATER);
    expect(danaIn(unticked).research?.done).toEqual(['role']);
  });

  it('changes nothing when the item already says so', () => {
    const state = stateWith({ ...dana, research: { done: ['role'], updatedAt: NOW.toISOString(), revision: 3 } });
    expect(setResearch(state, { personId: 'p1', item: 'role', done: true, revision: 3 }, LATER)).toBe(state);
  });

  it('refuses a tick built on an older list, naming the person', () => {
    const state = stateWith({ ...dana, research: { done: ['role'], updatedAt: NOW.toISOString(), revision: 5 } });
    const stale = () => setResearch(state, { personId: 'p1', item: 'notes', done: true, revision: 4 }, LATER);
    expect(stale).toThrow(StaleResearchError);
    expect(stale).toThrow('errResearchChanged');
    // A page that showed nothing ticked yet (revision 0) cannot write over a list ticked since.
    expect(() => setResearch(state, { personId: 'p1', item: 'notes', done: true, revision: 0 }, LATER)).toThrow(
      StaleResearchError,
    );
  });

  it('refuses a tick for someone no longer stored', () => {
    expect(() =>
      setResearch(stateWith(dana), { personId: 'gone', item: 'role', done: true, revision: 0 }, NOW),
    ).toThrow(new CommandError('errPersonGone'));
  });

  it('restamps a list only when its ticks change', () => {
    const before = stateWith({ ...dana, research: { done: ['role'], updatedAt: NOW.toISOString(), revision: 5 } });
    const renamed = { ...before, people: [{ ...danaIn(before), name: 'Dana W.' }] };
    expect(researchRevision(danaIn(restamp(before, renamed)))).toBe(5);
    // A copy that claims another revision for the same ticks (an import) keeps the stored one.
    const claimed = {
      ...before,
      people: [{ ...danaIn(before), research: { ...danaIn(before).research!, revision: 99 } }],
    };
    expect(researchRevision(danaIn(restamp(before, claimed)))).toBe(5);
    const ticked = setResearch(before, { personId: 'p1', item: 'notes', done: true, revision: 5 }, LATER);
    const stamped = restamp(before, ticked);
    expect(researchRevision(danaIn(stamped))).toBe(8);
    expect(stamped.revision).toBe(8);
  });

  it('unites two copies: every tick of both, dated by the later change', () => {
    const a = { done: ['role' as const, 'notes' as const], updatedAt: NOW.toISOString(), revision: 2 };
    const b = { done: ['posts' as const, 'role' as const], updatedAt: LATER.toISOString(), revision: 9 };
    expect(unionResearch(a, b)).toEqual({
      done: ['role', 'posts', 'notes'],
      updatedAt: LATER.toISOString(),
      revision: 2,
    });
    expect(unionResearch(a, undefined)).toBe(a);
    expect(unionResearch(undefined, b)).toBe(b);
    expect(unionResearch(undefined, undefined)).toBeUndefined();
  });

  it('is optional on a person in the stored shape, and only names known items', () => {
    expect(State.safeParse(stateWith(dana)).success).toBe(true);
    const ticked = { ...dana, research: { done: ['role'], updatedAt: NOW.toISOString() } };
    const parsed = State.parse(stateWith(ticked as Person));
    expect(parsed.people[0]!.research).toEqual({ done: ['role'], updatedAt: NOW.toISOString(), revision: 0 });
    const unknown = { ...dana, research: { done: ['horoscope'], updatedAt: NOW.toISOString(), revision: 1 } };
    expect(State.safeParse(stateWith(unknown as unknown as Person)).success).toBe(false);
  });
});
