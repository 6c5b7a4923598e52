import { describe, expect, it } from 'vitest';
import { deleteProcess, restoreRemoved, saveProcess, setStatus, CommandError } from '../../../src/core/commands.ts';
import type { ValidProcess } from '../../../src/core/processForm.ts';
import { emptyState, State } from '../../../src/core/schema.ts';
import { NOW } from '../support/state.ts';

let n = 0;
const env = { now: NOW, newId: () => `id${++n}` };

const interview = (company: string, people: ValidProcess['rounds'][number]['interviewers']): ValidProcess => ({
  company,
  role: 'Engineer',
  status: 'scheduled',
  notes: '',
  rounds: [{ at: '2026-12-02T10:00:00.000Z', timeZone: 'Europe/Lisbon', interviewers: people }],
});

describe('commands', () => {
  it('reuses a person entered again with another URL form of the same profile', () => {
    let state = saveProcess(
      emptyState(),
      interview('A', [{ name: 'Dana', linkedinUrl: 'https://de.linkedin.com/in/Dana-W' }]),
      env,
    ).state;
    state = saveProcess(
      state,
      interview('B', [{ name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-w/details/' }]),
      env,
    ).state;
    expect(state.people).toHaveLength(1);
    expect(state.people[0]!.name).toBe('Dana Whitfield');
    expect(State.safeParse(state).success).toBe(true);
  });

  it('edits a process in place, keeps round ids, and drops people no longer in any process', () => {
    const first = saveProcess(emptyState(), interview('A', [{ name: 'Dana' }, { name: 'Sam' }]), env);
    const process = first.state.processes[0]!;
    const dana = first.state.people.find((p) => p.name === 'Dana')!;
    const edited = saveProcess(
      first.state,
      {
        ...interview('A2', [{ id: dana.id, name: 'Dana W.' }]),
        id: process.id,
        revision: process.revision,
        rounds: [
          {
            id: process.rounds[0]!.id,
            at: '2026-12-03T10:00:00.000Z',
            timeZone: 'UTC',
            interviewers: [{ id: dana.id, name: 'Dana W.' }],
          },
        ],
      },
      env,
    );
    expect(edited.state.processes).toHaveLength(1);
    expect(edited.state.processes[0]).toMatchObject({
      id: process.id,
      company: 'A2',
      createdAt: process.createdAt,
      rounds: [{ id: process.rounds[0]!.id }],
    });
    expect(edited.state.people.map((p) => p.name)).toEqual(['Dana W.']);
  });

  it('records when the status changed (the start of a quiet period)', () => {
    const { state, processId } = saveProcess(emptyState(), interview('A', [{ name: 'Dana' }]), env);
    const later = { ...env, now: new Date('2026-12-10T00:00:00Z') };
    const rejected = setStatus(state, processId, 'rejected', later);
    expect(rejected.processes[0]).toMatchObject({ status: 'rejected', statusChangedAt: '2026-12-10T00:00:00.000Z' });
    expect(() => setStatus(state, 'missing', 'offer', env)).toThrow(CommandError);
  });

  it('undo restores a deleted process at its place with its people', () => {
    let state = saveProcess(emptyState(), interview('A', [{ name: 'Dana' }]), env).state;
    state = saveProcess(state, interview('B', [{ name: 'Sam' }]), env).state;
    const [a] = state.processes;
    const { state: after, removed } = deleteProcess(state, a!.id, a!.revision);
    expect(after.processes.map((p) => p.company)).toEqual(['B']);
    expect(after.people.map((p) => p.name)).toEqual(['Sam']);
    const restored = restoreRemoved(after, removed);
    expect(restored.processes).toEqual(state.processes);
    expect([...restored.people].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [...state.people].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(() => restoreRemoved(restored, removed)).toThrow(CommandError);
  });
});
