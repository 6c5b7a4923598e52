// The capture-phase click guard. It runs before any of the site's own handlers (it listens on
// `window` in the capture phase, registered at document_start) and decides synchronously from
// the in-memory watch list whether to stop the click; everything slower happens after.
import type { SeenPerson } from '../core/match.ts';
import type { Recognition } from '../sites/recogniser.ts';

export interface GuardDeps {
  recognise(target: Element): Recognition | undefined;
  isWatched(person: SeenPerson): boolean;
  /** Whether anyone is watched at all: when not, a click inside a control returns before reading its path. */
  watching?(): boolean;
  /**
   * A selector matching every element a recogniser (or the comment pacer) could act on, the
   * site's `controls` (sites/registry.ts). A click outside all of them returns after one
   * `closest()`, before anything else touches the DOM or the extension's runtime: from the
   * content scripts' isolated world each such call costs microseconds, and most clicks on
   * the two sites land on text (measured by `npm run bench`, README "Performance").
   */
  controls?: string | undefined;
  /**
   * Asked once an event may concern the extension, before it acts on it: whether this
   * instance still handles events (listeners.ts gives it).
   */
  gate?: Gate;
  /**
   * A trusted click or activation key that is no request control, offered to the comment pacer
   * (commentPacer.ts), which stops it itself when it is a comment on a watched person's post.
   */
  other?(event: MouseEvent | KeyboardEvent, target: Element): void;
  /** Called after the click was stopped; `replay` lets that one click through to the site. */
  onStopped(recognition: Recognition, replay: () => void): void;
  /**
   * Whether the event came from the user (default: `event.isTrusted`). Only tests swap it:
   * happy-dom cannot make trusted events.
   */
  isTrusted?: (event: Event) => boolean;
}

/** Whether this instance still handles events (listeners.ts). Kept off the path of the clicks that cannot matter. */
export type Gate = () => boolean;

/**
 * The two listeners, registered as they are (listeners.ts): a click's fast path runs inside
 * the listener itself, since each further call on it measurably adds to every click on the page.
 */
export interface Guard {
  readonly handleClick: (event: MouseEvent) => void;
  /**
   * Enter/Space on a focused non-native control (Facebook's div[role=button] activates on
   * keydown, docs/dom-catalog.md §0.5): stopped in the capture phase like a click. Native <button>
   * and <a href> turn Enter/Space into a click themselves, which handleClick sees.
   */
  readonly handleKey: (event: KeyboardEvent) => void;
}

/** Keys that activate a focused control. */
const ACTIVATION_KEYS = new Set(['Enter', ' ', 'Spacebar']);

/** Elements whose keyboard activation the browser turns into a click event. */
function activatesByClick(control: Element, key: string): boolean {
  if (control instanceof HTMLButtonElement) return true;
  if (control instanceof HTMLInputElement && /^(button|submit|reset)$/.test(control.type)) return true;
  return control instanceof HTMLAnchorElement && control.hasAttribute('href') && key === 'Enter';
}

export function createGuard(deps: GuardDeps): Guard {
  const trustedInTests = deps.isTrusted;
  // Spelled out in handleClick too: one call less on every click of the page.
  const isTrusted = (event: Event) => (trustedInTests ? trustedInTests(event) : event.isTrusted);
  // Read once, at creation: the click path below runs on every click on the page.
  const { watching, controls, gate } = deps;
  // Clicks we dispatch ourselves to let a stopped click through; each passes exactly once.
  const replaying = new WeakSet<Event>();

  function replay(original: MouseEvent, target: EventTarget) {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const copy = new MouseEvent(original.type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        detail: original.detail,
        screenX: original.screenX,
        screenY: original.screenY,
        clientX: original.clientX,
        clientY: original.clientY,
        ctrlKey: original.ctrlKey,
        shiftKey: original.shiftKey,
        altKey: original.altKey,
        metaKey: original.metaKey,
        button: original.button,
        buttons: original.buttons,
      });
      replaying.add(copy);
      target.dispatchEvent(copy);
    };
  }

  /** Replays a keyboard activation as a click on the control, which both sites act on. */
  function replayAsClick(control: HTMLElement) {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 0 });
      replaying.add(click);
      control.dispatchEvent(click);
    };
  }

  // The key of an activation we stopped on keydown, so its keyup (Space activates on keyup
  // in some widgets) is swallowed too, without a second dialog.
  let swallowKeyUp: string | undefined;

  return {
    handleKey: (event) => {
      // A script-made event is never stopped, recorded or answered: otherwise any page could
      // probe names by dispatching events and reading `defaultPrevented` (trust invariant,
      // docs/SECURITY.md). Our own replays are untrusted too, so they also pass here.
      if (!isTrusted(event)) return;
      if (!ACTIVATION_KEYS.has(event.key) || event.isComposing) return;
      if (gate && !gate()) return;
      if (event.type === 'keyup') {
        if (swallowKeyUp === event.key) {
          swallowKeyUp = undefined;
          event.preventDefault();
          event.stopImmediatePropagation();
        }
        return;
      }
      if (event.type !== 'keydown') return;
      if (deps.watching?.() === false && swallowKeyUp === undefined) return;
      if (event.repeat) {
        // A held key repeats keydown: keep the stopped activation stopped.
        if (swallowKeyUp === event.key) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
        return;
      }
      const target = event.composedPath()[0] ?? event.target;
      if (!(target instanceof Element)) return;
      const recognition = deps.recognise(target);
      if (!recognition) return deps.other?.(event, target);
      if (activatesByClick(recognition.control, event.key)) return;
      if (!deps.isWatched(recognition.person)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      swallowKeyUp = event.key;
      deps.onStopped(recognition, replayAsClick(recognition.control));
    },

    handleClick: (event) => {
      // Most clicks on the two sites land outside every control: one `closest()` on
      // event.target (cheaper than composedPath(), which builds the whole path) lets them go
      // before anything else touches the DOM or the extension's runtime. A click inside an
      // open shadow root reaches window retargeted to its host, so the sites list their
      // hosts among the controls (LinkedIn's 2026 search dialog, sites/linkedin/selectors.ts).
      // Each DOM property or call the isolated world makes costs microseconds on every click of
      // the page (README "Performance"), so this read-only look comes before the trust check.
      if (controls !== undefined && !(event.target as Partial<Element> | null)?.closest?.(controls)) return;
      // Script-made clicks (a page's probe, and our own replay after "Send anyway") go to the
      // site untouched, before anything acts on them; see handleKey.
      if (!(trustedInTests ? trustedInTests(event) : event.isTrusted)) return;
      // Nobody on the list for this page's user, or the list not loaded yet.
      if (watching?.() === false) return;
      if (replaying.has(event) || (gate && !gate())) return;
      // composedPath()[0] is the real target even inside (open) shadow roots, where
      // event.target is retargeted to the host by the time it reaches window.
      const target = event.composedPath()[0] ?? event.target;
      if (!(target instanceof Element)) return;
      const recognition = deps.recognise(target);
      if (!recognition) return deps.other?.(event, target);
      if (!deps.isWatched(recognition.person)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      deps.onStopped(recognition, replay(event, target));
    },
  };
}
