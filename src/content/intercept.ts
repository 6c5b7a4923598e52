// After a click was stopped: ask the worker for the verdict, and either let the click through
// at once (allow) or open the dialog and carry out the user's choice. The worker logs the
// interception when it answers; the choice completes that entry (history, reminder, offer,
// send anyway).
import type { Translate } from '../core/i18n.ts';
import { ContentMessage, VerdictReply } from '../core/messages.ts';
import type { Recognition } from '../sites/recogniser.ts';
import { openDialog, type OpenDialog } from './dialog.ts';

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

  async function ask(message: ContentMessage): Promise<unknown> {
    try {
      return await deps.send(message);
    } catch {
      return undefined; // worker unreachable: the dialog still explains (fallbackModel)
    }
  }

  return {
    close() {
      dialog?.close();
      dialog = undefined;
    },
    async resolve(recognition, replay) {
      const parsed = VerdictReply.safeParse(
        await ask({ type: 'getVerdict', kind: recognition.kind, person: recognition.person }),
      );
      const reply = parsed.success ? parsed.data : undefined;
      if (reply?.verdict.action === 'allow') return replay();
      if (dialog) return; // one dialog at a time; a second click while it is open is dropped

      const id = reply?.interceptionId;
      const record = (outcome: 'cancelled' | 'reminded' | 'offer' | 'sent-anyway', note?: string) =>
        id ? ask({ type: 'recordOutcome', interceptionId: id, outcome, ...(note ? { note } : {}) }) : Promise.resolve(undefined);
      const letThrough = () => {
        deps.onLetThrough?.(recognition);
        replay();
      };

      dialog = openDialog({
        model: reply?.dialog ?? fallbackModel(recognition, deps.t, deps.orphaned?.() === true),
        t: deps.t,
        research: reply?.research,
        commentAdvice: reply?.commentAdvice,
        friction: reply?.friction,
        returnFocusTo: recognition.control,
        ...(deps.isTrusted ? { isTrusted: deps.isTrusted } : {}),
        handlers: {
          onCancel() {
            dialog = undefined;
            void record('cancelled');
          },
          ...(id
            ? {
                onRemind() {
                  dialog = undefined;
                  void record('reminded');
                },
                async onOffer() {
                  dialog = undefined;
                  // The status is saved first, so the page's request goes out as "after the offer".
                  await record('offer');
                  letThrough();
                },
              }
            : {}),
          onSendAnyway(note) {
            dialog = undefined;
            void record('sent-anyway', note);
            letThrough();
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
