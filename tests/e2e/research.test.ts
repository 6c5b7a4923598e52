// The research checklist, in real Chromium and Firefox: two items ticked in the
// popup are kept (the popup opened again shows them), the options page follows the ticks
// made in the popup while it is open, and the dialog on LinkedIn says "2 of 5 researched".
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inDays, useBrowser, waitFor, type Tab } from './support/driver.ts';
import { BROWSERS } from './support/browsers.ts';
import { FIXTURE } from './support/fixtures.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

const LIST = '#interviews';
/** The ticked items, read as a user does: with the folded checklists opened (their boxes are drawn then). */
const checked = (tab: Tab) =>
  tab.evaluate<string[]>(
    `(() => {
      for (const summary of document.querySelectorAll('#interviews .research details:not([open]) > summary')) summary.click();
      return [...document.querySelectorAll('#interviews .research input:checked')].map((box) => box.value);
    })()`,
  );
/** Ticks one item and waits for the worker's answer to be shown (the count moves on). */
async function tick(popup: Tab, item: string, count: string) {
  await popup.click(`${LIST} .research input[value="${item}"]`);
  await waitFor(async () => (await popup.text(LIST)).includes(count), `"${count}" after ticking ${item}`);
}

for (const [name, launch] of BROWSERS) {
  describe(name, () => {
    const use = useBrowser(launch);
    beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

    it('keeps two ticks from the popup, shows them in the options page and counts them in the dialog', async () => {
      const browser = use();
      const popup = await browser.openPopup();
      for (const [label, value] of Object.entries({
        Company: 'Northwind Labs',
        Role: 'Staff Engineer',
        'Interview date': inDays(5),
        'Interviewer name': 'Dana Whitfield',
        'LinkedIn profile URL': 'https://www.linkedin.com/in/dana-whitfield/',
      }))
        await popup.fill(label, value);
      await popup.clickButton('Add interview');
      await waitFor(
        async () => (await popup.text(LIST)).includes('Research on Dana Whitfield · 0 of 5 researched'),
        'the checklist under the interview',
      );
      // The options page is open meanwhile: it follows the ticks made in the popup.
      const options = await browser.openOptions();
      await waitFor(async () => (await options.text(LIST)).includes('0 of 5 researched'), 'the options list');

      await popup.click(`${LIST} .research summary`);
      await tick(popup, 'role', '1 of 5 researched');
      await tick(popup, 'posts', '2 of 5 researched');
      expect(await checked(popup)).toEqual(['role', 'posts']);
      await popup.screenshot(join(SCREENSHOTS, `research-popup-${browser.name}.png`));
      await popup.close();

      await waitFor(async () => (await options.text(LIST)).includes('2 of 5 researched'), 'the options page to follow');
      expect(await checked(options)).toEqual(['role', 'posts']);
      await options.close();

      // Opened again, the popup shows what was kept.
      const again = await browser.openPopup();
      await waitFor(async () => (await again.text(LIST)).includes('2 of 5 researched'), 'the kept ticks');
      expect(await checked(again)).toEqual(['role', 'posts']);
      await again.close();

      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Dana Whitfield to connect"]');
      const dialog = await waitFor(async () => {
        const shown = await tab.dialog();
        return shown?.text.includes('researched') && shown;
      }, 'the dialog with the research count');
      expect(dialog.text).toContain('2 of 5 researched');
      expect(dialog.text).toContain('Interview with Northwind Labs in 5 days');
      await tab.screenshot(join(SCREENSHOTS, `research-dialog-${browser.name}.png`));
      await tab.press('Escape');
      await tab.close();
    });
  });
}
