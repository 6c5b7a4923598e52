// Stopping an extension's service worker in Chromium, as Chrome does after 30 s without an
// event or an extension API call
// (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle):
// for the e2e scenarios and the bench alike.
import type { CDPSession } from 'playwright-core';

/**
 * Stops every service worker of the browser (DevTools' ServiceWorker.stopAllWorkers) and waits
 * until DevTools reports them stopped. Playwright's Worker "close" event does not fire for a
 * stopped service worker (Chromium 156), so it cannot be awaited instead.
 */
export async function stopServiceWorkers(session: CDPSession, timeoutMs = 10_000): Promise<void> {
  type Updated = { versions: { runningStatus: string }[] };
  let onUpdate: ((e: Updated) => void) | undefined;
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service worker not stopped within ${timeoutMs} ms`)), timeoutMs);
    onUpdate = (e) => {
      if (e.versions.length > 0 && e.versions.every((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        resolve();
      }
    };
    session.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    session.off('ServiceWorker.workerVersionUpdated', onUpdate!);
  }
}
