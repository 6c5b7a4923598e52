// "Protection may not work on this page": when the user is on a watched person's profile and
// the page's profile actions are nowhere we know how to find (a redesign we have not seen yet),
// say so instead of failing silently — but never in the page: a node
// appearing only on watched profiles would tell the page who is on the list (docs/SECURITY.md).
// This module only detects; the worker puts a badge on the tab and the popup explains it.
// Cheap by design: one check per page load or in-page navigation, in an idle callback after the
// page had time to render — never on DOM mutations.
import type { PersonMatch } from '../core/personMatch.ts';
import type { SeenPerson } from '../core/match.ts';
import type { ContentMessage } from '../core/messages.ts';
import type { PendingReader } from '../sites/comments.ts';
import type { ProfileProbe } from '../sites/recogniser.ts';

export interface MissWatchDeps {
  win: Window;
  probe: ProfileProbe;
  /** The watched people this seen person may be (the content script's lookup). */
  find(seen: SeenPerson): PersonMatch[];
  /**
   * Tells the worker (fire and forget). noteMiss: this tab starts (true) or stops (false) being
   * a page where protection may not work; the worker shows or clears the tab's badge. noteAlias:
   * the page is a watched person's profile and shows another identity of theirs not on the
   * list yet (known first, new second); the worker may remember the pair (core/aliases.ts).
   */
  tell(message: ContentMessage): void;
  /**
   * Invitations the page shows pending: a watched person's among them is told to the
   * worker (notePending), once per page; nobody else's.
   */
  pending?: PendingReader | undefined;
  /** How long a page may take to render its profile before we look (ms). */
  settleMs?: number;
}

export interface MissWatch {
  stop(): void;
  /**
   * The person of a request control the user activated here. One naming nobody (no person in
   * its own card, not a profile's own) is layout drift: reported like a miss, until the page
   * changes.
   */
  seen(person: SeenPerson): void;
}

export function watchForMisses(deps: MissWatchDeps): MissWatch {
  const { win } = deps;
  const settle = deps.settleMs ?? 2500;
  let url = '';
  let timers: number[] = [];
  // The site a miss was reported for on this page (the worker's message names it), if any.
  let flagged: SeenPerson['site'] | undefined;
  let learntAt = '';
  const report = (missing: boolean) => flagged && deps.tell({ type: 'noteMiss', site: flagged, missing });

  const later = (fn: () => void, ms: number) => {
    timers.push(
      win.setTimeout(() => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(fn, { timeout: 2000 });
        else fn();
      }, ms),
    );
  };

  let pendingAt = '';
  function reportPending(forUrl: string) {
    if (!deps.pending || pendingAt === forUrl) return;
    for (const person of deps.pending(win.document, forUrl)) {
      if (deps.find(person).length === 0) continue;
      pendingAt = forUrl;
      deps.tell({ type: 'notePending', person });
    }
  }

  function check(forUrl: string, attempt: number) {
    if (forUrl !== win.location.href) return; // navigated meanwhile; that page has its own check
    reportPending(forUrl);
    if (!deps.probe.isProfilePage(forUrl)) return;
    // Every identity the page gives for its profile: it is watched if any of them is.
    const own = deps.probe.profileOf(forUrl)?.identity;
    const identities = deps.probe.identitiesOn?.(win.document, forUrl) ?? (own ? [own] : []);
    const known = identities.filter((identity) => deps.find({ site: identity.site, identity }).length > 0);
    if (known.length === 0) return;
    const fresh = identities.find((identity) => !known.includes(identity));
    if (fresh && learntAt !== forUrl) {
      learntAt = forUrl;
      deps.tell({ type: 'noteAlias', identities: [known[0]!, fresh] });
    }
    if (deps.probe.knownActions(win.document, forUrl)) return;
    // A single-page app may still be rendering: look once more before saying anything.
    if (attempt === 0) return later(() => check(forUrl, 1), settle);
    if (!flagged) {
      flagged = known[0]!.site;
      report(true);
    }
  }

  function onNavigation() {
    if (win.location.href === url) return;
    url = win.location.href;
    for (const t of timers) win.clearTimeout(t);
    timers = [];
    // In-page navigation keeps the tab's badge (only a full load resets it): clear it here.
    if (flagged) {
      report(false);
      flagged = undefined;
    }
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
  if (win.document.readyState === 'loading')
    win.document.addEventListener('DOMContentLoaded', onNavigation, { once: true });
  else onNavigation();

  return {
    seen(person) {
      if (flagged || person.identity || person.name) return;
      flagged = person.site;
      report(true);
    },
    stop() {
      for (const t of timers) win.clearTimeout(t);
      if (poll !== undefined) win.clearInterval(poll);
      nav?.removeEventListener('currententrychange', onNavigation);
      win.removeEventListener('popstate', onNavigation);
    },
  };
}
