// Comment pacing: a thoughtful comment on one or two of an interviewer's posts helps;
// more starts to feel like pressure. The guard (guard.ts) offers every trusted click and Enter
// that is no request control; a comment submission on a post whose author is watched is held
// in the capture phase (like a Connect click), the worker counts the post and answers, and the
// comment goes on to the site (the first two posts, replies in a post already counted), or the
// dialog says why with Cancel and "Post anyway". Anything else, and anyone not watched, is left
// alone and nothing about it leaves the page (docs/SECURITY.md).
import type { Translate } from '../core/i18n.ts';
import type { SeenPerson } from '../core/match.ts';
import { CommentReply, type ContentMessage } from '../core/messages.ts';
import type { CommentRecogniser, CommentSubmit } from '../sites/comments.ts';
import { openDialog, type OpenDialog } from './dialog.ts';

export interface CommentPacerDeps {
  /** The watched people this seen person may be (the content script's lookup). */
  find(person: SeenPerson): readonly unknown[];
  send(message: ContentMessage): Promise<unknown>;
  t: Translate;
  /** This site's comment recogniser (sites/comments.ts); none: nothing is paced. */
  recognise?: CommentRecogniser | undefined;
  win?: Window;
  /** For tests: the dialog's trusted-event check. */
  isTrusted?: (event: Event) => boolean;
}

/** Holds the event (and returns) when it posts a comment the worker must see first. */
export type CommentPacer = (event: MouseEvent | KeyboardEvent, target: Element) => void;

export function createCommentPacer(deps: CommentPacerDeps): CommentPacer {
  const win = deps.win ?? window;
  // Posts the worker already let through on this page: a reply there is not asked about again.
  const passed = new Set<string>();
  let busy = false;
  let dialog: OpenDialog | undefined;

  async function ask(message: ContentMessage): Promise<unknown> {
    try {
      return await deps.send(message);
    } catch {
      return undefined;
    }
  }

  async function decide(hit: CommentSubmit, replay: () => void) {
    const reply = CommentReply.safeParse(await ask({ type: 'noteComment', person: hit.author, post: hit.post }));
    // The worker unreachable (an update under this page): the comment goes through uncounted.
    // Pacing is advice; holding the user's words with nothing to say about them would be worse.
    if (!reply.success || reply.data.action === 'allow') {
      if (reply.success) passed.add(hit.post);
      return replay();
    }
    const { t } = deps;
    const name = reply.data.personName || hit.author.name || t('someone');
    dialog = openDialog({
      model: {
        personName: name,
        title: t('commentPaceTitle', { name }),
        summary: t('commentPaceSummary', { count: reply.data.count ?? 2 }),
        when: '',
        explanation: t('commentAdvice'),
      },
      t,
      friction: reply.data.friction,
      anyway: {
        label: t('postAnyway'),
        countdown: (seconds) => t('postAnywayIn', { seconds }),
        now: t('postNow'),
        withReason: t('postWithReason'),
      },
      returnFocusTo: hit.control,
      ...(deps.isTrusted ? { isTrusted: deps.isTrusted } : {}),
      document: win.document,
      handlers: {
        onCancel() {
          dialog = undefined; // the comment stays in its box, unposted
        },
        onSendAnyway() {
          dialog = undefined;
          passed.add(hit.post);
          void ask({ type: 'commentOutcome', person: hit.author, post: hit.post, outcome: 'posted-anyway' });
          replay();
        },
      },
    });
  }

  // Offered every control click: the address is read only for a comment's submit button.
  const page = {
    get url() {
      return win.location.href;
    },
    document: win.document,
  };

  return (event, target) => {
    const how = howOf(event);
    if (!how || !deps.recognise) return;
    const hit = deps.recognise(target, page, how);
    // Not a comment, or not on a watched person's post: untouched, and nothing is sent.
    if (!hit || deps.find(hit.author).length === 0 || passed.has(hit.post)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (busy || dialog) return; // one question at a time; a second press while asking is dropped
    busy = true;
    void decide(hit, replayOf(event, hit.control)).finally(() => (busy = false));
  };
}

function howOf(event: MouseEvent | KeyboardEvent): 'click' | 'enter' | undefined {
  if (event.type === 'click') return 'click';
  if (event.type !== 'keydown' || !('key' in event) || event.key !== 'Enter') return undefined;
  // Shift+Enter adds a line; with another modifier the site does something else, or nothing.
  return event.shiftKey || event.ctrlKey || event.altKey || event.metaKey ? undefined : 'enter';
}

/**
 * The held submission, once, to the same element: a click on the submit button, or Enter in the
 * comment box (the sites act on either; script-made events pass the guard untouched).
 */
function replayOf(event: MouseEvent | KeyboardEvent, control: HTMLElement): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const init = { bubbles: true, cancelable: true, composed: true };
    const copy =
      event.type === 'click'
        ? new MouseEvent('click', { ...init, detail: (event as MouseEvent).detail })
        : new KeyboardEvent('keydown', { ...init, key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    control.dispatchEvent(copy);
  };
}
