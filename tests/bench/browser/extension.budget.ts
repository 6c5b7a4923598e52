// `npm run bench`: the extension's cost on the page, the click → dialog path, the popup and
// memory, measured in real Chromium side by side with an empty-listener extension, in one run
// with interleaved rounds. Prints a table of medians and ratios and fails when a budget is
// exceeded. Run by vitest.bench.config.ts only (never part of `npm test`): timings belong in
// a benchmark, not in tests.
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { exportBackup } from '../../../src/core/backup/envelope.ts';
import type { State } from '../../../src/core/schema.ts';
import { FIXTURE } from '../../e2e/support/fixtures.ts';
import { stopServiceWorkers } from '../../e2e/support/serviceWorker.ts';
import { bigState } from '../support.ts';
import { DIST, launch, liveWorker, writeBaselineExtension, writeOneLookExtension, type Launched } from './launch.ts';
import {
  clickDispatch,
  clickToDialog,
  dialogHosts,
  domContentLoaded,
  heapAfterGc,
  median,
  outcomesStored,
  percentile,
  preloadedGzip,
  quiet,
  startScriptsEvaluation,
} from './measure.ts';
import { popupReady } from './popup.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 20);
/** Page loads and clicks: their budgets (5 %, 10 %) are small next to this machine's noise. */
const PAGE_ROUNDS = Number(process.env['BENCH_PAGE_ROUNDS'] ?? Math.max(ROUNDS, 80));
/** Page loads and clicks run in this many blocks of fresh browsers (see that test). */
const PAGE_BLOCKS = Number(process.env['BENCH_PAGE_BLOCKS'] ?? 8);
const BLOCK_ROUNDS = Math.ceil(PAGE_ROUNDS / PAGE_BLOCKS);
/** The pause before each measured page load and click. */
const SETTLE_MS = 300;
const PROFILE = FIXTURE.linkedinProfile; // tests/fixtures/linkedin/profile-ember-2025.html
const CONNECT = 'button[aria-label="Invite Dana Whitfield to connect"]';
const ELSEWHERE = 'section.artdeco-card p'; // the About text: not a control

let ours: Launched;
let base: Launched;
let baselineDir: string;
let oneLookDir: string;
let version = '';

/** 1,000 processes, 10,000 interviewers, and Dana Whitfield (the fixture) in an upcoming round. */
function seedState(now: Date): State {
  const state = bigState(1000, 10);
  state.people.push({ id: 'bench-dana', name: 'Dana Whitfield', linkedinUrl: PROFILE });
  const at = new Date(now.getTime() + 5 * 86_400_000).toISOString();
  state.processes.push({
    id: 'bench-process',
    company: 'Northwind Labs',
    role: 'Engineering Manager',
    status: 'scheduled',
    notes: '',
    rounds: [{ id: 'bench-round', at, timeZone: 'Europe/Lisbon', interviewerIds: ['bench-dana'] }],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    statusChangedAt: now.toISOString(),
    revision: 1,
  });
  return state;
}

/** Imported through the worker like a user's backup, so it stores the state and the watch list its own way. */
async function seed(b: Launched) {
  const now = new Date();
  const text = exportBackup(seedState(now), now);
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
  const reply = (await page.evaluate(
    (t) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'importBackup', text: t, mode: 'replace' }),
    text,
  )) as {
    ok: boolean;
  };
  await page.close();
  if (!reply.ok) throw new Error(`seeding failed: ${JSON.stringify(reply).slice(0, 500)}`);
}

async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

interface Row {
  figure: string;
  ours: string;
  baseline: string;
  result: string;
  budget: string;
  ok: boolean;
}
const rows: Row[] = [];
const ms = (v: number) => `${v.toFixed(1)} ms`;

beforeAll(async () => {
  baselineDir = writeBaselineExtension();
  ours = await launch('offer-first', DIST);
  base = await launch('baseline', baselineDir);
  oneLookDir = writeOneLookExtension();
  version = `Chromium ${(await ours.context.pages()[0]?.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1])) ?? ''}`;
  await seed(ours);
}, 180_000);

