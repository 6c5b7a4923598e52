// After a click was stopped: open the dialog at once with the person's name, ask the worker
// for the verdict, and either let the click through (allow) or fill the dialog in and carry
// out the user's choice. The worker logs the
// interception when it answers; the choice completes that entry (history, reminder, offer,
// send anyway).
import type { Translate } from '../core/i18n.ts';
import { ContentMessage, VerdictReply } from '../core/messages.ts';
import type { Outcome } from '../core/vocabulary.ts';
import type { Recognition } from '../sites/recogniser.ts';
import { openDialog, openShell, type DialogShell, type OpenDialog } from './dialog.ts';

export interface InterceptorDeps {
  send(message: ContentMessage): Promise<unknown>;
  t: Translate;
  /** Called once the user chose to let this person's request through (send anyway, offer). */
  onLetThrough?(recognition: Recognition): void;
  /**
   * The extension was reloaded or updated under this script and no successor took over: the
   * worker cannot answer, and the dialog says to reload the page.
   */
  orphaned?: () => boolean;
  /** For tests: the dialog's trusted-event check. */
  isTrusted?: (event: Event) => boolean;
}

export interface Interceptor {
  resolve(recognition: Recognition, replay: () => void): Promise<void>;
  close(): void;
}

export function createInterceptor(deps: InterceptorDeps): Interceptor {
  let dialog: OpenDialog | undefined;
  let shell: DialogShell | undefined;
  /**
   * Choices that could not be saved, each to be said in a dialog of its own, one at a time:
   * several can fail together (the worker stopped or reloaded with a few of them still queued,
   * each a write of the whole state), and opening each at once stacked one dialog per failure
   * on the page, the newest hiding the others and the next watched click landing on them. One
   * per page control: a second failed choice about the same request says nothing new.
   */
  const owed = new Map<HTMLElement, () => OpenDialog>();
  let noticeFor: HTMLElement | undefined;
  /** Called whenever a dialog closed: the next owed notice, if nothing else is open. */
  function next() {
    if (dialog || shell) return;
    noticeFor = undefined;
    const first = owed.entries().next();
    if (first.done) return;
    const [control, open] = first.value;
    owed.delete(control);
    noticeFor = control;
    dialog = open();
  }

  async function ask(message: ContentMessage): Promise<unknown> {
    try {
      return await deps.send(message);
    } catch {
      return undefined; // worker unreachable: the dialog still explains (fallbackModel)
    }
  }

  return {
    close() {
      owed.clear();
      shell?.close();
      shell = undefined;
      dialog?.close();
      dialog = undefined;
    },
    async resolve(recognition, replay) {
      if (dialog || shell) return; // one dialog at a time; a second click while it is open is dropped
      // The dialog opens on the click, with the name read from the page; the worker's answer
      // fills it in (or, for "allow", closes it and lets the click through).
      let cancelledEarly = false;
      const pending = openShell({
        name: recognition.person.name ?? deps.t('someone'),
        t: deps.t,
        returnFocusTo: recognition.control,
        onCancel() {
          cancelledEarly = true;
          // Closed before the worker answered: the next click may open its own dialog at once
          // (else it would be stopped with nothing shown until this answer arrives).
          if (shell === pending) shell = undefined;
          next();
        },
      });
      shell = pending;
      const parsed = VerdictReply.safeParse(
        await ask({ type: 'getVerdict', kind: recognition.kind, person: recognition.person }),
      );
      if (shell === pending) shell = undefined;
      const reply = parsed.success ? parsed.data : undefined;
      if (cancelledEarly || pending.closed) {
        // Closed before the answer came: the interception the worker logged is completed as cancelled.
        if (reply?.interceptionId)
          void ask({ type: 'recordOutcome', interceptionId: reply.interceptionId, outcome: 'cancelled' });
        return next();
      }
      if (reply?.verdict.action === 'allow') {
        pending.close();
        replay();
        return next();
      }

      const id = reply?.interceptionId;
      const record = (outcome: Outcome, note?: string) =>
        id
          ? ask({ type: 'recordOutcome', interceptionId: id, outcome, ...(note ? { note } : {}) })
          : Promise.resolve({ ok: true });
      const letThrough = () => {
        deps.onLetThrough?.(recognition);
        replay();
      };
      const name = reply?.dialog?.personName ?? recognition.person.name ?? deps.t('someone');
      // What both dialogs below share: the words, where focus returns, the trusted-event check.
      const shared = {
        t: deps.t,
        returnFocusTo: recognition.control,
        ...(deps.isTrusted ? { isTrusted: deps.isTrusted } : {}),
      };
      /**
       * A choice the worker could not save (storage full, the process changed meanwhile, the
       * worker gone) is said where the user made it: the dialog comes back with the reason, the
       * request still held, and the same two ways out.
       */
      const saved = (answer: unknown): boolean => {
        if ((answer as { ok?: unknown } | undefined)?.ok === true) return true;
        const error = (answer as { error?: unknown } | undefined)?.error;
        if (noticeFor === recognition.control || owed.has(recognition.control)) return false;
        owed.set(recognition.control, () =>
          openDialog({
            model: {
              personName: name,
              title: deps.t('choiceNotSavedTitle'),
              summary: typeof error === 'string' ? error : deps.t('choiceNotSaved'),
              when: '',
              explanation: deps.t('choiceNotSavedExplanation'),
            },
            ...shared,
            handlers: {
              onCancel() {
                dialog = undefined;
                next();
              },
              onSendAnyway() {
                dialog = undefined;
                letThrough();
                next();
              },
            },
          }),
        );
        next();
        return false;
      };

      dialog = openDialog({
        shell: pending,
        model: reply?.dialog ?? fallbackModel(recognition, deps.t, deps.orphaned?.() === true),
        ...shared,
        research: reply?.research,
        researched: reply?.researched,
        commentAdvice: reply?.commentAdvice,
        friction: reply?.friction,
        handlers: {
          onCancel() {
            dialog = undefined;
            next();
            void record('cancelled').then(saved);
          },
          ...(id
            ? {
                onRemind() {
                  dialog = undefined;
                  next();
                  void record('reminded').then(saved);
                },
                async onOffer() {
                  dialog = undefined;
                  next();
                  // The status is saved first, so the page's request goes out as "after the offer";
                  // if it could not be saved, the request stays held and the dialog says why.
                  if (saved(await record('offer'))) letThrough();
                },
              }
            : {}),
          onSendAnyway(note) {
            dialog = undefined;
            void record('sent-anyway', note);
            letThrough();
            next();
          },
        },
      });
    },
  };
}

/**
 * When the worker cannot answer, still explain rather than silently swallow the click; an
 * orphaned script (words.ts) says why and that reloading the page brings protection back.
 */
export function fallbackModel(recognition: Recognition, t: Translate, orphaned: boolean) {
  const name = recognition.person.name ?? t('someone');
  return {
    personName: name,
    title: t('fallbackTitle', { name }),
    summary: t(orphaned ? 'orphanSummary' : 'fallbackSummary'),
    when: '',
    explanation: t(orphaned ? 'orphanExplanation' : 'fallbackExplanation'),
  };
}
