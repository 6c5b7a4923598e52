// The dialog as it opens on the click itself, with only the person's name (all the content
// script holds): the worker's answer fills it in a moment later (openDialog({ shell })).
import type { Translate } from '../core/i18n.ts';
import { BRAND, DARK, LIGHT, TITLE, button, createHost, el, frame, text } from './dialogParts.ts';

export interface ShellOptions {
  /** The name the content script read from the page; all it shows before the worker answers. */
  name: string;
  t: Translate;
  returnFocusTo: HTMLElement;
  onCancel(): void;
  document?: Document;
  prefersDark?: boolean;
}

/** The dialog as it opens on the click, before the worker's details arrive. */
export interface DialogShell {
  readonly closed: boolean;
  close(): void;
  /** Hands the host over to openDialog (the shell's own controls and listeners go). */
  adopt(): { host: HTMLElement; root: ShadowRoot };
}

/** Opens the dialog at once: title with the name, a busy status line, and Cancel. */
export function openShell(options: ShellOptions): DialogShell {
  const doc = options.document ?? document;
  const dark = options.prefersDark ?? doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const C = dark ? DARK : LIGHT;
  const { t } = options;
  const { host, root } = createHost(doc);
  const { backdrop, panel } = frame(doc, C);
  panel.setAttribute('aria-busy', 'true');
  const title = text(doc, 'h2', t('fallbackTitle', { name: options.name }), TITLE(C));
  title.id = 'of-title';
  const status = text(doc, 'p', t('dialogLoading'), { margin: '0 0 16px', color: C.muted });
  status.setAttribute('role', 'status');
  const cancel = button(doc, t('cancel'), C, {
    background: C.accent,
    color: C.onAccent,
    border: `1px solid ${C.accent}`,
  });
  const actions = el(doc, 'div', { display: 'flex', justifyContent: 'flex-end' });
  actions.append(cancel);
  panel.append(text(doc, 'p', t('extName'), BRAND(C)), title, status, actions);
  backdrop.append(panel);
  root.append(backdrop);

  const listening = new AbortController();
  const on = { signal: listening.signal };
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    listening.abort();
    host.remove();
    if (options.returnFocusTo.isConnected) options.returnFocusTo.focus({ preventScroll: true });
  };
  const cancelled = () => {
    close();
    options.onCancel();
  };
  cancel.addEventListener('click', cancelled, on);
  backdrop.addEventListener('click', (event) => event.target === backdrop && cancelled(), on);
  root.addEventListener(
    'keydown',
    (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Escape') {
        event.preventDefault();
        cancelled();
      } else if (key === 'Tab') event.preventDefault(); // Cancel is the only control
    },
    on,
  );
  for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'pointerdown', 'focusin'] as const) {
    root.addEventListener(type, (event) => event.stopPropagation(), on);
  }

  doc.documentElement.append(host);
  cancel.focus({ preventScroll: true });
  return {
    get closed() {
      return closed;
    },
    close,
    adopt() {
      listening.abort();
      root.replaceChildren();
      return { host, root };
    },
  };
}
