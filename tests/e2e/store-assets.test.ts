// The store images, made from the real extension so they never drift from it: each browser
// captures its real popup, options page and interception dialogs (Chromium's for the Chrome Web
// Store, Firefox's for AMO), then a plain Chromium composes each capture under its caption
// (store/screenshots.json) at exactly 1280 × 800, and the 440 × 280 promo tile from the real
// icon and name. `npm run screenshots` (DOCS_SCREENSHOTS=1) writes them to store/; otherwise
// they go to test-results/store/ and store/ is left alone.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inDays, useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { BROWSERS } from './support/browsers.ts';
import { FIXTURE } from './support/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = process.env['DOCS_SCREENSHOTS'] === '1' ? join(ROOT, 'store') : join(ROOT, 'test-results', 'store');
const CAPTURES = join(ROOT, 'test-results', 'store-captures');
const FRAME = pathToFileURL(join(import.meta.dirname, 'support', 'store-frame.html'));
const ICON = pathToFileURL(join(ROOT, 'assets', 'icon.svg')).href;
const CAPTIONS = JSON.parse(readFileSync(join(ROOT, 'store', 'screenshots.json'), 'utf8')) as {
  screenshots: Array<{ name: string; caption: string; subtitle: string }>;
  promo: { tagline: string };
};
const NAME = (
  JSON.parse(readFileSync(join(ROOT, 'src', 'i18n', 'locales', 'en.json'), 'utf8')) as Record<string, string>
)['extName']!;
/** Where a capture goes in the composed image (1184 × 640 under the caption). */
const PAGE = { width: 1184, height: 640 };
const POPUP = { width: 412, height: 600 };
/** The dialog is tall: a taller page shows all of it, scaled down to fit the frame. */
const DIALOG_PAGE = { width: 1120, height: 800 };
/** Captures older than this run (a failed capture leaves the last run's) are not composed. */
const STARTED = Date.now();

function capture(browser: string, name: string): string {
  const path = join(CAPTURES, browser, `${name}.png`);
  expect(existsSync(path) && statSync(path).mtimeMs >= STARTED, `${path} from this run (run this whole file)`).toBe(
    true,
  );
  return pathToFileURL(path).href;
}

/** The width and height a PNG file declares in its IHDR chunk. */
function pngSize(path: string): [number, number] {
  const header = readFileSync(path).subarray(0, 24);
  expect(header.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [header.readUInt32BE(16), header.readUInt32BE(20)];
}

async function addInterview(options: Tab, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await options.fill(label, value);
  await options.clickButton('Add interview');
  await waitFor(async () => (await options.text('#interviews')).includes(fields['Company']!), fields['Company']!);
}

async function dialogOn(browser: ExtensionBrowser, url: string, control: string, path: string) {
  const tab = await browser.newTab();
  await tab.setViewport(DIALOG_PAGE.width, DIALOG_PAGE.height);
  await tab.goto(url);
  await tab.click(control);
  await waitFor(() => tab.dialog(), 'the interception dialog');
  await tab.screenshot(path);
  await tab.close();
}

for (const [name, launch] of BROWSERS) {
  describe(name, () => {
    const use = useBrowser(launch);
    let browser: ExtensionBrowser;
    beforeEach(() => {
      browser = use();
    });

    it('captures the real popup, options page and dialogs for the store images', async () => {
      const dir = join(CAPTURES, browser.name);
      mkdirSync(dir, { recursive: true });
      const options = await browser.openOptions();
      await options.setViewport(PAGE.width, PAGE.height);
      await waitFor(async () => (await options.text('#empty')) !== '', 'the empty list');
      await addInterview(options, {
        Company: 'Northwind Labs',
        Role: 'Staff Engineer',
        'Interview date': inDays(5),
        'Interviewer name': 'Dana Whitfield',
        'LinkedIn profile URL': 'https://www.linkedin.com/in/dana-whitfield/',
      });
      await addInterview(options, {
        Company: 'Contoso',
        Role: 'Product Designer',
        'Interview date': inDays(12),
        'Interviewer name': 'Morgan Reyes',
        'Facebook profile URL': 'https://www.facebook.com/morgan.reyes',
      });
      await options.evaluate('(scrollTo(0, 0), document.activeElement.blur(), true)');
      await options.screenshot(join(dir, 'options.png'));
      await options.close();

      const popup = await browser.openPopup();
      await popup.setViewport(POPUP.width, POPUP.height);
      await waitFor(async () => (await popup.text('body')).includes('Contoso'), 'the popup list');
      await popup.screenshot(join(dir, 'popup.png'));
      await popup.close();

      await dialogOn(
        browser,
        FIXTURE.linkedinProfile,
        'button[aria-label="Invite Dana Whitfield to connect"]',
        join(dir, 'dialog-linkedin.png'),
      );
      await dialogOn(
        browser,
        FIXTURE.facebookProfile,
        '[data-pagelet="ProfileActions"] [aria-label="Add friend"]',
        join(dir, 'dialog-facebook.png'),
      );
      for (const shot of CAPTIONS.screenshots) expect(existsSync(join(dir, `${shot.name}.png`))).toBe(true);
    });
  });
}

describe('composed store images', () => {
  let compose: Awaited<ReturnType<typeof chromium.launch>>;
  beforeAll(async () => {
    compose = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
    });
  });
  afterAll(async () => {
    await compose?.close();
  });

  async function render(query: Record<string, string>, size: { width: number; height: number }, path: string) {
    const page = await compose.newPage({ viewport: size, deviceScaleFactor: 1 });
    await page.goto(`${FRAME.href}?${new URLSearchParams(query)}`);
    await page.waitForFunction('[...document.images].every((i) => i.complete && i.naturalWidth > 0)');
    await page.screenshot({ path });
    await page.close();
    expect(pngSize(path)).toEqual([size.width, size.height]);
  }

  it('Chrome Web Store: 1280 × 800 screenshots from Chromium, and the 440 × 280 promo tile', async () => {
    mkdirSync(join(OUT, 'chrome'), { recursive: true });
    for (const [i, shot] of CAPTIONS.screenshots.entries()) {
      await render(
        { shot: capture('chromium', shot.name), icon: ICON, caption: shot.caption, subtitle: shot.subtitle },
        { width: 1280, height: 800 },
        join(OUT, 'chrome', `screenshot-${i + 1}-${shot.name}.png`),
      );
    }
    await render(
      { kind: 'promo', icon: ICON, name: NAME, tagline: CAPTIONS.promo.tagline },
      { width: 440, height: 280 },
      join(OUT, 'chrome', 'promo-440x280.png'),
    );
  });

  it('AMO: 1280 × 800 screenshots from Firefox', async () => {
    mkdirSync(join(OUT, 'amo'), { recursive: true });
    for (const [i, shot] of CAPTIONS.screenshots.entries()) {
      await render(
        { shot: capture('firefox', shot.name), icon: ICON, caption: shot.caption, subtitle: shot.subtitle },
        { width: 1280, height: 800 },
        join(OUT, 'amo', `screenshot-${i + 1}-${shot.name}.png`),
      );
    }
  });
});
