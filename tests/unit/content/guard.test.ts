// @vitest-environment happy-dom
// The content script's mechanism: the capture-phase guard (mouse and keyboard), the one-time
// listener registration with its hand-over after an update, the delegated listener working
// for controls added later and after in-page navigation, the miss watch, and the trust
// invariant: script-made events pass untouched and nothing is added to the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGuard, type Gate, type GuardDeps } from '../../../src/content/guard.ts';
import { installListeners, type Installed } from '../../../src/content/listeners.ts';
import { watchForMisses } from '../../../src/content/missWatch.ts';
import { controlsFor, probeFor, recognisersFor } from '../../../src/sites/index.ts';
import type { Recognition } from '../../../src/sites/recogniser.ts';
import { WatchIndex } from '../../../src/core/watchIndex.ts';
import { mount, readFixture } from '../support/fixtures.ts';

const installed: Installed[] = [];
afterEach(() => {
  for (const i of installed.splice(0)) i.standDown();
  vi.useRealTimers();
});

function page() {
  document.body.replaceChildren();
  const watched = document.createElement('button');
  watched.setAttribute('aria-label', 'Invite Dana Whitfield to connect');
  const stranger = document.createElement('button');
  stranger.setAttribute('aria-label', 'Invite Sam Ortega to connect');
  document.body.append(watched, stranger);
  const siteClicks: string[] = [];
  document.addEventListener('click', (e) => siteClicks.push((e.target as Element).getAttribute('aria-label')!));
  return { watched, stranger, siteClicks };
}

describe('click guard', () => {
  it('stops a watched person’s click before the site sees it, and replays it exactly once', () => {
    const { watched, stranger, siteClicks } = page();
    const stopped: Array<() => void> = [];
    const guard = createGuard({
      recognise: (target) => {
        const control = target.closest('button')!;
        return { kind: 'connect', control, person: { site: 'linkedin', name: control.getAttribute('aria-label')! } };
      },
      isWatched: (person) => person.name!.includes('Dana'),
      onStopped: (_, replay) => stopped.push(replay),
      isTrusted: () => true, // happy-dom cannot make trusted events; the user's clicks are
    });
    const listener = (e: Event) => guard.handleClick(e as MouseEvent);
    window.addEventListener('click', listener, true);
    try {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      watched.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(true);
      expect(siteClicks).toEqual([]);
      expect(stopped).toHaveLength(1);

      stranger.click();
      expect(siteClicks).toEqual(['Invite Sam Ortega to connect']);

      stopped[0]!();
      stopped[0]!();
      expect(siteClicks).toEqual(['Invite Sam Ortega to connect', 'Invite Dana Whitfield to connect']);
    } finally {
      window.removeEventListener('click', listener, true);
    }
  });
});

