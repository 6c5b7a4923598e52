// Registers the content script's capture-phase listeners once, and gives way to a newer
// instance of the content script when one starts. After the extension is reloaded or updated,
// Chrome leaves the old script running in open tabs with its runtime gone ("Extension context
// invalidated", w3c/webextensions#138), and the worker injects a fresh one (reinject.ts); if
// both handled a click the user would get two dialogs, or the old one's "reload the page" text.
// Only signals a page can neither see nor forge are used (no DOM event, attribute or global in
// the page's world: docs/SECURITY.md):
// - a slot on the content scripts' own (isolated-world) window object: an instance starting in
//   the same world (Firefox's sandbox; a second injection) finds the older one there and tells
//   it to stand down directly;
// - the runtime check `alive()`: Chrome gives a script injected after a reload a new isolated
//   world (measured in Chromium 156, tests/e2e/trust.test.ts), so the orphan cannot see its
//   successor. Once it finds its runtime gone it gives up its first place: it moves its
//   listeners from window to document (both capture phase). A successor, listening on window,
//   then handles every click first and stops the ones it intercepts; the orphan only ever sees
//   a click no live instance stopped. With no successor it still stops watched clicks from the
//   list it holds (index.ts then says to reload the page): it never silently lets one through.
import type { Gate, Guard } from './guard.ts';

const SLOT_KEY = '__offerFirstContentScript';

interface Slot {
  standDown(): void;
}

export interface Installed {
  /** Whether this instance still handles events. */
  readonly active: boolean;
  standDown(): void;
}

export interface InstallOptions {
  win: Window;
  /** Makes the guard whose listeners this instance registers, with the instance's gate. */
  guard: (gate: Gate) => Guard;
  /** Whether the extension's runtime is still there (false once orphaned). */
  alive: () => boolean;
  /** This world's own view of the window, where the slot lives (default: `win`; tests pass another world's). */
  slots?: Record<string, unknown>;
  /** Called once when this instance stands down (stop timers, close its dialog). */
  onStandDown?: () => void;
}

export function installListeners({ win, guard: makeGuard, alive, onStandDown, ...rest }: InstallOptions): Installed {
  const slots = rest.slots ?? (win as unknown as Record<string, unknown>);
  const previous = slots[SLOT_KEY] as Partial<Slot> | undefined;
  const mine: Slot = { standDown };
  slots[SLOT_KEY] = mine;
  let active = true;

  // Also checked per event, in case an older instance missed the hand-over (it threw).
  const current = () => slots[SLOT_KEY] === mine;
  // window while alive; document once orphaned (see above).
  let target: EventTarget = win;
  /** False when this event must wait for document, after any successor on window. */
  const stillFirst = () => target === win.document || alive() || (moveTo(win.document), false);
  // Asked by the guard only once an event may concern the extension (a click inside a
  // control, an activation key): most clicks return before it, and reading the runtime's id
  // from the isolated world costs more than the rest of their path (README "Performance").
  const gate = () => {
    if (!current()) return (standDown(), false);
    // A listener added to document while the event is at window still hears this event there.
    return stillFirst();
  };
  // Registered as they are: no wrapper between the page's click and the guard's fast path.
  const { handleClick: onClick, handleKey: onKey } = makeGuard(gate);

  function listen(on: EventTarget, add: boolean) {
    const method = add ? on.addEventListener.bind(on) : on.removeEventListener.bind(on);
    method('click', onClick as EventListener, true);
    method('keydown', onKey as EventListener, true);
    method('keyup', onKey as EventListener, true);
  }

  function moveTo(next: EventTarget) {
    listen(target, false);
    target = next;
    listen(target, true);
  }

  function standDown() {
    if (!active) return;
    active = false;
    listen(target, false);
    if (slots[SLOT_KEY] === mine) delete slots[SLOT_KEY];
    try {
      onStandDown?.();
    } catch {
      // A dead runtime may throw from anything that touches it; standing down must not.
    }
  }

  try {
    if (typeof previous?.standDown === 'function') previous.standDown();
  } catch {
    // The older instance's own clean-up failed; it still sees it is no longer current.
  }
  listen(win, true);

  return {
    get active() {
      return active;
    },
    standDown,
  };
}
