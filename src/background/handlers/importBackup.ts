// A JSON backup, merged into or replacing the list. The whole file is checked before anything
// is applied, and the state before it is kept (BACKUP_KEY: one copy, each import replaces it,
// so storage does not grow with every import) for restoreBackup.
import { describeBackupError, parseBackup } from '../../core/backup/envelope.ts';
import { mergeStates } from '../../core/backup/merge.ts';
import { BACKUP_KEY } from '../../core/storageKeys.ts';
import { change } from '../commit.ts';
import { readState } from '../store.ts';
import type { PageHandler } from './types.ts';

export const importBackup: PageHandler<'importBackup'> = async (message, deps) => {
  const now = deps.now();
  const parsed = parseBackup(message.text, now, deps.words().t);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(describeBackupError) };
  const reply = await change(deps, now, (state) => {
    const merged = mergeStates(state, parsed.state, message.mode);
    return {
      state: merged.state,
      result: { ok: true as const, summary: merged.summary, problems: parsed.problems },
      extra: { [BACKUP_KEY]: { savedAt: now.toISOString(), state } },
    };
  });
  if (!reply.ok) return { ok: false, errors: [reply.error] };
  return { ...reply, state: (await readState(now)).state };
};
