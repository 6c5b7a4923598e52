// Two real Chromiums side by side for `npm run bench`: one with the built extension
// (dist/chrome), one with an empty-listener baseline extension written to a temp dir, the
// physical limit for an extension that listens to clicks. Both serve the saved fixtures at the
// sites' real URLs by request routing, as the end-to-end tests do.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { controls } from '../../../src/sites/linkedin/selectors.ts';
import { chromiumArgs, serveFixtures } from '../../e2e/support/chromium.ts';

// BENCH_DIST measures another Chrome build instead (an older commit's, for before/after figures).
export const DIST = process.env['BENCH_DIST'] ?? resolve(import.meta.dirname, '..', '..', '..', 'dist', 'chrome');

export interface Launched {
  name: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** The baseline: same matches, one empty capture-phase click listener at document_start. */
export function writeBaselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'offer-first-baseline-'));
  const ours = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[] }[];
  };
  const matches = [...new Set(ours.content_scripts.flatMap((c) => c.matches))];
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty listener baseline',
      version: '1.0',
      // A worker too, so both browsers have the same number of extension processes.
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches, js: ['content.js'], run_at: 'document_start' }],
      // Its toolbar popup: the floor for the popup's figure, opened the same way as ours.
      action: { default_popup: 'page.html' },
    }),
  );
  writeFileSync(join(dir, 'worker.js'), '');
  // A popup that only marks itself interactive, with a list entry as ours waits for.
  writeFileSync(
    join(dir, 'page.html'),
    '<!doctype html><meta charset="utf-8"><ul id="interviews"><li>x</li></ul><script type="module" src="page.js"></script>\n',
  );
  writeFileSync(join(dir, 'page.js'), "performance.mark('offer-first:interactive');\n");
  writeFileSync(join(dir, 'content.js'), "window.addEventListener('click', () => {}, true);\n");
  return dir;
}

/**
 * The least a click guard can do: read the trusted click's target and ask `closest()` once
 * whether it lies inside anything the site's recognisers act on (the fast path of
 * src/content/guard.ts, and nothing else). Not a budget: it shows what one look at the DOM
 * costs from an isolated world on this machine, next to the empty listener.
 */
export function writeOneLookExtension(): string {
  const dir = writeBaselineExtension();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { name: string };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, name: 'One-look listener' }));
  writeFileSync(
    join(dir, 'content.js'),
    `const controls = ${JSON.stringify(controls.join(','))};\n` +
      "window.addEventListener('click', (e) => { if (e.isTrusted && e.target.closest(controls)) e.target.localName; }, true);\n",
  );
  return dir;
}

export async function launch(name: string, extensionDir: string): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'offer-first-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: chromiumArgs(extensionDir),
  });
  await serveFixtures(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    name,
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's worker, waking it (and waiting for it) if it was stopped. */
export async function liveWorker(b: Launched): Promise<Worker> {
  const found = b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId));
  if (found) return found;
  return b.context.waitForEvent('serviceworker');
}
