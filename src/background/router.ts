// The worker's one message router: parse, check the sender, apply in core, answer.
import browser, { type Runtime } from 'webextension-polyfill';
import {
  CommandError,
  deleteProcess,
  restoreRemoved,
  saveProcess,
  saveSettings,
  setStatus,
  type Removed,
} from '../core/commands.ts';
import { describeBackupError, mergeStates, parseBackup } from '../core/backup.ts';
import { explain, type Words } from '../core/explain.ts';
import { profileUrlOf, researchChecklist } from '../core/research.ts';
import { dueConnectNow, recordInterception, recordOutcome, type ConnectNow } from '../core/outcomes.ts';
import { ContentMessage } from '../core/messages.ts';
import {
  PageMessage,
  type ChangeReply,
  type ErrorReply,
  type ImportReply,
  type SaveReply,
  type StateReply,
  type VerdictResponse,
} from '../core/pageMessages.ts';
import { validateProcessDraft } from '../core/processForm.ts';
import { decide } from '../core/rule.ts';
import { loadState } from '../core/load.ts';
import { Person, Process, type State } from '../core/schema.ts';
import { z } from '../core/zod.ts';
import { browserEffects, type Effects } from './effects.ts';
import { isExtensionPage, isOwnContentScript, type RuntimeLike } from './sender.ts';
import { words } from './words.ts';
import { enqueue, readKeys, readState, updateState } from './store.ts';
import { verdictData } from './verdictCache.ts';

export const UNDO_KEY = 'undo';
const UndoRecord = z.object({ process: Process, index: z.number(), people: z.array(Person) });
/** The whole state as it was before the last import, so an import can be taken back. */
export const BACKUP_KEY = 'preImportBackup';
// The state inside is read with loadState (migrations, quarantine) when restored, so a backup
// taken before an update of the extension can still be restored after it.
const BackupRecord = z.object({ savedAt: z.string(), state: z.unknown() });

export interface RouterDeps {
  runtime: RuntimeLike;
  now: () => Date;
  newId: () => string;
  effects: Effects;
  words: () => Words;
}

const defaultDeps = (): RouterDeps => ({
  runtime: browser.runtime,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  effects: browserEffects,
  words,
});

export function handleMessage(message: unknown, sender: Runtime.MessageSender, deps: RouterDeps = defaultDeps()) {
  if (isExtensionPage(sender, deps.runtime)) {
    const parsed = PageMessage.safeParse(message);
    if (!parsed.success) return Promise.resolve<ErrorReply>({ error: 'Malformed message.' });
    return onPageMessage(parsed.data, deps);
  }
  if (isOwnContentScript(sender, deps.runtime)) {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) return Promise.resolve<ErrorReply>({ error: 'Malformed message.' });
    return onContentMessage(parsed.data, deps);
  }
  // Anything else (another extension, a web page) gets no answer at all.
  return undefined;
}

async function onPageMessage(
  message: PageMessage,
  deps: RouterDeps,
): Promise<StateReply | SaveReply | ChangeReply | ImportReply> {
  const now = deps.now();
  const env = { now, newId: deps.newId };
  switch (message.type) {
    case 'getState': {
      const [{ state, problems }, stored] = await Promise.all([readState(now), readKeys([UNDO_KEY, BACKUP_KEY, MISS_KEY])]);
      const backup = BackupRecord.safeParse(stored[BACKUP_KEY]);
      const misses = MissCounts.safeParse(stored[MISS_KEY]);
      return {
        state,
        problems,
        canUndo: UndoRecord.safeParse(stored[UNDO_KEY]).success,
        backupSavedAt: backup.success ? backup.data.savedAt : undefined,
        missCounts: misses.success ? misses.data : {},
      };
    }
    case 'saveProcess': {
      const checked = validateProcessDraft(message.draft, deps.words().t);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      return change(deps, now, (state) => {
        const saved = saveProcess(state, checked.value, env);
        return { state: saved.state, result: { ok: true as const, processId: saved.processId, state: saved.state } };
      }).then((reply) => ('error' in reply ? { ok: false, errors: { form: reply.error } } : reply));
    }
    case 'setStatus':
      return change(deps, now, (state) => done(setStatus(state, message.processId, message.status, env)));
    case 'deleteProcess':
      return change(deps, now, (state) => {
        const { state: next, removed } = deleteProcess(state, message.processId);
        return { ...done(next), extra: { [UNDO_KEY]: removed } };
      });
    case 'undoDelete': {
      const stored = UndoRecord.safeParse((await readKeys([UNDO_KEY]))[UNDO_KEY]);
      if (!stored.success) return { ok: false, error: deps.words().t('errNothingToUndo') };
      const removed: Removed = stored.data;
      return change(deps, now, (state) => ({ ...done(restoreRemoved(state, removed)), extra: { [UNDO_KEY]: null } }));
    }
    case 'saveSettings':
      return change(deps, now, (state) => done(saveSettings(state, message.settings)));
    case 'importBackup': {
      // The whole file is checked before anything is applied.
      const parsed = parseBackup(message.text, now);
      if (!parsed.ok) return { ok: false, errors: parsed.errors.map(describeBackupError) };
      return commit(deps, now, (state) => {
        const merged = mergeStates(state, parsed.state, message.mode);
        return {
          state: merged.state,
          result: { ok: true as const, state: merged.state, summary: merged.summary, problems: parsed.problems },
          extra: { [BACKUP_KEY]: { savedAt: now.toISOString(), state } },
        };
      });
    }
    case 'restoreBackup': {
      const stored = BackupRecord.safeParse((await readKeys([BACKUP_KEY]))[BACKUP_KEY]);
      if (!stored.success) return { ok: false, error: deps.words().t('errNoBackup') };
      // Swap, so restoring is itself reversible.
      const { state: restored } = loadState(stored.data.state, now);
      return change(deps, now, (state) => ({ ...done(restored), extra: { [BACKUP_KEY]: { savedAt: now.toISOString(), state } } }));
    }
  }
}