describe('a click outside every control: the fast path', () => {
  function guarded(gate = vi.fn(() => true)) {
    const recognise = vi.fn(() => undefined);
    const other = vi.fn();
    const trusted = vi.fn(() => true);
    const guard = createGuard({
      recognise,
      other,
      isWatched: () => true,
      onStopped: () => undefined,
      watching: () => true,
      // A site's controls, with the host of an open shadow root that holds more of them.
      controls: 'button,[role="button"],#host',
      isTrusted: trusted,
      gate,
    });
    return { guard, recognise, other, gate, trusted };
  }

  /** A click whose target, as seen from window, is `target`. */
  function clickOn(target: Element) {
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(click, 'target', { value: target });
    return click;
  }

  it('returns after one closest(): no trust check, event path, recogniser, comment pacer or liveness check', () => {
    const { guard, recognise, other, gate, trusted } = guarded();
    document.body.innerHTML = '<section><p>About <b>Dana</b></p></section>';
    const click = clickOn(document.querySelector('b')!);
    const path = vi.spyOn(click, 'composedPath');
    const closest = vi.spyOn(Element.prototype, 'closest');
    guard.handleClick(click);
    expect(closest).toHaveBeenCalledOnce();
    closest.mockRestore();
    expect([trusted, path, recognise, other, gate].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0, 0]);
  });

  it('a click on anything inside a control takes the whole path', () => {
    const { guard, recognise, other, gate, trusted } = guarded();
    document.body.innerHTML = '<div role="button"><span>Connect</span></div>';
    const span = document.querySelector('span')!;
    guard.handleClick(clickOn(span));
    expect(trusted).toHaveBeenCalledOnce();
    expect(gate).toHaveBeenCalledOnce();
    expect(recognise).toHaveBeenCalledWith(span);
    expect(other).toHaveBeenCalledOnce(); // not a request: offered to the comment pacer
  });

  it('a script-made click inside a control is let go before anything acts on it', () => {
    const { guard, recognise, other, gate, trusted } = guarded();
    trusted.mockReturnValue(false);
    document.body.innerHTML = '<button>Connect</button>';
    const click = clickOn(document.querySelector('button')!);
    guard.handleClick(click);
    expect([gate, recognise, other].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
    expect(click.defaultPrevented).toBe(false);
  });

  it('a click retargeted to a listed shadow host takes the whole path, to the real target inside', () => {
    const { guard, recognise, gate } = guarded();
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const inner = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(inner);
    const click = clickOn(host);
    vi.spyOn(click, 'composedPath').mockReturnValue([inner, host.shadowRoot!, host, document.body]);
    guard.handleClick(click);
    expect(gate).toHaveBeenCalledOnce();
    expect(recognise).toHaveBeenCalledWith(inner);
  });

  it('a shadow host the site does not list is an element like any other: the fast path', () => {
    const { guard, recognise, gate } = guarded();
    document.body.innerHTML = '<div id="elsewhere"></div>';
    const host = document.getElementById('elsewhere')!;
    host.attachShadow({ mode: 'open' }).append(document.createElement('button'));
    guard.handleClick(clickOn(host));
    expect(gate).not.toHaveBeenCalled();
    expect(recognise).not.toHaveBeenCalled();
  });

  it('an instance that has stood down (its gate says no) touches nothing more', () => {
    const { guard, recognise, other } = guarded(vi.fn(() => false));
    document.body.innerHTML = '<button>Connect</button>';
    const click = clickOn(document.querySelector('button')!);
    guard.handleClick(click);
    expect(recognise).not.toHaveBeenCalled();
    expect(other).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(false);
  });
});

/** The real recognisers on a mounted fixture, watching people whose identity value is listed. */
function realGuard(fixture: string, watchedValues: string[]) {
  const f = readFixture(fixture);
  mount(f);
  const url = new URL(f.url);
  history.replaceState(null, '', f.url.replace(url.origin, '')); // happy-dom: same-origin only
  Object.defineProperty(window, 'location', { value: new URL(f.url), configurable: true });
  const recognisers = recognisersFor(url.hostname);
  const stopped: Array<{ recognition: Recognition; replay: () => void }> = [];
  const deps: GuardDeps = {
    recognise: (target) => recognisers.map((r) => r(target, { url: window.location.href, document })).find(Boolean),
    isWatched: (person) => !!person.identity && watchedValues.includes(person.identity.value),
    onStopped: (recognition, replay) => stopped.push({ recognition, replay }),
    isTrusted: () => true,
    controls: controlsFor(url.hostname),
  };
  installed.push(installListeners({ win: window, guard: (gate) => createGuard({ ...deps, gate }), alive: () => true }));
  return { stopped };
}

const key = (el: Element, type: 'keydown' | 'keyup', k: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, composed: true, ...init });
  el.dispatchEvent(event);
  return event;
};

