// The popup, options and welcome pages at 200 % zoom and by keyboard alone, in both browsers. A
// window 1280 CSS pixels wide at 200 % zoom lays a page out in 640 × 400 CSS pixels, so that is
// the viewport here: nothing may need horizontal scrolling, and the options navigation must
// still be reachable with Tab and work with Enter. Both browsers give a toolbar popup at most
// 800 × 600 pixels, that is 400 × 300 CSS pixels at 200 %: the popup (380 CSS pixels wide, plus
// Firefox's scrollbar once it scrolls down) is checked in that window.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { BROWSERS } from './support/browsers.ts';
import { watch } from './support/interviewers.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

const ZOOMED = { width: 640, height: 400 };
const PANELS = ['interviews', 'history', 'settings', 'data', 'privacy'];

/** How far the page reaches past the viewport's right edge (0 when nothing overflows). */
const overflow = (tab: Tab) =>
  tab.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** Presses Tab until `focused` (an expression over document.activeElement) is true; fails after `limit` presses. */
async function tabUntil(tab: Tab, focused: string, what: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await tab.press('Tab');
    if (await tab.evaluate<boolean>(`((e) => !!e && (${focused}))(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const shownPanel = (tab: Tab) =>
  tab.evaluate<string[]>("[...document.querySelectorAll('.panel:not([hidden])')].map((p) => p.id)");

for (const [name, launch] of BROWSERS) {
  describe(name, () => {
    const use = useBrowser(launch);
    let browser: ExtensionBrowser;
    beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));
    beforeEach(() => {
      browser = use();
    });

    it('options: every panel fits 200 % zoom, and the navigation works by keyboard alone', async () => {
      const options = await browser.openOptions();
      await options.setViewport(ZOOMED.width, ZOOMED.height);
      await waitFor(async () => (await options.text('#panel-nav')).includes('Settings'), 'the navigation');
      expect(await shownPanel(options)).toEqual(['panel-interviews']);

      await tabUntil(options, "e.textContent.trim() === 'Settings'", 'the Settings link');
      await options.press('Enter');
      await waitFor(async () => (await shownPanel(options)).join() === 'panel-settings', 'the settings panel');
      expect(await options.evaluate<string>('location.hash')).toBe('#settings');
      // Focus lands on the panel's heading, so the next Tab goes into the panel's first field.
      expect(await options.evaluate<string>('document.activeElement.id')).toBe('settings-heading');
      expect(await options.evaluate<string>("document.querySelector('[aria-current=page]').textContent")).toBe(
        'Settings',
      );
      await options.press('Tab');
      expect(await options.evaluate<string>('document.activeElement.id')).toBe('overdueAfterDays');

      for (const panel of PANELS) {
        await options.evaluate(
          `(history.pushState(null, '', '#${panel}'), dispatchEvent(new PopStateEvent('popstate')), true)`,
        );
        await waitFor(async () => (await shownPanel(options)).join() === `panel-${panel}`, `the ${panel} panel`);
        expect(await overflow(options), `the ${panel} panel overflows`).toBeLessThanOrEqual(0);
      }
      await options.evaluate(
        `(history.pushState(null, '', '#settings'), dispatchEvent(new PopStateEvent('popstate')), true)`,
      );
      await options.screenshot(join(SCREENSHOTS, `options-zoom-${browser.name}.png`));
      await options.close();
    });

    it('options: a link to a panel opens it, and Back returns to the last one', async () => {
      const options = await browser.openOptions('data');
      await waitFor(async () => (await shownPanel(options)).join() === 'panel-data', 'the data panel');
      await options.click('a[href="#history"]');
      await waitFor(async () => (await shownPanel(options)).join() === 'panel-history', 'the history panel');
      await options.evaluate('(history.back(), true)');
      await waitFor(async () => (await shownPanel(options)).join() === 'panel-data', 'the data panel again');
      await options.close();
    });

    it('popup: fits 200 % zoom with an interview listed, and New interview opens the form by keyboard', async () => {
      await watch(browser, { name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' });
      const popup = await browser.openPopup();
      await popup.setViewport(400, 300);
      await waitFor(async () => (await popup.text('body')).includes('Northwind Labs'), 'the next interview');
      expect(await overflow(popup)).toBeLessThanOrEqual(0);
      await tabUntil(popup, "e.textContent.trim() === 'New interview'", 'the New interview button');
      await popup.press('Enter');
      await waitFor(
        () => popup.evaluate<boolean>("document.activeElement?.labels?.[0]?.textContent.includes('Company') ?? false"),
        'focus on the Company field',
      );
      expect(await overflow(popup)).toBeLessThanOrEqual(0);
      await popup.close();
    });

    it('welcome: fits 200 % zoom, and Tab reaches the first interview’s form', async () => {
      const welcome = await browser.openWelcome();
      await welcome.setViewport(ZOOMED.width, ZOOMED.height);
      await waitFor(async () => (await welcome.text('h1')).includes('Offer First'), 'the welcome page');
      expect(await overflow(welcome)).toBeLessThanOrEqual(0);
      await welcome.screenshot(join(SCREENSHOTS, `welcome-zoom-${browser.name}.png`));
      await tabUntil(welcome, "e.id === 'f-company'", 'the Company field');
      await welcome.type('Northwind Labs');
      expect(await welcome.evaluate<string>("document.getElementById('f-company').value")).toBe('Northwind Labs');
      await welcome.close();
    });
  });
}