function done(state: State) {
  return { state, result: { ok: true as const, state } };
}

type Command<T> = (state: State) => { state: State; result: T; extra?: Record<string, unknown> };

/**
 * Runs a command in the write queue. Whatever the command, an offer that fulfils a "remind me"
 * intent is noticed in the same write; notifications, alarms and the badge follow the commit.
 */
async function commit<T>(deps: RouterDeps, now: Date, command: Command<T>): Promise<T> {
  let due: ConnectNow[] = [];
  let committed: State | undefined;
  let scheduleChanged = false;
  const result = await updateState(now, (state) => {
    const out = command(state);
    const fulfilled = dueConnectNow(out.state, now);
    due = fulfilled.due;
    committed = fulfilled.state;
    // Commands return new objects only for what they change: a history-only write (every
    // interception) leaves processes and settings as they were, and the alarms and badge too.
    scheduleChanged = out.state.processes !== state.processes || out.state.settings !== state.settings;
    return { ...out, state: fulfilled.state };
  });
  if (committed) deps.effects.afterCommit(committed, due, now, { scheduleChanged });
  return result;
}

/** commit(), with a refused command (CommandError) turned into a message for the page. */
async function change<T>(deps: RouterDeps, now: Date, command: Command<T>): Promise<T | { ok: false; error: string }> {
  try {
    return await commit(deps, now, command);
  } catch (error) {
    if (error instanceof CommandError) return { ok: false, error: deps.words().t(error.message) };
    throw error;
  }
}

/** Local count of pages where detection missed, per site: { linkedin?: n, facebook?: n }. */
export const MISS_KEY = 'missCounts';
const MissCounts = z.partialRecord(z.enum(['linkedin', 'facebook']), z.number().check(z.nonnegative()));

function noteMiss(site: 'linkedin' | 'facebook'): Promise<{ ok: true }> {
  return enqueue(async () => {
    const got = await browser.storage.local.get(MISS_KEY);
    const parsed = MissCounts.safeParse(got[MISS_KEY]);
    const counts: Partial<Record<'linkedin' | 'facebook', number>> = parsed.success ? parsed.data : {};
    await browser.storage.local.set({ [MISS_KEY]: { ...counts, [site]: (counts[site] ?? 0) + 1 } });
    return { ok: true as const };
  });
}

async function onContentMessage(
  message: ContentMessage,
  deps: RouterDeps,
): Promise<VerdictResponse | { ok: true } | ErrorReply> {
  const now = deps.now();
  switch (message.type) {
    case 'noteMiss':
      return noteMiss(message.site);
    case 'getVerdict': {
      // Answered from the verdict cache (no read, validation or lookup rebuild per click).
      const { state, lookup } = await verdictData(now);
      const matches = lookup.find(message.person);
      const verdict = decide(matches, state, now);
      if (verdict.action === 'allow') return { verdict };
      const process = state.processes.find((p) => p.id === verdict.processId);
      const person = state.people.find((p) => p.id === verdict.personId);
      const identity = message.person.identity;
      const interceptionId = deps.newId();
      const w = deps.words();
      const reply: VerdictResponse = {
        verdict,
        interceptionId,
        friction: state.settings.friction,
        dialog: explain(verdict, state, message.kind, now, w),
        research: researchChecklist(identity, process?.company ?? w.t('theCompany'), w.t),
        commentAdvice: w.t('commentAdvice'),
      };
      // The interception is logged after the answer: the dialog must not wait for a write of
      // the whole state. It is queued now, so the user's choice (recordOutcome, queued later)
      // always finds it.
      commit(deps, now, (current) => ({
        state: recordInterception(current, {
          id: interceptionId,
          at: now.toISOString(),
          site: message.person.site,
          kind: message.kind,
          personName: person?.name ?? message.person.name ?? '',
          personId: verdict.personId,
          processId: verdict.processId,
          company: process?.company ?? '',
          reason: verdict.reason,
          outcome: 'shown',
          ...(identity ? { profileUrl: profileUrlOf(identity) } : {}),
        }),
        result: undefined,
      })).catch((error: unknown) => console.error('Offer First: could not log the interception', error));
      return reply;
    }
    case 'recordOutcome': {
      const reply = await change(deps, now, (state) => ({
        state: recordOutcome(state, message.interceptionId, message.outcome, message.note, { now, newId: deps.newId }),
        result: { ok: true as const },
      }));
      return 'error' in reply ? { error: reply.error } : reply;
    }
  }
}
