// Synthetic data of realistic size for the benchmarks: a heavy job search.
import { emptyState, type State } from '../../src/core/schema.ts';

export function bigState(processes: number, peoplePerProcess = 3): State {
  const state = emptyState();
  const now = Date.UTC(2026, 10, 27);
  for (let p = 0; p < processes; p++) {
    const ids: string[] = [];
    for (let i = 0; i < peoplePerProcess; i++) {
      const id = `person-${p}-${i}`;
      ids.push(id);
      state.people.push({
        id,
        name: `Interviewer ${p} Number ${i}`,
        linkedinUrl: `https://www.linkedin.com/in/interviewer-${p}-${i}/`,
        ...(i === 0 ? { facebookUrl: `https://www.facebook.com/profile.php?id=${100000 + p}` } : {}),
      });
    }
    const at = new Date(now + (p - processes / 2) * 86_400_000).toISOString();
    state.processes.push({
      id: `process-${p}`,
      company: `Company ${p}`,
      role: 'Engineer',
      status: (['scheduled', 'interviewing', 'awaiting-decision', 'offer', 'rejected'] as const)[p % 5]!,
      notes: '',
      rounds: [{ id: `round-${p}`, at, timeZone: 'Europe/Lisbon', interviewerIds: ids }],
      createdAt: at,
      updatedAt: at,
      statusChangedAt: at,
      revision: 1,
    });
  }
  return state;
}
