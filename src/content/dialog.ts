// The interception dialog. It lives in a *closed* shadow root so the page can neither read nor
// restyle it, and every style is set through the CSSOM (`element.style`), which a page's
// Content-Security-Policy does not block the way it may block a <style> element or a style
// attribute. Page and user text only ever goes in through textContent.
import type { DialogModel } from '../core/explain.ts';
import type { Translate } from '../core/i18n.ts';
import { BRAND, DARK, FONT, LIGHT, TITLE, button, createHost, el, frame, text, type Style } from './dialogParts.ts';
import { researchBox, type ResearchLink } from './dialogResearch.ts';
import type { DialogShell } from './dialogShell.ts';

export { openShell, type DialogShell } from './dialogShell.ts';

import type { Friction } from '../core/vocabulary.ts';
export type { Friction };

export type { ResearchLink } from './dialogResearch.ts';

export interface DialogHandlers {
  onCancel(): void;
  onRemind?(): void;
  onOffer?(): void;
  onSendAnyway(note?: string): void;
}

/** What the "… anyway" button says at each step of the friction. */
export interface AnywayWords {
  label: string;
  countdown(seconds: number): string;
  now: string;
  withReason: string;
}

export interface DialogOptions {
  model: DialogModel;
  handlers: DialogHandlers;
  /** The content script's words (browser.i18n). */
  t: Translate;
  /** Focus goes back here when the dialog closes (the page's own button). */
  returnFocusTo: HTMLElement;
  research?: ResearchLink[] | undefined;
  /** How much of the person's research checklist the user has ticked off (popup, options). */
  researched?: { done: number; total: number } | undefined;
  commentAdvice?: string | undefined;
  friction?: Friction | undefined;
  /** The "Send anyway" button's words, when it lets something else through ("Post anyway"). */
  anyway?: AnywayWords | undefined;
  /** Seconds of the "countdown" friction. */
  countdownSeconds?: number;
  /**
   * Only a real user gesture may let a request through; a page script calling `.click()` on
   * our button must not. Injectable so unit tests (where every event is untrusted) can drive it.
   */
  isTrusted?: (event: Event) => boolean;
  document?: Document;
  prefersDark?: boolean;
  /** The dialog shown at once (openShell) while the worker answered: filled in, not replaced. */
  shell?: DialogShell | undefined;
}

export interface OpenDialog {
  close(): void;
}

