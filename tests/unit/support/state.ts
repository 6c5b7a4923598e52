// Builders for stored state in tests.
import type { Person, Process, ProcessStatus, State } from '../../../src/core/schema.ts';
import { emptyState } from '../../../src/core/schema.ts';

export const NOW = new Date('2026-11-27T12:00:00Z');
export const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();

export function person(
  id: string,
  name: string,
  links: Partial<Pick<Person, 'linkedinUrl' | 'facebookUrl'>> = {},
): Person {
  return { id, name, ...links };
}

export function process(
  id: string,
  status: ProcessStatus,
  rounds: Array<{ at: string; people: string[] }>,
  company = `Co ${id}`,
): Process {
  return {
    id,
    company,
    role: 'Engineer',
    status,
    notes: '',
    rounds: rounds.map((r, i) => ({
      id: `${id}-r${i}`,
      at: r.at,
      timeZone: 'Europe/Lisbon',
      interviewerIds: r.people,
    })),
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    statusChangedAt: NOW.toISOString(),
    revision: 1,
  };
}

export function state(people: Person[], processes: Process[]): State {
  return { ...emptyState(), people, processes };
}
