// Registers the content script's capture-phase listeners once, and hands over to a newer
// instance of the content script when one starts. After the extension is reloaded or updated,
// Chrome leaves the old script running in open tabs with its runtime gone ("Extension context
// invalidated", w3c/webextensions#138), and the worker injects a fresh one (reinject.ts); if
// both handled a click the user would get two dialogs.
//
// The hand-over uses only what a page cannot see or forge: a slot on the content scripts' own
// (isolated-world) window object. Chrome runs every content script of one extension, a
// re-injected one included, in the same isolated world; Firefox gives them one sandbox per
// page. A newer instance finds the older one's slot there and tells it to stand down directly
// (no DOM event, attribute or global in the page's world: docs/SECURITY.md). An instance whose
// runtime is gone but which has no successor keeps handling clicks from the watch list it holds
// (index.ts shows the dialog's "reload the page" text): it never silently lets a click through.
import type { Guard } from './guard.ts';

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
  guard: Guard;
  /** Called once when this instance stands down (stop timers, close its dialog). */
  onStandDown?: () => void;
}

export function installListeners({ win, guard, onStandDown }: InstallOptions): Installed {
  const slots = win as unknown as Record<string, unknown>;
  const previous = slots[SLOT_KEY] as Partial<Slot> | undefined;
  const mine: Slot = { standDown };
  slots[SLOT_KEY] = mine;
  let active = true;

  // Also checked per event, in case an older instance missed the hand-over (it threw).
  const current = () => slots[SLOT_KEY] === mine;
  const onClick = (event: MouseEvent) => {
    if (!current()) return standDown();
    guard.handleClick(event);
  };
  const onKey = (event: KeyboardEvent) => {
    if (!current()) return standDown();
    guard.handleKey(event);
  };

  function standDown() {
    if (!active) return;
    active = false;
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('keyup', onKey, true);
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
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('keyup', onKey, true);

  return {
    get active() {
      return active;
    },
    standDown,
  };
}
