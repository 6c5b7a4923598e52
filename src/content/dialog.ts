// The interception dialog. It lives in a *closed* shadow root so the page can neither read nor
// restyle it, and every style is set through the CSSOM (`element.style`), which a page's
// Content-Security-Policy does not block the way it may block a <style> element or a style
// attribute. Page and user text only ever goes in through textContent.
import type { DialogModel } from '../core/explain.ts';

export interface DialogHandlers {
  onCancel(): void;
  onSendAnyway(): void;
}

export interface DialogOptions {
  model: DialogModel;
  handlers: DialogHandlers;
  /** Focus goes back here when the dialog closes (the page's own button). */
  returnFocusTo: HTMLElement;
  /**
   * Only a real user gesture may let a request through; a page script calling `.click()` on
   * our button must not. Injectable so unit tests (where every event is untrusted) can drive it.
   */
  isTrusted?: (event: Event) => boolean;
  document?: Document;
}

export interface OpenDialog {
  close(): void;
}

type Style = Partial<Record<keyof CSSStyleDeclaration, string>>;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const COLORS = { ink: '#1b1f24', muted: '#4a5361', panel: '#ffffff', accent: '#0b5cad', caution: '#7a4b00' };

export function openDialog(options: DialogOptions): OpenDialog {
  const doc = options.document ?? document;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const { model, handlers } = options;

  const host = doc.createElement('div');
  style(host, { all: 'initial', position: 'fixed', inset: '0', zIndex: '2147483647' });
  const root = host.attachShadow({ mode: 'closed' });

  const backdrop = el(doc, 'div', {
    position: 'fixed',
    inset: '0',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: 'rgba(12, 18, 28, 0.55)',
    fontFamily: FONT,
  });

  const panel = el(doc, 'div', {
    boxSizing: 'border-box',
    width: 'min(440px, calc(100vw - 32px))',
    maxHeight: 'calc(100vh - 32px)',
    overflow: 'auto',
    padding: '24px',
    borderRadius: '12px',
    background: COLORS.panel,
    color: COLORS.ink,
    boxShadow: '0 12px 40px rgba(0, 0, 0, 0.35)',
    fontSize: '15px',
    lineHeight: '1.5',
    textAlign: 'left',
  });
  panel.setAttribute('role', 'alertdialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-labelledby', 'of-title');
  panel.setAttribute('aria-describedby', 'of-summary of-explanation');

  const brand = el(doc, 'p', { margin: '0 0 4px', fontSize: '12px', fontWeight: '600', letterSpacing: '0.04em', textTransform: 'uppercase', color: COLORS.accent });
  brand.textContent = 'Offer First';

  const title = el(doc, 'h2', { margin: '0 0 12px', fontSize: '20px', lineHeight: '1.3', fontWeight: '700', color: COLORS.ink });
  title.id = 'of-title';
  title.textContent = model.title;

  const summary = el(doc, 'p', { margin: '0 0 12px', fontWeight: '600' });
  summary.id = 'of-summary';
  summary.textContent = model.when ? `${model.summary} (${model.when})` : model.summary;

  const explanation = el(doc, 'p', { margin: '0 0 20px', color: COLORS.muted });
  explanation.id = 'of-explanation';
  explanation.textContent = model.explanation;

  panel.append(brand, title, summary);
  if (model.caution) {
    const caution = el(doc, 'p', { margin: '0 0 12px', color: COLORS.caution, fontSize: '14px' });
    caution.textContent = model.caution;
    panel.append(caution);
  }
  panel.append(explanation);

  const actions = el(doc, 'div', { display: 'flex', flexWrap: 'wrap', gap: '12px', justifyContent: 'flex-end' });
  const sendAnyway = button(doc, 'Send anyway', {
    background: 'transparent',
    color: COLORS.muted,
    border: `1px solid #9aa3ae`,
  });
  const cancel = button(doc, 'Cancel', { background: COLORS.accent, color: '#ffffff', border: `1px solid ${COLORS.accent}` });
  actions.append(sendAnyway, cancel);
  panel.append(actions);
  backdrop.append(panel);
  root.append(backdrop);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    host.remove();
    if (options.returnFocusTo.isConnected) options.returnFocusTo.focus({ preventScroll: true });
  };

  cancel.addEventListener('click', () => {
    close();
    handlers.onCancel();
  });
  sendAnyway.addEventListener('click', (event) => {
    if (!isTrusted(event)) return;
    close();
    handlers.onSendAnyway();
  });
  backdrop.addEventListener('click', (event) => {
    if (event.target !== backdrop) return;
    close();
    handlers.onCancel();
  });

  const focusable = [sendAnyway, cancel];
  root.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Escape') {
      event.preventDefault();
      close();
      handlers.onCancel();
    } else if (key === 'Tab') {
      // Keep focus inside the dialog (aria-modal): cycle between its two buttons.
      event.preventDefault();
      const index = focusable.indexOf(root.activeElement as HTMLButtonElement);
      const step = (event as KeyboardEvent).shiftKey ? -1 : 1;
      focusable[(index + step + focusable.length) % focusable.length]!.focus();
    }
  });
  // Keys and clicks inside the dialog are ours: the page's shortcuts and menus must not react.
  for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'pointerdown'] as const) {
    root.addEventListener(type, (event) => event.stopPropagation());
  }

  doc.documentElement.append(host);
  cancel.focus({ preventScroll: true });
  return { close };
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, css: Style): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  style(element, css);
  return element;
}

function button(doc: Document, label: string, css: Style): HTMLButtonElement {
  const b = el(doc, 'button', {
    font: `600 15px/1.2 ${FONT}`,
    padding: '10px 18px',
    borderRadius: '8px',
    cursor: 'pointer',
    minHeight: '44px',
    ...css,
  });
  b.type = 'button';
  b.textContent = label;
  // A visible focus ring that does not depend on a stylesheet the page's CSP might block.
  b.addEventListener('focus', () => style(b, { outline: `3px solid ${COLORS.accent}`, outlineOffset: '2px' }));
  b.addEventListener('blur', () => style(b, { outline: 'none' }));
  return b;
}

function style(element: HTMLElement, css: Style) {
  Object.assign(element.style, css);
}
