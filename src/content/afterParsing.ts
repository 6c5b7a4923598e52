// What the content script can leave until the page has been parsed: reading the watch list
// (the first use of the storage API makes Chrome build its bindings in the script's world, about
// a millisecond here), the offline words and the listeners for list changes. Done at
// document_start, all of it delayed LinkedIn's and Facebook's own parsing (DOMContentLoaded,
// measured by `npm run bench`). A click needs the list only once the page shows a control, so
// it starts in a task after DOMContentLoaded, or at the user's first pointerdown or key press
// if one comes sooner: the list is in memory a few milliseconds later, well before that press
// ends in a click. A key that activates a control on keydown before the page has parsed is the
// one case that finds no list yet, as any click did before the list arrived.
export function afterParsing(win: Window, run: () => void): void {
  let started = false;
  const early = (event: Event) => event.isTrusted && start();
  const later = () => win.setTimeout(start, 0);
  function start() {
    if (started) return;
    started = true;
    win.removeEventListener('pointerdown', early, true);
    win.removeEventListener('keydown', early, true);
    win.document.removeEventListener('DOMContentLoaded', later);
    run();
  }
  // Injected into a page already parsed (reinject.ts, after an update): at once, in a task.
  if (win.document.readyState !== 'loading') return void later();
  win.document.addEventListener('DOMContentLoaded', later, { once: true });
  win.addEventListener('pointerdown', early, true);
  win.addEventListener('keydown', early, true);
}
