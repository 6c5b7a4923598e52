// Pure state transitions. The worker applies them inside its single write queue; ids and the
// clock are passed in so every transition is deterministic under test.
import type { ValidInterview } from './interviewInput.ts';
import type { Person, State } from './schema.ts';
import { watchEntry } from './watchIndex.ts';

export interface Env {
  now: Date;
  newId: () => string;
}

export function addInterview(state: State, input: ValidInterview, env: Env): State {
  const timestamp = env.now.toISOString();
  const candidate: Person = { id: env.newId(), ...withoutEmpty(input.interviewer) };
  // The same profile entered again (another round, another process) is the same person.
  const keys = new Set(watchEntry(candidate).keys);
  const existing = keys.size ? state.people.find((p) => watchEntry(p).keys.some((k) => keys.has(k))) : undefined;
  const person = existing ? { ...existing, ...withoutEmpty(input.interviewer) } : candidate;
  const people = existing ? state.people.map((p) => (p.id === existing.id ? person : p)) : [...state.people, person];

  return {
    ...state,
    people,
    processes: [
      ...state.processes,
      {
        id: env.newId(),
        company: input.company,
        role: input.role,
        status: 'scheduled',
        rounds: [
          {
            id: env.newId(),
            at: input.at,
            ...(input.timeZone ? { timeZone: input.timeZone } : {}),
            interviewerIds: [person.id],
          },
        ],
        createdAt: timestamp,
        updatedAt: timestamp,
      },
    ],
  };
}

function withoutEmpty(p: ValidInterview['interviewer']): Omit<Person, 'id'> {
  return {
    name: p.name,
    ...(p.linkedinUrl ? { linkedinUrl: p.linkedinUrl } : {}),
    ...(p.facebookUrl ? { facebookUrl: p.facebookUrl } : {}),
  };
}
