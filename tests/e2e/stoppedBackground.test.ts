// A watched click while the extension's background is stopped: the normal state of an MV3
// background a while after the last event (Chrome stops its service worker after 30 s without
// an event or an extension API call; Firefox suspends its event page after its idle timeout).
// The content script opens the dialog at once with the person's name, the click's message
// wakes the background, and its details fill the dialog in; a second stopped click after the
// first one's outcome was stored gets its own dialog the same way.
import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { FIXTURE } from './support/fixtures.ts';
import { launchFirefox } from './support/firefox.ts';
import { watch } from './support/interviewers.ts';

const CONNECT = 'button[aria-label="Invite Dana Whitfield to connect"]';
const siteClicks = (tab: Tab) => tab.evaluate<string[]>('window.__siteClicks');

/** The outcomes stored in the history, oldest first (read from an extension context). */
const outcomes = (browser: ExtensionBrowser) =>
  browser.inExtension<string[]>(
    "(globalThis.browser ?? globalThis.chrome).storage.local.get('state').then((got) => (got.state?.history ?? []).map((h) => h.outcome).reverse())",
  );

const LAUNCHERS = [
  ['Chromium', launchChromium],
  // Firefox suspends an idle event page after 30 s; 2 s keeps the scenario short.
  ['Firefox', () => launchFirefox({ backgroundIdleMs: 2000 })],
] as const;

for (const [name, launch] of LAUNCHERS)
  describe(name, () => {
    const use = useBrowser(launch);

    it('a click on a watched Connect opens the dialog, filled in by the background it woke', async () => {
      const browser = use();
      await watch(browser, { name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' });
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      // The watch list reached the page: a click is stopped and explained (background awake).
      await tab.click(CONNECT);
      await waitFor(() => tab.dialog(), 'the dialog, background awake');
      await tab.press('Escape');
      await waitFor(async () => !(await tab.dialog()), 'the dialog to close');

      for (const round of [1, 2]) {
        // A user's pause: the background stored the last choice, then was stopped.
        await waitFor(async () => (await outcomes(browser)).at(-1) === 'cancelled', 'the cancel to be stored', 15_000);
        await browser.stopBackground();
        await tab.click(CONNECT);
        const dialog = await waitFor(() => tab.dialog(), `the dialog, background stopped (round ${round})`, 15_000);
        expect(dialog.name).toContain('Dana Whitfield');
        expect(dialog.text).toContain('Northwind Labs');
        expect(await siteClicks(tab)).toEqual([]);
        await tab.press('Escape');
        await waitFor(async () => !(await tab.dialog()), 'the dialog to close');
      }
      await waitFor(async () => (await outcomes(browser)).length === 3, 'three interceptions in the history', 15_000);
      expect(await outcomes(browser)).toEqual(['cancelled', 'cancelled', 'cancelled']);
      expect(await siteClicks(tab)).toEqual([]);
      await tab.close();
    });
  });
