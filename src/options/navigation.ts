// The options page's panels (interviews, history, settings, data, privacy): one shown at a time,
// chosen from a nav of ordinary links, so a user reaches settings or their data without
// scrolling one long page. The URL's hash names the panel (#settings), so the popup or a
// bookmark can open it; a hash naming an element inside a panel (#quarantine-section) opens
// that panel and brings the element into view. Links stay links (Tab, Enter, open in a new
// tab); the current one carries aria-current, and choosing one moves focus to the panel's first
// heading so a screen reader says where the user landed.
import type { Translate } from '../core/i18n.ts';
import { h } from '../ui/dom.ts';

export interface Panel {
  /** The hash that selects it; its markup is the element #panel-<id>. */
  readonly id: string;
  /** The catalog key of its name in the navigation. */
  readonly title: string;
}

export interface Navigation {
  /** The panel shown now. */
  current(): string;
  /** Shows the panel `id`; with focus, moves focus to its first heading. */
  select(id: string, focus?: boolean): void;
}

export const panelElement = (root: ParentNode, id: string): HTMLElement | null =>
  root.querySelector<HTMLElement>(`#panel-${id}`);

/** The panel a hash selects: a panel's own id, or the panel holding the element it names; else the first. */
export function panelFor(hash: string, panels: readonly Panel[], root: ParentNode): string {
  const name = decodeURIComponent(hash.replace(/^#/, ''));
  if (panels.some((p) => p.id === name)) return name;
  const target = name && root.querySelector(`[id="${CSS.escape(name)}"]`);
  const holder = target ? target.closest<HTMLElement>('.panel') : null;
  const found = panels.find((p) => holder && holder.id === `panel-${p.id}`);
  return (found ?? panels[0]!).id;
}

/**
 * The root a section mounts on: its markup in index.html, or, for a section that makes its own
 * markup, an empty <section id> added to its panel.
 */
export function sectionRoot(root: Document, panel: string, id: string): HTMLElement {
  const existing = root.getElementById(id);
  if (existing) return existing;
  const holder = panelElement(root, panel);
  if (!holder) throw new Error(`options markup is missing #panel-${panel}`);
  const made = h('section', { id });
  holder.append(made);
  return made;
}

export function mountNavigation(nav: HTMLElement, panels: readonly Panel[], t: Translate): Navigation {
  const doc = nav.ownerDocument;
  const win = doc.defaultView!;
  let shown = panels[0]!.id;
  const links = new Map<string, HTMLAnchorElement>();

  function select(id: string, focus = false): void {
    shown = id;
    for (const panel of panels) {
      const element = panelElement(doc, panel.id);
      if (element) element.hidden = panel.id !== id;
      const link = links.get(panel.id)!;
      if (panel.id === id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const heading = panelElement(doc, id)?.querySelector<HTMLElement>('h2');
    if (focus && heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  function follow(): void {
    const hash = win.location.hash;
    const id = panelFor(hash, panels, doc);
    select(id);
    const name = decodeURIComponent(hash.replace(/^#/, ''));
    // A deep link to something inside the panel: the panel was hidden when the browser tried
    // to scroll to it, so scroll now.
    if (name && name !== id) doc.getElementById(name)?.scrollIntoView();
  }

  const list = h('ul');
  for (const panel of panels) {
    const link = h(
      'a',
      {
        attrs: { href: `#${panel.id}` },
        on: {
          click(event) {
            // Plain clicks stay on the page; with a modifier (new tab, new window) the browser
            // does what the user asked with the link.
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            // pushState, not location.hash: setting the hash scrolls to the element of that id
            // (#settings is also the settings form), and Back should return to the last panel.
            if (win.location.hash !== `#${panel.id}`) win.history.pushState(null, '', `#${panel.id}`);
            select(panel.id, true);
          },
        },
      },
      t(panel.title),
    );
    links.set(panel.id, link);
    list.append(h('li', {}, link));
  }
  nav.replaceChildren(list);
  win.addEventListener('popstate', follow);
  win.addEventListener('hashchange', follow);
  follow();
  return { current: () => shown, select };
}
