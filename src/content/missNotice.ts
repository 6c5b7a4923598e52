// "Protection may not work on this page": when the user is on a watched person's profile and
// the page's profile actions are nowhere we know how to find (a redesign we have not seen yet),
// say so discreetly instead of failing silently (a failure the user cannot see is one they
// cannot act on). Cheap by design: one
// check per page load or in-page navigation, in an idle callback after the page had time to
// render — never on DOM mutations.
import type { ProfileProbe } from '../sites/recogniser.ts';

/** The notice's words, from browser.i18n (missNotice, dismiss). */
export interface MissWords {
  text: string;
  dismiss: string;
}

export interface MissWatchDeps {
  win: Window;
  probe: ProfileProbe;
  /** Is the profile at this page URL one of the watched people? */
  isWatchedProfile(url: string): boolean;
  /** Called once per URL where the check failed (the worker counts it locally). */
  report(): void;
  /** How long a page may take to render its profile before we look (ms). */
  settleMs?: number;
  words: MissWords;
}

export interface MissWatch {
  stop(): void;
}

export function watchForMisses(deps: MissWatchDeps): MissWatch {
  const { win } = deps;
  const settle = deps.settleMs ?? 2500;
  let url = '';
  let timers: number[] = [];
  let notice: HTMLElement | undefined;
  const reported = new Set<string>();

  const later = (fn: () => void, ms: number) => {
    timers.push(
      win.setTimeout(() => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(fn, { timeout: 2000 });
        else fn();
      }, ms),
    );
  };

  function check(forUrl: string, attempt: number) {
    if (forUrl !== win.location.href) return; // navigated meanwhile; that page has its own check
    if (!deps.probe.isProfilePage(forUrl) || !deps.isWatchedProfile(forUrl)) return;
    if (deps.probe.knownActions(win.document, forUrl)) return;
    // A single-page app may still be rendering: look once more before saying anything.
    if (attempt === 0) return later(() => check(forUrl, 1), settle);
    notice ??= showMissNotice(win.document, deps.words);
    if (!reported.has(forUrl)) {
      reported.add(forUrl);
      deps.report();
    }
  }

  function onNavigation() {
    if (win.location.href === url) return;
    url = win.location.href;
    for (const t of timers) win.clearTimeout(t);
    timers = [];
    notice?.remove();
    notice = undefined;
    later(() => check(url, 0), settle);
  }

  // In-page navigation (the page's own pushState) fires no event a content script can hear in
  // every browser: the Navigation API's currententrychange does where it exists (it also fires
  // for pushState); elsewhere a cheap URL comparison every 1.5 s.
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  let poll: number | undefined;
  if (nav && typeof nav.addEventListener === 'function') nav.addEventListener('currententrychange', onNavigation);
  else poll = win.setInterval(onNavigation, 1500);
  win.addEventListener('popstate', onNavigation);
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', onNavigation, { once: true });
  else onNavigation();

  return {
    stop() {
      for (const t of timers) win.clearTimeout(t);
      if (poll !== undefined) win.clearInterval(poll);
      nav?.removeEventListener('currententrychange', onNavigation);
      win.removeEventListener('popstate', onNavigation);
      notice?.remove();
    },
  };
}

/**
 * A small notice in a closed shadow root (the page can neither read nor restyle it); styles
 * through the CSSOM, which a page's CSP does not block; text through textContent only.
 */
export function showMissNotice(doc: Document, words: MissWords): HTMLElement {
  const host = doc.createElement('div');
  Object.assign(host.style, { all: 'initial', position: 'fixed', right: '12px', bottom: '12px', zIndex: '2147483646' });
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  Object.assign(box.style, {
    font: '13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    color: '#1b1f24',
    background: '#fff8e6',
    border: '1px solid #d9a400',
    borderRadius: '8px',
    padding: '8px 10px',
    boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
    display: 'flex',
    gap: '8px',
    alignItems: 'center',
    maxWidth: '320px',
  });
  const text = doc.createElement('span');
  text.textContent = words.text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', words.dismiss);
  Object.assign(close.style, { all: 'initial', cursor: 'pointer', font: 'inherit', fontSize: '16px', padding: '0 4px' });
  close.addEventListener('click', () => host.remove());
  box.append(text, close);
  root.append(box);
  doc.documentElement.append(host);
  return host;
}
