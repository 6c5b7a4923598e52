// Commands from the extension's own pages (popup, options), already parsed and sender-checked
// by the router. Every change names the revision it was built on; every failure is answered
// with a sentence for the page (commit.ts), never with silence.
import { deleteProcess, restoreRemoved, saveProcess, saveSettings, setStatus } from '../core/commands.ts';
import { CommandError } from '../core/commandError.ts';
import { describeBackupError, parseBackup } from '../core/backup/envelope.ts';
import { mergeStates } from '../core/backup/merge.ts';
import type { Words } from '../core/explain.ts';
import { loadState } from '../core/load.ts';
import type {
  ChangeReply,
  DeleteReply,
  FailedReply,
  ImportReply,
  PageMessage,
  SaveReply,
  PacingReply,
  StateReply,
} from '../core/pageMessages.ts';
import { validateProcessDraft } from '../core/processForm.ts';
import type { State } from '../core/schema.ts';
import { z } from '../core/zod.ts';
import { change, type CommitDeps } from './commit.ts';
import { DELETED_KEY, LEGACY_UNDO_KEY, readDeletions, summarize, withDeletion, withoutDeletion } from './deleted.ts';
import { describeFailure } from './failures.ts';
import { readKeys, readState } from './store.ts';
import { dismissPending } from './handlers/dismissPending.ts';
import { getPacing } from './handlers/getPacing.ts';

/**
 * The whole state as it was before the last import: one copy only (each import or restore
 * replaces it), so an import can be taken back without the storage growing with every import.
 */
export const BACKUP_KEY = 'preImportBackup';
// The state inside is read with loadState (migrations, quarantine) when restored, so a backup
// taken before an update of the extension can still be restored after it.
const BackupRecord = z.object({ savedAt: z.string(), state: z.unknown() });
/** Local count of pages where detection missed, per site: { linkedin?: n, facebook?: n }. */
export const MISS_KEY = 'missCounts';
export const MissCounts = z.partialRecord(z.enum(['linkedin', 'facebook']), z.number().check(z.nonnegative()));

export interface PageDeps extends CommitDeps {
  now: () => Date;
  newId: () => string;
  words: () => Words;
}

type Reply = StateReply | SaveReply | ChangeReply | DeleteReply | ImportReply | PacingReply | FailedReply;

export async function onPageMessage(message: PageMessage, deps: PageDeps): Promise<Reply> {
  try {
    return await apply(message, deps);
  } catch (error) {
    // Anything unforeseen (storage unavailable, a file nested too deep to check) still gets
    // an answer the page shows where the user acted.
    const text = describeFailure(error, deps.words().t);
    if (message.type === 'saveProcess') return { ok: false, errors: { form: text } };
    if (message.type === 'importBackup') return { ok: false, errors: [text] };
    return { ok: false, error: text };
  }
}

const done = (state: State) => ({ state, result: { ok: true as const, state } });

async function apply(message: PageMessage, deps: PageDeps): Promise<Reply> {
  const now = deps.now();
  const env = { now, newId: deps.newId };
  const t = deps.words().t;
  switch (message.type) {
    case 'getPacing':
      return getPacing(now);
    case 'dismissPending':
      return dismissPending(message.personId, now);
    case 'getState': {
      const [{ state, problems, readOnly }, stored] = await Promise.all([
        readState(now),
        readKeys([DELETED_KEY, LEGACY_UNDO_KEY, BACKUP_KEY, MISS_KEY]),
      ]);
      const backup = BackupRecord.safeParse(stored[BACKUP_KEY]);
      const misses = MissCounts.safeParse(stored[MISS_KEY]);
      return {
        ok: true,
        state,
        problems,
        readOnly,
        recentlyDeleted: summarize(readDeletions(stored)),
        backupSavedAt: backup.success ? backup.data.savedAt : undefined,
        missCounts: misses.success ? misses.data : {},
      };
    }
    case 'saveProcess': {
      const checked = validateProcessDraft(message.draft, t);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      const reply = await change(deps, now, (state) => {
        const saved = saveProcess(state, checked.value, env);
        return { state: saved.state, result: { ok: true as const, processId: saved.processId } };
      });
      if (!reply.ok) return { ok: false, errors: { form: reply.error }, state: reply.state };
      // Answer with the state as stored (revisions stamped), not the command's draft of it.
      return { ...reply, state: (await readState(now)).state };
    }
    case 'setStatus':
      return stored(
        await change(deps, now, (state) =>
          done(setStatus(state, message.processId, message.status, env, message.revision)),
        ),
        now,
      );
    case 'deleteProcess': {
      const deletionId = deps.newId();
      const reply = await change(
        deps,
        now,
        (state, other) => {
          const { state: next, removed } = deleteProcess(state, message.processId, message.revision);
          return {
            state: next,
            result: { ok: true as const, deletionId },
            extra: withDeletion(readDeletions(other), deletionId, now, removed),
          };
        },
        [DELETED_KEY, LEGACY_UNDO_KEY],
      );
      if (!reply.ok) return reply;
      return { ...reply, state: (await readState(now)).state };
    }
    case 'undoDelete':
      return stored(
        await change(
          deps,
          now,
          (state, other) => {
            const list = readDeletions(other);
            const deletion = list.find((d) => d.id === message.deletionId);
            if (!deletion) throw new CommandError('errNothingToUndo');
            return { ...done(restoreRemoved(state, deletion)), extra: withoutDeletion(list, deletion.id) };
          },
          [DELETED_KEY, LEGACY_UNDO_KEY],
        ),
        now,
      );
    case 'saveSettings':
      return stored(
        await change(deps, now, (state) => done(saveSettings(state, message.settings, message.revision))),
        now,
      );
    case 'importBackup': {
      // The whole file is checked before anything is applied.
      const parsed = parseBackup(message.text, now, t);
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
    }
    case 'restoreBackup': {
      const backup = BackupRecord.safeParse((await readKeys([BACKUP_KEY]))[BACKUP_KEY]);
      if (!backup.success) return { ok: false, error: t('errNoBackup') };
      // Swap, so restoring is itself reversible. Revisions are stamped anew (commit.ts), so a
      // form opened before the restore cannot write its older copy back.
      const { state: restored } = loadState(backup.data.state, now);
      return stored(
        await change(deps, now, (state) => ({
          ...done(restored),
          extra: { [BACKUP_KEY]: { savedAt: now.toISOString(), state } },
        })),
        now,
      );
    }
  }
}

/** A successful change answered with the state as stored (its revisions stamped). */
async function stored<T extends { ok: boolean }>(reply: T, now: Date): Promise<T> {
  return reply.ok ? { ...reply, state: (await readState(now)).state } : reply;
}
