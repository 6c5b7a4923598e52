// The content script's deferred start (afterParsing.ts): after DOMContentLoaded, in a task of
// its own, or at the user's first press if that comes sooner; once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterParsing } from '../../../src/content/afterParsing.ts';

/** A window whose document is still being parsed (or not), with real event targets. */
function fakeWindow(readyState: DocumentReadyState) {
  const doc = Object.assign(new EventTarget(), { readyState });
  return Object.assign(new EventTarget(), { document: doc, setTimeout: globalThis.setTimeout }) as unknown as Window;
}

/** Stands for a user's event: EventTarget cannot make trusted ones. */
const trusted = (type: string) => {
  const event = new Event(type);
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('afterParsing', () => {
  it('waits for DOMContentLoaded, then runs in a task of its own (outside the event), once', () => {
    const win = fakeWindow('loading');
    const run = vi.fn();
    afterParsing(win, run);
    expect(run).not.toHaveBeenCalled();
    win.document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
    win.dispatchEvent(trusted('pointerdown'));
    expect(run).toHaveBeenCalledOnce();
  });

  it('starts at once on the user’s first pointerdown or key press while the page is parsed', () => {
    for (const type of ['pointerdown', 'keydown']) {
      const win = fakeWindow('loading');
      const run = vi.fn();
      afterParsing(win, run);
      win.dispatchEvent(trusted(type));
      expect(run).toHaveBeenCalledOnce();
      win.document.dispatchEvent(new Event('DOMContentLoaded'));
      vi.runAllTimers();
      expect(run).toHaveBeenCalledOnce();
    }
  });

  it('a page’s own script-made press does not start it', () => {
    const win = fakeWindow('loading');
    const run = vi.fn();
    afterParsing(win, run);
    win.dispatchEvent(new Event('pointerdown'));
    win.dispatchEvent(new Event('keydown'));
    expect(run).not.toHaveBeenCalled();
  });

  it('injected into a page already parsed: runs in the next task', () => {
    const win = fakeWindow('interactive');
    const run = vi.fn();
    afterParsing(win, run);
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
  });
});