export function openDialog(options: DialogOptions): OpenDialog {
  const doc = options.document ?? document;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const dark = options.prefersDark ?? doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const C = dark ? DARK : LIGHT;
  const { model, handlers, t } = options;
  const friction = options.friction ?? 'none';

  const { host, root } = options.shell ? options.shell.adopt() : createHost(doc);
  const { backdrop, panel } = frame(doc, C);
  panel.setAttribute('aria-describedby', 'of-summary of-explanation');

  const brand = text(doc, 'p', t('extName'), BRAND(C));
  const title = text(doc, 'h2', model.title, TITLE(C));
  title.id = 'of-title';
  const summary = text(doc, 'p', model.when ? `${model.summary} (${model.when})` : model.summary, {
    margin: '0 0 12px',
    fontWeight: '600',
  });
  summary.id = 'of-summary';
  const explanation = text(doc, 'p', model.explanation, { margin: '0 0 16px', color: C.muted });
  explanation.id = 'of-explanation';
  panel.append(brand, title, summary);
  if (model.caution)
    panel.append(text(doc, 'p', model.caution, { margin: '0 0 12px', color: C.caution, fontSize: '14px' }));
  panel.append(explanation);

  const research = researchBox(doc, C, t, options);
  if (research) panel.append(research);

  // Friction before "Send anyway": a typed reason, or a countdown announced to screen readers.
  const live = el(doc, 'p', { margin: '0 0 8px', fontSize: '14px', color: C.muted, minHeight: '0' });
  live.setAttribute('role', 'status');
  const reasonField = el(doc, 'div', { display: 'none', margin: '0 0 12px' });
  const reasonLabel = text(doc, 'label', t('frictionWhy'), { display: 'block', fontWeight: '600', margin: '0 0 4px' });
  reasonLabel.htmlFor = 'of-reason';
  const reason = el(doc, 'textarea', {
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '64px',
    padding: '8px',
    font: `14px/1.4 ${FONT}`,
    color: C.ink,
    background: C.panel,
    border: `1px solid ${C.line}`,
    borderRadius: '6px',
  });
  reason.id = 'of-reason';
  reason.maxLength = 500;
  reason.setAttribute('aria-describedby', 'of-reason-error');
  const reasonError = text(doc, 'p', '', { margin: '4px 0 0', fontSize: '13px', color: C.caution });
  reasonError.id = 'of-reason-error';
  reasonField.append(reasonLabel, reason, reasonError);
  panel.append(reasonField, live);

  const actions = el(doc, 'div', { display: 'flex', flexWrap: 'wrap', gap: '10px', justifyContent: 'flex-end' });
  const secondary: Style = { background: 'transparent', color: C.ink, border: `1px solid ${C.line}` };
  const words: AnywayWords = options.anyway ?? {
    label: t('sendAnyway'),
    countdown: (seconds) => t('sendAnywayIn', { seconds }),
    now: t('sendNow'),
    withReason: t('sendWithReason'),
  };
  const sendAnyway = button(doc, words.label, C, secondary);
  const offer = handlers.onOffer && button(doc, t('gotOffer'), C, secondary);
  const remind = handlers.onRemind && button(doc, t('remindMe'), C, secondary);
  const cancel = button(doc, t('cancel'), C, {
    background: C.accent,
    color: C.onAccent,
    border: `1px solid ${C.accent}`,
  });
  for (const b of [sendAnyway, offer, remind, cancel]) if (b) actions.append(b);
  panel.append(actions);
  backdrop.append(panel);
  root.append(backdrop);

  let closed = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const close = () => {
    if (closed) return;
    closed = true;
    if (timer) clearInterval(timer);
    host.remove();
    if (options.returnFocusTo.isConnected) options.returnFocusTo.focus({ preventScroll: true });
  };
  const choose = (action: () => void) => {
    close();
    action();
  };

  cancel.addEventListener('click', () => choose(handlers.onCancel));
  remind?.addEventListener('click', (event) => isTrusted(event) && choose(() => handlers.onRemind!()));
  offer?.addEventListener('click', (event) => isTrusted(event) && choose(() => handlers.onOffer!()));
  backdrop.addEventListener('click', (event) => event.target === backdrop && choose(handlers.onCancel));

  let armed = friction === 'none';
  sendAnyway.addEventListener('click', (event) => {
    if (!isTrusted(event) || sendAnyway.disabled) return;
    if (friction === 'reason') {
      if (reasonField.style.display === 'none') {
        reasonField.style.display = 'block';
        sendAnyway.textContent = words.withReason;
        reason.focus();
        return;
      }
      const note = reason.value.trim();
      if (note.length < 3) {
        reasonError.textContent = t('frictionReasonMissing');
        reason.setAttribute('aria-invalid', 'true');
        reason.focus();
        return;
      }
      return choose(() => handlers.onSendAnyway(note));
    }
    if (!armed) {
      let left = options.countdownSeconds ?? 5;
      sendAnyway.disabled = true;
      sendAnyway.style.opacity = '0.6';
      sendAnyway.textContent = words.countdown(left);
      live.textContent = t('frictionWait', { seconds: left });
      timer = setInterval(() => {
        left -= 1;
        if (left > 0) {
          sendAnyway.textContent = words.countdown(left);
          return;
        }
        clearInterval(timer);
        armed = true;
        sendAnyway.disabled = false;
        sendAnyway.style.opacity = '1';
        sendAnyway.textContent = words.now;
        live.textContent = t('frictionReady');
      }, 1000);
      return;
    }
    choose(() => handlers.onSendAnyway());
  });

  root.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Escape') {
      event.preventDefault();
      choose(handlers.onCancel);
    } else if (key === 'Tab') {
      // Keep focus inside the dialog (aria-modal): cycle through what can take it.
      const focusable = [...panel.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), textarea')].filter(
        (e) => reasonField.style.display !== 'none' || !reasonField.contains(e),
      );
      if (focusable.length === 0) return;
      event.preventDefault();
      const index = focusable.indexOf(root.activeElement as HTMLElement);
      const step = (event as KeyboardEvent).shiftKey ? -1 : 1;
      focusable[(index + step + focusable.length) % focusable.length]!.focus();
    }
  });
  // Keys and clicks inside the dialog are ours: the page's shortcuts and menus must not react.
  for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'pointerdown', 'focusin'] as const) {
    root.addEventListener(type, (event) => event.stopPropagation());
  }

  if (!host.isConnected) doc.documentElement.append(host);
  cancel.focus({ preventScroll: true });
  return { close };
}
