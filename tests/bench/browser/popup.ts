// The popup's figure of `npm run bench`: the extension's real toolbar popup, opened the way a
// click on the toolbar button opens it, and timed by the page itself.
//
// Why not the popup's URL in a tab (what this bench did first): a tab starts at about:blank and
// then navigates across processes into the extension's, while the browser updates the tab's
// omnibox, unloads the blank page and commits a new page in the tab; none of that happens when
// the toolbar button is clicked. On a 2-core machine an empty extension page took 72–155 ms
// (medians of several runs) that way, an empty toolbar popup 41–86 ms. chrome.action.openPopup()
// (Chrome 127+, no user gesture needed) opens the same popup window the toolbar button does, in
// headless Chromium too.
//
// Why each popup is left open for a moment and waited out before the next: every page of an
// extension shares one renderer process (and its main thread) with the others. Closing a popup
// the moment it marked itself interactive, then opening the next at once, made the next one wait
// for the first one's unfinished work (the rest of its list, its own teardown): a popup a user
// opens and closes seconds later never meets that. Both extensions get the same treatment.
import type { CDPSession } from 'playwright-core';
import { liveWorker, type Launched } from './launch.ts';

/** How long each popup stays open, as a user reading it would keep it, before it is closed. */
const READING_MS = 2000;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function popupTarget(session: CDPSession, url: string, present: boolean): Promise<TargetInfo | undefined> {
  for (let i = 0; i < 500; i++) {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const found = targetInfos.find((t) => t.type === 'page' && t.url === url);
    if (!!found === present) return found;
    await pause(20);
  }
  throw new Error(`the popup ${url} did not ${present ? 'open' : 'close'} within 10 s`);
}

/**
 * Evaluates `expression` (awaiting the promise it returns) in a target that Playwright does not
 * expose as a page (the popup is a browser window of its own). Playwright's CDP sessions cannot
 * address a flattened child session, so this uses the target domain's message relay.
 */
async function evaluateIn(session: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  try {
    const reply = new Promise<unknown>((resolve, reject) => {
      const listen = (event: { sessionId: string; message: string }) => {
        const message = JSON.parse(event.message) as {
          id?: number;
          error?: { message: string };
          result?: { result?: { value?: unknown }; exceptionDetails?: { exception?: { description?: string } } };
        };
        if (event.sessionId !== sessionId || message.id !== 1) return;
        session.off('Target.receivedMessageFromTarget', listen);
        const failed = message.result?.exceptionDetails;
        if (message.error) reject(new Error(message.error.message));
        else if (failed) reject(new Error(failed.exception?.description ?? 'evaluation failed'));
        else resolve(message.result?.result?.value);
      };
      session.on('Target.receivedMessageFromTarget', listen);
    });
    const params = { expression, awaitPromise: true, returnByValue: true };
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }),
    });
    return await reply;
  } finally {
    await session.send('Target.detachFromTarget', { sessionId });
  }
}

// The popup's own figure: its `offer-first:interactive` mark (ms since the popup's navigation
// started), waited for without polling the page, once its list has an entry.
const READY = `new Promise((resolve, reject) => {
  const settle = (mark) => {
    if (document.querySelectorAll('#interviews li').length > 0) resolve(mark.startTime);
    else reject(new Error('marked interactive with an empty list'));
  };
  const seen = performance.getEntriesByName('offer-first:interactive')[0];
  if (seen) return settle(seen);
  new PerformanceObserver((list, observer) => {
    const mark = list.getEntriesByName('offer-first:interactive')[0];
    if (mark) (observer.disconnect(), settle(mark));
  }).observe({ type: 'mark' });
  setTimeout(() => reject(new Error('not interactive within 20 s')), 20000);
})`;

/**
 * Opens the extension's toolbar popup (its manifest's action.default_popup) with its worker
 * awake, and returns the time (ms since the popup's navigation start) at which it marked itself
 * interactive with its list. `session` is a CDP session of any page of the same browser.
 */
export async function popupReady(b: Launched, session: CDPSession, path: string): Promise<number> {
  const url = `chrome-extension://${b.extensionId}/${path}`;
  const worker = await liveWorker(b);
  await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
  );
  const popup = (await popupTarget(session, url, true))!;
  // The popup target can be listed before its document is committed; an evaluation in the
  // document it replaces is lost with it, so that one is tried again.
  let ready: unknown;
  for (let attempt = 0; ready === undefined; attempt++) {
    ready = await evaluateIn(session, popup.targetId, READY).catch((error: unknown) => {
      if (attempt >= 50 || String(error).includes('empty list')) throw error;
      return pause(20).then(() => undefined);
    });
  }
  if (typeof ready !== 'number') throw new Error(`the popup ${url} gave no time: ${String(ready)}`);
  await pause(READING_MS);
  await session.send('Target.closeTarget', { targetId: popup.targetId });
  await popupTarget(session, url, false);
  return ready;
}