describe('nobody watched: the fast path', () => {
  it('a click returns before reading the event path or recognising anything', () => {
    const recognise = vi.fn(() => undefined);
    const guard = createGuard({
      recognise,
      isWatched: () => true,
      onStopped: () => undefined,
      watching: () => false,
      isTrusted: () => true,
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    const path = vi.spyOn(click, 'composedPath');
    guard.handleClick(click);
    expect(path).not.toHaveBeenCalled();
    expect(recognise).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(false);
  });
});

describe('keyboard activation (Facebook div[role=button] activates on keydown)', () => {
  it('stops Enter and Space on a watched person’s focused control before the site, and replays as a click', () => {
    const { stopped } = realGuard('facebook/profile-numeric-fr.html', ['100088812345']);
    const seen: string[] = [];
    const root = document.querySelector('[id^="mount_0_0"]')!;
    root.addEventListener('keydown', (e) => seen.push(`key ${(e as KeyboardEvent).key}`));
    root.addEventListener('keyup', (e) => seen.push(`up ${(e as KeyboardEvent).key}`));
    root.addEventListener('click', () => seen.push('click'));
    const control = document.querySelector<HTMLElement>('[aria-label="Ajouter ami(e)"]')!;

    const down = key(control, 'keydown', 'Enter');
    expect(down.defaultPrevented).toBe(true);
    expect(key(control, 'keydown', 'Enter', { repeat: true }).defaultPrevented).toBe(true);
    expect(key(control, 'keyup', 'Enter').defaultPrevented).toBe(true);
    expect(seen).toEqual([]);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.recognition.person.identity?.value).toBe('100088812345');

    key(control, 'keydown', ' ');
    expect(stopped).toHaveLength(2);
    expect(seen).toEqual([]);

    stopped[0]!.replay();
    expect(seen).toEqual(['click']);
  });

  it('lets other keys, and activation keys on other controls, through untouched', () => {
    const { stopped } = realGuard('facebook/profile-numeric-fr.html', ['100088812345']);
    const control = document.querySelector<HTMLElement>('[aria-label="Ajouter ami(e)"]')!;
    expect(key(control, 'keydown', 'a').defaultPrevented).toBe(false);
    expect(key(control, 'keydown', 'Tab').defaultPrevented).toBe(false);
    expect(key(document.querySelector('[aria-label="Message"]')!, 'keydown', 'Enter').defaultPrevented).toBe(false);
    expect(stopped).toHaveLength(0);
  });

  it('leaves native <button>/<a> keyboard activation to the click they produce', () => {
    const { stopped } = realGuard('linkedin/profile-ember-2025.html', ['dana-whitfield']);
    const button = document.querySelector('button[aria-label="Invite Dana Whitfield to connect"]')!;
    expect(key(button, 'keydown', 'Enter').defaultPrevented).toBe(false);
    expect(stopped).toHaveLength(0);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(stopped).toHaveLength(1);
  });
});

describe('dynamic pages: one delegated listener, nothing to re-scan', () => {
  it('stops a control added after load', () => {
    const { stopped } = realGuard('linkedin/profile-sdui-2026-more-en.html', ['nora-quinlan']);
    expect(stopped).toHaveLength(0);
    document.body.append((document.getElementById('more-menu') as HTMLTemplateElement).content.cloneNode(true));
    const item = document.querySelector('[role="menu"] a[href*="custom-invite"] p')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    item.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(stopped[0]?.recognition.person.identity?.value).toBe('nora-quinlan');
  });

  it('after pushState to another profile, the top card’s Connect belongs to the new profile', () => {
    const { stopped } = realGuard('linkedin/profile-ember-2025.html', ['pat-lindgren']);
    // The SPA swaps the top card and the URL without a reload.
    Object.defineProperty(window, 'location', {
      value: new URL('https://www.linkedin.com/in/pat-lindgren/'),
      configurable: true,
    });
    const card = document.querySelector('section[data-member-id]')!;
    card.querySelector('h1')!.textContent = 'Pat Lindgren';
    const button = card.querySelector('button[aria-label^="Invite"]')!;
    button.setAttribute('aria-label', 'Invite Pat Lindgren to connect');
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(stopped.map((s) => s.recognition.person)).toEqual([
      { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'pat-lindgren' }, name: 'Pat Lindgren' },
    ]);
  });
});

