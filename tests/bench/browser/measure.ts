// The individual measurements of `npm run bench`, each in real Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { STATE_KEY } from '../../../src/core/storageKeys.ts';

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
  args?: { data?: { type?: string; url?: string } };
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

/**
 * How long the page's main thread spent evaluating the extension's `document_start` scripts
 * (µs) during one navigation to `url`: the trace's EvaluateScript events for those files. The
 * part of DOMContentLoaded the extension adds before the page can parse, measured directly.
 */
export async function startScriptsEvaluation(
  page: Page,
  session: CDPSession,
  url: string,
  files: string[],
): Promise<number> {
  const events = await trace(session, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
  });
  return events
    .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X')
    .filter((e) => files.some((file) => (e.args?.data?.url ?? '').endsWith(`/${file}`)))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
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
  // Cancel (Esc), and give the worker half a second before the next round. It stores the
  // interception and the outcome (two writes of the whole state) meanwhile, or later with a big
  // state: outcomesStored() waits for them where it matters (before the worker is stopped).
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => ![...document.documentElement.children].some((c) => c instanceof HTMLDivElement));
  await page.waitForTimeout(500);
  return ms;
}

/**
 * Waits until the worker has stored the outcome of each of the `dialogs` dialogs opened so far,
 * and answered the page: that many interceptions in the stored history, none still "shown"
 * (the worker logs an interception after answering, and the outcome after that, so both may
 * still be queued), then one request through the worker's queue (getState), answered only
 * after every write queued before it, and their replies, went out. A write is in storage a
 * moment before its reply leaves the worker: stopped in between, the page still gets "could not
 * save your choice". `extensionPage` is an extension page that does not follow storage itself.
 * clickToDialog's half second is not enough with 10,000 interviewers: each write of the whole
 * state then takes seconds on a loaded 2-core machine (one "cancelled" was answered 6.6 s after
 * it was sent), and the writes of a few rounds queue up behind each other.
 */
export async function outcomesStored(extensionPage: Page, dialogs: number, timeoutMs = 120_000): Promise<void> {
  type Chrome = {
    storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
    runtime: { sendMessage(message: unknown): Promise<{ ok?: boolean }> };
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = await extensionPage.evaluate(async (key) => {
      const area = (globalThis as unknown as { chrome: Chrome }).chrome.storage.local;
      const state = (await area.get(key))[key] as { history?: { outcome: string }[] } | undefined;
      return (state?.history ?? []).filter((h) => h.outcome !== 'shown').length;
    }, STATE_KEY);
    if (done >= dialogs) break;
    if (Date.now() > deadline) throw new Error(`${dialogs - done} outcome(s) still unsaved after ${timeoutMs} ms`);
    await extensionPage.waitForTimeout(250);
  }
  const answered = await extensionPage.evaluate(async () => {
    const reply = await (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'getState' });
    return reply?.ok === true;
  });
  if (!answered) throw new Error('the worker did not answer getState');
}

/** The dialog hosts (the extension's `<div>`s on `<html>`) still on the page. */
export function dialogHosts(page: Page): Promise<number> {
  return page.evaluate(() => [...document.documentElement.children].filter((c) => c instanceof HTMLDivElement).length);
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

/** The machine's busy share (0–1) of all cores over `ms`, from /proc/stat (Linux). */
async function busyShare(ms: number): Promise<number> {
  const sample = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const ticks = fields.map(Number);
    const idle = ticks[3]! + (ticks[4] ?? 0); // idle + iowait
    return { idle, total: ticks.reduce((a, b) => a + b, 0) };
  };
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = sample();
  return 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total);
}

/**
 * Waits (up to `maxMs`) until the machine has been quiet for a second: after a seeding, the
 * worker's follow-up writes and the storage engine's own work can run on for seconds, and
 * would land in whichever page loads next.
 */
export async function quiet(maxMs = 30_000, busy = 0.25): Promise<void> {
  const until = Date.now() + maxMs;
  while (Date.now() < until) if ((await busyShare(1000)) < busy) return;
}
