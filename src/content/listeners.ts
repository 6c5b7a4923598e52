// Registers the content script's capture-phase listeners once, and stands them down when a
// newer instance of the content script takes over. After the extension is reloaded or updated,
// Chrome leaves the old script running in open tabs with its runtime gone ("Extension context
// invalidated", w3c/webextensions#138); if both handled a click the user would get two dialogs
// (or an error from the dead one). Two signals, neither of which a page can forge:
// - an instance token on the content scripts' own (isolated-world) window object: a newer
//   instance in the same world replaces it, and the older one sees that it is no longer current;
// - the runtime check `alive()`: an old instance in another world finds its runtime gone.
// A newer instance also announces itself with a DOM event so the old one stands down at once
// rather than at its next event; the event only prompts those checks (a page can dispatch it
// too, and then nothing happens).
import type { Guard } from './guard.ts';

export const ANNOUNCE_EVENT = 'offer-first:content-script-started';
const TOKEN_KEY = '__offerFirstContentScript';

export interface Installed {
  /** Whether this instance still handles events. */
  readonly active: boolean;
  standDown(): void;
}

export interface InstallOptions {
  win: Window;
  guard: Guard;
  alive: () => boolean;
  /** Called once when this instance stands down (stop timers, remove its notice). */
  onStandDown?: () => void;
}

export function installListeners({ win, guard, alive, onStandDown }: InstallOptions): Installed {
  const token = {};
  const slots = win as unknown as Record<string, unknown>;
  slots[TOKEN_KEY] = token;
  let active = true;

  const current = () => slots[TOKEN_KEY] === token && alive();
  const onClick = (event: MouseEvent) => {
    if (!current()) return standDown();
    guard.handleClick(event);
  };
  const onKey = (event: KeyboardEvent) => {
    if (!current()) return standDown();
    guard.handleKey(event);
  };
  const onAnnounce = () => {
    if (!current()) standDown();
  };

  function standDown() {
    if (!active) return;
    active = false;
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('keyup', onKey, true);
    win.document.removeEventListener(ANNOUNCE_EVENT, onAnnounce);
    try {
      onStandDown?.();
    } catch {
      // A dead runtime may throw from anything that touches it; standing down must not.
    }
  }

  // Announce before listening, so this instance does not hear itself.
  win.document.dispatchEvent(new CustomEvent(ANNOUNCE_EVENT));
  win.document.addEventListener(ANNOUNCE_EVENT, onAnnounce);
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
