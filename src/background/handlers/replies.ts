// Small pieces several page handlers answer with.
import type { State } from '../../core/schema.ts';
import { readState } from '../store.ts';

/** A command's result that is the new state itself. */
export const done = (state: State) => ({ state, result: { ok: true as const, state } });

/** A successful change answered with the state as stored (its revisions stamped), not the command's draft of it. */
export async function stored<T extends { ok: boolean }>(reply: T, now: Date): Promise<T> {
  return reply.ok ? { ...reply, state: (await readState(now)).state } : reply;
}