afterAll(async () => {
  await ours?.close();
  await base?.close();
  for (const dir of [baselineDir, oneLookDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  const table = [
    '| figure | Offer First | empty listener | result | budget | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${r.ours} | ${r.baseline} | ${r.result} | ${r.budget} | ${r.budget ? (r.ok ? 'ok' : '**over**') : 'for reference'} |`,
    ),
  ].join('\n');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${version}`;
  console.log(
    `\n${table}\n\nmedians over ${ROUNDS} interleaved rounds (page loads and clicks: ${PAGE_BLOCKS * BLOCK_ROUNDS} rounds in ${PAGE_BLOCKS} blocks of fresh browsers, ${SETTLE_MS} ms pause before each measurement, each ratio the median of the rounds' own ratios); ${machine}\n`,
  );
});

test('page load and other clicks, side by side with the empty listener', async () => {
  // The one-look listener only takes part in the clicks (see launch.ts).
  const dirs = { ours: DIST, base: baselineDir, oneLook: oneLookDir };
  type Key = keyof typeof dirs;
  const keys = Object.keys(dirs) as Key[];
  // Per round: each browser's DOMContentLoaded and the median of its three clicks. A ratio is
  // taken within each round, between measurements made seconds apart, and the median of those
  // ratios is the result: this machine's speed drifts by more than the budgets over a run, which
  // a ratio of whole-run medians would mix in.
  const dcl = { ours: [] as number[], base: [] as number[], oneLook: [] as number[] };
  const dispatch = { ours: [] as number[], base: [] as number[], oneLook: [] as number[] };
  for (let block = 0; block < PAGE_BLOCKS; block++) {
    // Fresh browsers for each block: two instances of one and the same extension kept a steady
    // gap of up to 15 % between them for as long as they ran, more than the budget.
    const runs = {} as Record<Key, Launched>;
    try {
      for (const key of keys) runs[key] = await launch(key, dirs[key]);
      await seed(runs.ours);
      const pages = {} as Record<Key, Page>;
      const sessions = {} as Record<Key, CDPSession>;
      for (const key of keys) {
        pages[key] = await runs[key].context.newPage();
        sessions[key] = await runs[key].context.newCDPSession(pages[key]);
      }
      // Warm-up: first navigations compile code and fill caches in every browser.
      for (const key of keys) for (let i = 0; i < 3; i++) await domContentLoaded(pages[key], PROFILE);
      await quiet();
      for (let round = 0; round < BLOCK_ROUNDS; round++) {
        // Each browser takes each place in the order equally often, and each measurement
        // starts after a pause: without one, a browser's load also paid for the work the
        // previous one had left running (Offer First's own reading of the list after
        // DOMContentLoaded, traces, collection), and two identical empty extensions came out
        // ×1.09 apart depending on their place.
        const order = keys.map((_, i) => keys[(i + round) % keys.length]!);
        for (const key of order) {
          await pages[key].waitForTimeout(SETTLE_MS);
          dcl[key].push(await domContentLoaded(pages[key], PROFILE));
          const { x, y } = await centre(pages[key], ELSEWHERE);
          await pages[key].waitForTimeout(SETTLE_MS);
          dispatch[key].push(median(await clickDispatch(pages[key], sessions[key], x, y, 3)));
        }
      }
    } finally {
      for (const key of keys) await runs[key]?.close();
    }
  }
  const paired = (a: number[], b: number[]) => median(a.map((v, i) => v / b[i]!));

  /** Next to the result: the ratio of the two medians, and how far single blocks of fresh browsers range. */
  const spread = (o: number[], b: number[]) => {
    const blocks = Array.from({ length: PAGE_BLOCKS }, (_, k) => {
      const part = (v: number[]) => v.slice(k * BLOCK_ROUNDS, (k + 1) * BLOCK_ROUNDS);
      return paired(part(o), part(b));
    });
    return ` (medians ×${(median(o) / median(b)).toFixed(2)}; blocks ×${Math.min(...blocks).toFixed(2)}–×${Math.max(...blocks).toFixed(2)})`;
  };
  const dclRatio = paired(dcl.ours, dcl.base);
  rows.push({
    figure: 'DOMContentLoaded, small profile page',
    ours: ms(median(dcl.ours)),
    baseline: ms(median(dcl.base)),
    result: `×${dclRatio.toFixed(2)}${spread(dcl.ours, dcl.base)}`,
    budget: '≤ ×1.05',
    ok: dclRatio <= 1.05,
  });
  const clickRatio = paired(dispatch.ours, dispatch.base);
  rows.push({
    figure: 'real click elsewhere: EventDispatch',
    ours: `${median(dispatch.ours).toFixed(0)} µs`,
    baseline: `${median(dispatch.base).toFixed(0)} µs`,
    result: `×${clickRatio.toFixed(2)}${spread(dispatch.ours, dispatch.base)}`,
    budget: '≤ ×1.10',
    ok: clickRatio <= 1.1,
  });
  const lookRatio = paired(dispatch.oneLook, dispatch.base);
  rows.push({
    figure: 'the same click, for a listener that only reads the target and calls closest() once',
    ours: `${median(dispatch.oneLook).toFixed(0)} µs`,
    baseline: `${median(dispatch.base).toFixed(0)} µs`,
    result: `×${lookRatio.toFixed(2)}${spread(dispatch.oneLook, dispatch.base)}`,
    budget: '',
    ok: true,
  });
  // Single rounds of DOMContentLoaded range from ×0.6 to ×2 here: the start scripts' own
  // evaluation, from the trace, says precisely what of it the extension adds before the page
  // can parse. Measured in the browsers the other tests use.
  const pages = { ours: await ours.context.newPage(), base: await base.context.newPage() };
  const sessions = {
    ours: await ours.context.newCDPSession(pages.ours),
    base: await base.context.newCDPSession(pages.base),
  };
  const evaluation = { ours: [] as number[], base: [] as number[] };
  for (let round = 0; round < 12; round++) {
    for (const key of round % 2 ? (['ours', 'base'] as const) : (['base', 'ours'] as const)) {
      const dir = key === 'ours' ? DIST : baselineDir;
      const files = preloadedGzip(dir, PROFILE).files;
      evaluation[key].push(await startScriptsEvaluation(pages[key], sessions[key], PROFILE, files));
    }
  }
  const added = (median(evaluation.ours) - median(evaluation.base)) / 1000;
  rows.push({
    figure: 'DOMContentLoaded: the start scripts’ own evaluation (trace: EvaluateScript)',
    ours: ms(median(evaluation.ours) / 1000),
    baseline: ms(median(evaluation.base) / 1000),
    result: `+${added.toFixed(2)} ms = ${((100 * added) / median(dcl.base)).toFixed(1)} % of DOMContentLoaded`,
    budget: '',
    ok: true,
  });
  for (const page of Object.values(pages)) await page.close();
  expect(dispatch.ours.length).toBe(PAGE_BLOCKS * BLOCK_ROUNDS);
}, 1_200_000);

test('preloaded code', () => {
  for (const [site, url] of [
    ['LinkedIn', PROFILE],
    ['Facebook', FIXTURE.facebookProfile],
  ] as const) {
    const mine = preloadedGzip(DIST, url);
    const theirs = preloadedGzip(baselineDir, url);
    rows.push({
      figure: `code loaded at document_start on ${site} (gzip; ${(mine.raw / 1024).toFixed(1)} KB minified)`,
      ours: `${(mine.gzip / 1024).toFixed(1)} KB`,
      baseline: `${(theirs.gzip / 1024).toFixed(1)} KB`,
      result: `${(mine.gzip / 1024).toFixed(1)} KB`,
      budget: '≤ 8 KB',
      ok: mine.gzip <= 8 * 1024 && mine.files.length > 0,
    });
  }
});

test('memory: the content script with 10,000 interviewers stored', async () => {
  const heap = { ours: [] as number[], base: [] as number[] };
  for (let round = 0; round < 5; round++) {
    for (const key of round % 2 ? (['ours', 'base'] as const) : (['base', 'ours'] as const)) {
      const b = key === 'ours' ? ours : base;
      const page = await b.context.newPage();
      await page.goto(PROFILE, { waitUntil: 'load' });
      await page.waitForTimeout(500); // the watch list arrives from storage
      heap[key].push(await heapAfterGc(page));
      await page.close();
    }
  }
  const diff = median(heap.ours) - median(heap.base);
  rows.push({
    figure: 'page heap after GC, 10,000 interviewers',
    ours: `${(median(heap.ours) / 2 ** 20).toFixed(2)} MB`,
    baseline: `${(median(heap.base) / 2 ** 20).toFixed(2)} MB`,
    result: `+${(diff / 2 ** 20).toFixed(2)} MB`,
    budget: '< 2 MB',
    ok: diff < 2 * 2 ** 20,
  });
}, 300_000);

test('popup with 1,000 processes and 10,000 interviewers', async () => {
  // Each extension's real toolbar popup, with its worker awake (it is what opens the popup),
  // interleaved, each left open for a moment as a user would (tests/bench/browser/popup.ts).
  const sessions = {
    ours: await ours.context.newCDPSession(ours.context.pages()[0] ?? (await ours.context.newPage())),
    base: await base.context.newCDPSession(base.context.pages()[0] ?? (await base.context.newPage())),
  };
  const open = (key: 'ours' | 'base') =>
    key === 'ours'
      ? popupReady(ours, sessions.ours, 'src/popup/index.html')
      : popupReady(base, sessions.base, 'page.html');
  const times = { ours: [] as number[], base: [] as number[] };
  await open('ours'); // warm-up
  await open('base');
  const rounds = Math.max(5, ROUNDS / 2);
  for (let round = 0; round < rounds; round++) {
    for (const key of round % 2 ? (['ours', 'base'] as const) : (['base', 'ours'] as const))
      times[key].push(await open(key));
  }
  rows.push({
    figure: 'toolbar popup interactive, upcoming interviews listed, workers awake (baseline: an empty popup)',
    ours: ms(median(times.ours)),
    baseline: ms(median(times.base)),
    result: `p95 ${ms(percentile(times.ours, 95))} (baseline ${ms(percentile(times.base, 95))}), ${rounds} rounds`,
    budget: '≤ 100 ms',
    ok: median(times.ours) <= 100,
  });
}, 300_000);

test('click on a watched Connect → dialog', async () => {
  const page = await ours.context.newPage();
  await page.goto(PROFILE, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const awake: number[] = [];
  await clickToDialog(page, ...(Object.values(await centre(page, CONNECT)) as [number, number])); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    await (await liveWorker(ours)).evaluate('1'); // awake
    const { x, y } = await centre(page, CONNECT);
    awake.push(await clickToDialog(page, x, y));
  }
  rows.push({
    figure: 'watched Connect → dialog + 1 frame, worker awake',
    ours: ms(median(awake)),
    baseline: '',
    result: `p95 ${ms(percentile(awake, 95))}`,
    budget: 'median ≤ 16.7 ms, p95 ≤ 33 ms',
    ok: median(awake) <= 16.7 && percentile(awake, 95) <= 33,
  });

  // What a user meets after a pause: a worker that finished its work and was then stopped by
  // Chrome, which stops it after 30 s without an event or an extension API call
  // (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle),
  // so never while it still writes the previous dialogs' outcomes (storage.local.set). Stopping
  // it with those writes queued kills them ("the message channel closed before a response was
  // received"), each came back to the page as a "could not save your choice" dialog, and the
  // next click landed on that dialog instead of the Connect button: no new dialog, "no dialog
  // within 5 s". So each round first waits until the worker stored every outcome, then stops
  // it, and checks that no dialog is left on the page.
  const stopped: number[] = [];
  const session = await ours.context.newCDPSession(page);
  // Storage is read from the welcome page: it shows no stored data, so, unlike the options
  // page or the popup, it does not read the whole state again (through the worker's queue)
  // and render it after each write, which would load the machine while the click is measured.
  const extensionPage = await ours.context.newPage();
  await extensionPage.goto(`chrome-extension://${ours.extensionId}/src/welcome/index.html`);
  for (let i = 0; i < Math.max(6, ROUNDS / 3); i++) {
    // The warm-up, the awake rounds and the stopped ones so far: one interception each.
    await outcomesStored(extensionPage, 1 + awake.length + stopped.length);
    await stopServiceWorkers(session);
    const left = await dialogHosts(page);
    if (left > 0) throw new Error(`${left} dialog(s) still open before the click`);
    // The welcome page opened above took the front: headless Chromium then delays a background
    // tab's animation frames (up to ~1 s, traced: the dialog's host was in the page 5 ms after
    // the mouseup, its frame came 1,004 ms later), although the page still says it is visible.
    await page.bringToFront();
    const { x, y } = await centre(page, CONNECT);
    stopped.push(await clickToDialog(page, x, y));
  }
  await extensionPage.close();
  console.log(`worker stopped, rounds (ms): ${stopped.map((v) => v.toFixed(1)).join(', ')}`);
  rows.push({
    figure: 'the same, worker stopped first (10,000 interviewers)',
    ours: ms(median(stopped)),
    baseline: '',
    result: `max ${ms(Math.max(...stopped))} (${stopped.length} rounds)`,
    budget: '≤ 100 ms',
    ok: median(stopped) <= 100,
  });
  await page.close();
}, 600_000);

test('every budget holds', () => {
  const over = rows.filter((r) => !r.ok).map((r) => r.figure);
  expect(over, `over budget: ${over.join('; ')}`).toEqual([]);
});
