// The capture-phase click guard. It runs before any of the site's own handlers (it listens on
// `window` in the capture phase, registered at document_start) and decides synchronously from
// the in-memory watch list whether to stop the click; everything slower happens after.
import type { SeenPerson } from '../core/match.ts';
import type { Recognition } from '../sites/recogniser.ts';

export interface GuardDeps {
  recognise(target: Element): Recognition | undefined;
  isWatched(person: SeenPerson): boolean;
  /** Called after the click was stopped; `replay` lets that one click through to the site. */
  onStopped(recognition: Recognition, replay: () => void): void;
}

export interface Guard {
  handleClick(event: MouseEvent): void;
}

export function createGuard(deps: GuardDeps): Guard {
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

  return {
    handleClick(event) {
      if (replaying.has(event)) return;
      // composedPath()[0] is the real target even inside (open) shadow roots, where
      // event.target is retargeted to the host by the time it reaches window.
      const target = event.composedPath()[0] ?? event.target;
      if (!(target instanceof Element)) return;
      const recognition = deps.recognise(target);
      if (!recognition || !deps.isWatched(recognition.person)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      deps.onStopped(recognition, replay(event, target));
    },
  };
}
