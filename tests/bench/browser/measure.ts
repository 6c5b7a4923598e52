// The individual measurements of `npm run bench`, each in real Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** DOMContentLoaded of a navigation, from the first response byte (the content script runs after it, before parsing). */
export async function domContentLoaded(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.domContentLoadedEventEnd - nav.responseStart;
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { type?: string } };
}

async function trace(session: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await during();
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', onData);
  return events;
}

/** EventDispatch durations (µs) of real clicks at (x, y), from the browser's own trace. */
export async function clickDispatch(
  page: Page,
  session: CDPSession,
  x: number,
  y: number,
  clicks: number,
): Promise<number[]> {
  const events = await trace(session, async () => {
    for (let i = 0; i < clicks; i++) {
      await page.mouse.click(x, y);
      await page.waitForTimeout(30);
    }
  });
  return events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'click')
    .map((e) => e.dur ?? 0);
}

/**
 * A real click on (x, y), then the time (ms) from its mouseup until the first animation frame
 * after the dialog's host element was added to the page: the frame that paints the dialog.
 */
export async function clickToDialog(page: Page, x: number, y: number): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: Promise<number> };
    w.__bench = new Promise((resolve) => {
      let t0 = 0;
      addEventListener('mouseup', (e) => (t0 = e.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof HTMLDivElement && node.parentNode === document.documentElement) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
              return;
            }
      });
      observer.observe(document.documentElement, { childList: true });
    });
  });
  await page.mouse.click(x, y);
  const ms = await page.evaluate(() =>
    Promise.race([
      (window as unknown as { __bench: Promise<number> }).__bench,
      new Promise<number>((r) => setTimeout(() => r(-1), 5000)),
    ]),
  );
  if (ms < 0) throw new Error('no dialog within 5 s of the click');
  // Cancel (Esc), then let the worker store the interception and the outcome (two writes of
  // the whole state) before the next round, half a second later.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => ![...document.documentElement.children].some((c) => c instanceof HTMLDivElement));
  await page.waitForTimeout(500);
  return ms;
}

/** The page's JS heap (bytes) after garbage collection: main world plus the content scripts' world. */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await session.detach();
  }
}

/** gzip -9 size of the scripts the manifest loads at document_start on `pageUrl`. */
export function preloadedGzip(dir: string, pageUrl: string): { files: string[]; raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches: string[]; js?: string[]; css?: string[]; run_at?: string }[];
  };
  // Match patterns here are all "https://<host>/*".
  const host = new URL(pageUrl).host;
  const files = (manifest.content_scripts ?? [])
    .filter((c) => c.run_at === 'document_start' && c.matches.some((m) => new URL(m.replace('/*', '/')).host === host))
    .flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}