describe('Follow and Message: held back only when the user opted in', () => {
  /** The guard as the content script builds it: recognisers chosen from the watch index. */
  function optInGuard(fixture: string, index: unknown, watchedValues: string[]) {
    const f = readFixture(fixture);
    mount(f);
    Object.defineProperty(window, 'location', { value: new URL(f.url), configurable: true });
    const parsed = WatchIndex.parse(index);
    const recognisers = recognisersFor(window.location.hostname, { followAndMessage: parsed.followAndMessage });
    const stopped: Recognition[] = [];
    const deps: GuardDeps = {
      recognise: (target) => recognisers.map((r) => r(target, { url: window.location.href, document })).find(Boolean),
      isWatched: (person) => !!person.identity && watchedValues.includes(person.identity.value),
      onStopped: (recognition) => stopped.push(recognition),
      isTrusted: () => true,
    };
    installed.push(
      installListeners({ win: window, guard: (gate) => createGuard({ ...deps, gate }), alive: () => true }),
    );
    return { stopped };
  }
  const click = (selector: string) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector(selector)!.dispatchEvent(event);
    return event;
  };
  const index = (followAndMessage?: boolean) => ({
    v: 1,
    people: [],
    ...(followAndMessage === undefined ? {} : { followAndMessage }),
  });

  it.each([
    ['off', index(false)],
    ['absent (an index from before the setting)', index()],
  ])('setting %s: an interviewer’s Follow and Message pass untouched; Connect is still stopped', (_what, raw) => {
    const { stopped } = optInGuard('linkedin/profile-sdui-2026-fr.html', raw, ['camille-laurent-3f2']);
    expect(click('button[aria-label="Suivre Camille Laurent"]').defaultPrevented).toBe(false);
    expect(click('section[componentkey$="Topcard"] a[href^="/messaging/"]').defaultPrevented).toBe(false);
    expect(stopped).toEqual([]);
    expect(click('section[componentkey$="Topcard"] a[href*="custom-invite"]').defaultPrevented).toBe(true);
    expect(stopped.map((r) => r.kind)).toEqual(['connect']);
  });

  it('setting on: the interviewer’s Follow and Message are stopped; another person’s Follow passes', () => {
    const { stopped } = optInGuard('linkedin/profile-sdui-2026-follow-en.html', index(true), ['elena-vasquez']);
    expect(click('button[aria-label="Follow Elena Vasquez"]').defaultPrevented).toBe(true);
    expect(click('section[componentkey$="Topcard"] a[href^="/messaging/"]').defaultPrevented).toBe(true);
    expect(click('#pav-follow button').defaultPrevented).toBe(false);
    expect(click('#interest-company button').defaultPrevented).toBe(false);
    expect(stopped.map((r) => [r.kind, r.person.identity?.value])).toEqual([
      ['follow', 'elena-vasquez'],
      ['message', 'elena-vasquez'],
    ]);
  });

  it('setting on, Facebook: the header’s Follow is stopped; off, it passes', () => {
    const on = optInGuard('facebook/profile-follow-en.html', index(true), ['jordanblake']);
    expect(click('[data-pagelet="ProfileActions"] [aria-label="Follow"]').defaultPrevented).toBe(true);
    expect(on.stopped.map((r) => r.kind)).toEqual(['follow']);
    for (const i of installed.splice(0)) i.standDown();
    const off = optInGuard('facebook/profile-follow-en.html', index(false), ['jordanblake']);
    expect(click('[data-pagelet="ProfileActions"] [aria-label="Follow"]').defaultPrevented).toBe(false);
    expect(off.stopped).toEqual([]);
  });
});

