// The dialog's look, shared by the dialog shown at once (dialogShell.ts) and the full one
// (dialog.ts): colours, the host with its closed shadow root, the backdrop and panel, and
// element helpers that set every style through the CSSOM (see dialog.ts for why).
export type Style = Partial<Record<keyof CSSStyleDeclaration, string>>;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const LIGHT = {
  ink: '#1b1f24',
  muted: '#46505c',
  panel: '#ffffff',
  accent: '#0b5cad',
  onAccent: '#ffffff',
  caution: '#7a4b00',
  line: '#9aa3ae',
  soft: '#eef3f9',
};
export const DARK = {
  ink: '#e8ebef',
  muted: '#b9c1cb',
  panel: '#1d2127',
  accent: '#8cc2ff',
  onAccent: '#0b1a2b',
  caution: '#ffcf7a',
  line: '#5b6570',
  soft: '#26303b',
};

export type Colors = typeof LIGHT;

export function createHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  style(host, { all: 'initial', position: 'fixed', inset: '0', zIndex: '2147483647' });
  return { host, root: host.attachShadow({ mode: 'closed' }) };
}

/** The backdrop and the panel (an alertdialog labelled by its #of-title heading). */
export function frame(doc: Document, C: Colors): { backdrop: HTMLDivElement; panel: HTMLDivElement } {
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
    width: 'min(480px, calc(100vw - 32px))',
    maxHeight: 'calc(100vh - 32px)',
    overflow: 'auto',
    padding: '24px',
    borderRadius: '12px',
    background: C.panel,
    color: C.ink,
    boxShadow: '0 12px 40px rgba(0, 0, 0, 0.35)',
    fontSize: '15px',
    lineHeight: '1.5',
    textAlign: 'left',
  });
  panel.setAttribute('role', 'alertdialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-labelledby', 'of-title');
  return { backdrop, panel };
}

export const BRAND = (C: Colors): Style => ({
  margin: '0 0 4px',
  fontSize: '12px',
  fontWeight: '600',
  letterSpacing: '0.04em',
  textTransform: 'uppercase',
  color: C.accent,
});
export const TITLE = (C: Colors): Style => ({
  margin: '0 0 12px',
  fontSize: '20px',
  lineHeight: '1.3',
  fontWeight: '700',
  color: C.ink,
});

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, css: Style): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  style(element, css);
  return element;
}

export function text<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  content: string,
  css: Style,
): HTMLElementTagNameMap[K] {
  const element = el(doc, tag, css);
  element.textContent = content;
  return element;
}

export function button(doc: Document, label: string, colors: Colors, css: Style): HTMLButtonElement {
  const b = el(doc, 'button', {
    font: `600 14px/1.2 ${FONT}`,
    padding: '10px 14px',
    borderRadius: '8px',
    cursor: 'pointer',
    minHeight: '44px',
    ...css,
  });
  b.type = 'button';
  b.textContent = label;
  // A visible focus ring that does not depend on a stylesheet the page's CSP might block.
  b.addEventListener('focus', () => style(b, { outline: `3px solid ${colors.accent}`, outlineOffset: '2px' }));
  b.addEventListener('blur', () => style(b, { outline: 'none' }));
  return b;
}

export function style(element: HTMLElement, css: Style) {
  Object.assign(element.style, css);
}
