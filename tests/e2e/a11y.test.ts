// Accessibility: axe-core finds no serious or critical violation on the popup, the options
// page, the welcome page and the interception dialog (light and dark, each friction).
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from './support/chromium.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
}

async function audit(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: extension pages' CSP forbids inline script tags.
  await page.evaluate(AXE);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

async function harness(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, 'support', 'dialog-harness.ts'),
        formats: ['iife'],
        name: 'OfferFirstDialogHarness',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const chunk = outputs[0]!.output.find((o) => o.type === 'chunk');
  return chunk!.code!;
}

let context: BrowserContext;
let extensionId: string;
let profile: string;
let dialogCode: string;

beforeAll(async () => {
  [{ context, extensionId, profile }, dialogCode] = await Promise.all([launchChromiumContext(), harness()]);
});
afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe.each(['popup', 'options', 'welcome'])('the %s page', (name) => {
  it.each(['light', 'dark'] as const)('has no serious or critical violations (%s)', async (scheme) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/src/${name}/index.html`);
    await page.waitForSelector('form');
    if (name === 'welcome' && scheme === 'light')
      await page.screenshot({ path: `${SCREENSHOTS}/welcome-chromium.png`, fullPage: true });
    expect(await audit(page)).toEqual([]);
    // The options page shows one panel at a time: audit each.
    if (name === 'options')
      for (const panel of ['history', 'settings', 'data', 'privacy']) {
        await page.evaluate(`history.pushState(null, '', '#${panel}'), dispatchEvent(new PopStateEvent('popstate'))`);
        await page.waitForSelector(`#panel-${panel}:not([hidden])`);
        expect(await audit(page), panel).toEqual([]);
      }
    await page.close();
  });
});

describe('the interception dialog', () => {
  for (const friction of ['none', 'countdown', 'reason'] as const) {
    for (const dark of [false, true]) {
      it(`has no serious or critical violations (${friction}, ${dark ? 'dark' : 'light'})`, async () => {
        const page = await context.newPage();
        await page.goto('https://www.linkedin.com/in/dana-whitfield/');
        await page.addScriptTag({ content: dialogCode });
        await page.evaluate(`openTestDialog(${JSON.stringify(friction)}, ${dark})`);
        // Reveal the friction UI too: the reason field, or the countdown's live status.
        if (friction !== 'none') await page.keyboard.press('Shift+Tab').then(() => page.keyboard.press('Enter'));
        expect(await audit(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