describe('script-made events (isTrusted false): never stopped, recorded or answered', () => {
  /** The real recognisers with the real isTrusted check: every event happy-dom makes is untrusted, as a page's are. */
  function untrustedGuard(fixture: string, watchedValues: string[]) {
    const f = readFixture(fixture);
    mount(f);
    Object.defineProperty(window, 'location', { value: new URL(f.url), configurable: true });
    const recognisers = recognisersFor(window.location.hostname);
    const stopped: Recognition[] = [];
    const deps: GuardDeps = {
      recognise: (target) => recognisers.map((r) => r(target, { url: window.location.href, document })).find(Boolean),
      isWatched: (person) => !!person.identity && watchedValues.includes(person.identity.value),
      onStopped: (recognition) => stopped.push(recognition),
    };
    installed.push(
      installListeners({ win: window, guard: (gate) => createGuard({ ...deps, gate }), alive: () => true }),
    );
    return { stopped };
  }

  it('a page’s dispatched click on a watched Connect reaches the site, not prevented, with no trace', () => {
    const { stopped } = untrustedGuard('linkedin/profile-ember-2025.html', ['dana-whitfield']);
    const siteSaw: boolean[] = [];
    document.addEventListener('click', (e) => siteSaw.push(e.defaultPrevented));
    const button = document.querySelector('button[aria-label="Invite Dana Whitfield to connect"]')!;
    const probe = new MouseEvent('click', { bubbles: true, cancelable: true });
    expect(probe.isTrusted).not.toBe(true); // happy-dom leaves it undefined; browsers say false
    button.dispatchEvent(probe);
    (button as HTMLElement).click();
    expect(probe.defaultPrevented).toBe(false);
    expect(siteSaw).toEqual([false, false]);
    expect(stopped).toEqual([]);
  });

  it('a page’s dispatched Enter on a watched Facebook control passes too', () => {
    const { stopped } = untrustedGuard('facebook/profile-numeric-fr.html', ['100088812345']);
    const control = document.querySelector<HTMLElement>('[aria-label="Ajouter ami(e)"]')!;
    expect(key(control, 'keydown', 'Enter').defaultPrevented).toBe(false);
    expect(key(control, 'keyup', 'Enter').defaultPrevented).toBe(false);
    expect(stopped).toEqual([]);
  });

  it('the user’s click is stopped, and the extension’s own replay (untrusted) still reaches the site', () => {
    document.body.replaceChildren();
    const button = document.createElement('button');
    document.body.append(button);
    const siteClicks: boolean[] = [];
    document.addEventListener('click', (e) => siteClicks.push(e.isTrusted === true));
    const replays: Array<() => void> = [];
    const user = new WeakSet<Event>();
    const guard = createGuard({
      recognise: (target) => ({
        kind: 'connect',
        control: target as HTMLElement,
        person: { site: 'linkedin', name: 'Dana Whitfield' },
      }),
      isWatched: () => true,
      onStopped: (_, replay) => replays.push(replay),
      // Stands for the browser's flag: only the event marked here came from the user.
      isTrusted: (event) => user.has(event),
    });
    installed.push(installListeners({ win: window, guard: () => guard, alive: () => true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    user.add(click);
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(siteClicks).toEqual([]);
    replays[0]!();
    expect(siteClicks).toEqual([false]);
  });
});

describe('hand-over after an update or reload', () => {
  /** A guard that counts the events it handles: those its instance's gate lets through. */
  const guardSpy = (onClick: (event: MouseEvent) => void = () => undefined) => {
    const clicks = vi.fn(onClick);
    const keys = vi.fn();
    return {
      clicks,
      keys,
      make: (gate: Gate) => ({
        handleClick: (event: MouseEvent) => void (gate() && clicks(event)),
        handleKey: (event: KeyboardEvent) => void (gate() && keys(event)),
      }),
    };
  };

  it('a newer instance in the same world takes over at once; the old one stops handling', () => {
    const old = guardSpy();
    const oldStandDown = vi.fn();
    const oldInstall = installListeners({ win: window, guard: old.make, alive: () => true, onStandDown: oldStandDown });
    const fresh = guardSpy();
    const freshInstall = installListeners({ win: window, guard: fresh.make, alive: () => true });
    installed.push(oldInstall, freshInstall);
    expect(oldInstall.active).toBe(false);
    expect(oldStandDown).toHaveBeenCalledOnce();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(old.clicks).not.toHaveBeenCalled();
    expect(fresh.clicks).toHaveBeenCalledOnce();
  });

  it('an old instance whose clean-up throws (its runtime is gone) is still replaced, and never handles again', () => {
    const old = guardSpy();
    const oldInstall = installListeners({
      win: window,
      guard: old.make,
      alive: () => false,
      onStandDown: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    const fresh = guardSpy();
    installed.push(oldInstall);
    let freshInstall: Installed | undefined;
    expect(
      () => (freshInstall = installListeners({ win: window, guard: fresh.make, alive: () => true })),
    ).not.toThrow();
    installed.push(freshInstall!);
    expect(oldInstall.active).toBe(false);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(old.keys).not.toHaveBeenCalled();
    expect(fresh.keys).toHaveBeenCalledOnce();
  });

  it('an orphan with no successor keeps handling clicks: it never silently lets one through', () => {
    const orphan = guardSpy();
    installed.push(installListeners({ win: window, guard: orphan.make, alive: () => false }));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(orphan.clicks).toHaveBeenCalledOnce();
    expect(orphan.keys).toHaveBeenCalledOnce();
  });

  it('an orphan in another world (Chrome after a reload) gives way: its successor handles first, the orphan only what the successor let pass', () => {
    let orphanAlive = true;
    const orphan = guardSpy();
    // Each isolated world has its own window object: separate slots, one DOM.
    installed.push(installListeners({ win: window, guard: orphan.make, alive: () => orphanAlive, slots: {} }));
    orphanAlive = false; // the extension reloads
    const successor = guardSpy((e) => e.stopImmediatePropagation());
    installed.push(installListeners({ win: window, guard: successor.make, alive: () => true, slots: {} }));

    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(successor.clicks).toHaveBeenCalledOnce();
    expect(orphan.clicks).not.toHaveBeenCalled();
    // A key the successor does not stop reaches the orphan, now listening on document.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(successor.keys).toHaveBeenCalledOnce();
    expect(orphan.keys).toHaveBeenCalledOnce();
  });

  it('starting and handing over dispatch nothing in the page and leave no attribute or node', () => {
    const dispatched = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    const before = document.documentElement.outerHTML;
    const first = installListeners({ win: window, guard: guardSpy().make, alive: () => true });
    const second = installListeners({ win: window, guard: guardSpy().make, alive: () => true });
    installed.push(first, second);
    expect(dispatched).not.toHaveBeenCalled();
    dispatched.mockRestore();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('miss watch: reported to the worker, nothing added to the page', () => {
  /** Runs the miss watch on a fixture (optionally altered) for a few seconds of fake time. */
  function watchOn(fixture: string, watched: boolean, alter: (html: string) => string = (h) => h) {
    const f = readFixture(fixture);
    mount({ ...f, html: alter(f.html) });
    vi.useFakeTimers();
    Object.defineProperty(window, 'location', { value: new URL(f.url), configurable: true });
    const reports: boolean[] = [];
    const added: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    const watch = watchForMisses({
      win: window,
      probe: probeFor(new URL(f.url).hostname)!,
      find: () => (watched ? [{ personId: 'p', strength: 'profile' }] : []),
      tell: (message) => void (message.type === 'noteMiss' && reports.push(message.missing)),
      settleMs: 100,
    });
    vi.advanceTimersByTime(5000);
    const records = observer.takeRecords();
    observer.disconnect();
    return { reports, watch, mutations: added.length + records.length };
  }

  it('on a watched profile whose actions are in no shape we know (a redesign): one report, no node', () => {
    const { reports, watch, mutations } = watchOn('linkedin/profile-sdui-2026-de.html', true, (html) =>
      html.replace(/componentkey="[^"]*Topcard"/, 'componentkey="NewHeader"'),
    );
    watch.stop();
    expect(reports).toEqual([true]);
    expect(mutations).toBe(0);
  });

  it('on the saved "redesign" fixture of a watched profile: reported; navigating on clears it', () => {
    const { reports, watch, mutations } = watchOn('linkedin/negative-redesign-en.html', true);
    expect(reports).toEqual([true]);
    expect(mutations).toBe(0);
    Object.defineProperty(window, 'location', { value: new URL('https://www.linkedin.com/feed/'), configurable: true });
    window.dispatchEvent(new PopStateEvent('popstate'));
    watch.stop();
    expect(reports).toEqual([true, false]);
  });

  it('not on pages that are not profiles', () => {
    const { reports, watch } = watchOn('linkedin/negative-feed-en.html', true);
    watch.stop();
    expect(reports).toEqual([]);
  });

  it.each([
    'linkedin/profile-sdui-2026-fr.html',
    'linkedin/profile-sdui-2026-more-en.html',
    'linkedin/negative-pending-en.html',
    'linkedin/profile-ember-2024-more-fr.html',
    'facebook/profile-comet.html',
    'facebook/profile-respond-en.html',
    'facebook/m-touch-en.html',
    'facebook/m-lite-en.html',
  ])('stays silent on a watched profile we understand: %s', (fixture) => {
    const { reports, watch } = watchOn(fixture, true);
    watch.stop();
    expect(reports).toEqual([]);
  });

  it('stays silent on an unwatched profile, whatever its shape', () => {
    const { reports, watch } = watchOn('linkedin/profile-sdui-2026-de.html', false, (html) =>
      html.replace(/Topcard/, 'X'),
    );
    watch.stop();
    expect(reports).toEqual([]);
  });

  describe('one person, two identities (facebook/m-touch-alias-en.html)', () => {
    function learnOn(watchedKeys: string[]) {
      const f = readFixture('facebook/m-touch-alias-en.html');
      mount(f);
      vi.useFakeTimers();
      Object.defineProperty(window, 'location', { value: new URL(f.url), configurable: true });
      const learnt: unknown[] = [];
      const reports: boolean[] = [];
      const watch = watchForMisses({
        win: window,
        probe: probeFor(new URL(f.url).hostname)!,
        find: ({ identity }) =>
          identity && watchedKeys.includes(`${identity.kind}:${identity.value}`)
            ? [{ personId: 'jane', strength: 'profile' }]
            : [],
        tell: (message) =>
          void (message.type === 'noteAlias'
            ? learnt.push(message.identities)
            : message.type === 'noteMiss' && reports.push(message.missing)),
        settleMs: 100,
      });
      vi.advanceTimersByTime(5000);
      watch.stop();
      return { learnt, reports };
    }

    it('on a watched person’s profile, hands the worker the pair once (known first)', () => {
      expect(learnOn(['username:janedoe77']).learnt).toEqual([
        [
          { site: 'facebook', kind: 'username', value: 'janedoe77' },
          { site: 'facebook', kind: 'id', value: '100012345678901' },
        ],
      ]);
      expect(learnOn(['id:100012345678901']).learnt).toEqual([
        [
          { site: 'facebook', kind: 'id', value: '100012345678901' },
          { site: 'facebook', kind: 'username', value: 'janedoe77' },
        ],
      ]);
    });

    it('says nothing about people who are not watched, nor when both are already known', () => {
      expect(learnOn([]).learnt).toEqual([]);
      expect(learnOn(['username:janedoe77', 'id:100012345678901']).learnt).toEqual([]);
    });
  });
});
