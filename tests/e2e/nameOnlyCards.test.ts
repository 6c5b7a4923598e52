// Desktop cards that link to no profile, in every browser of support/browsers.ts: a
// LinkedIn "More profiles for you" card whose link leads to a Premium page, and a Facebook
// "People you may know" card showing only a name. A request there is stopped by name, with the
// "this may be …" wording (and the dialog says so when two interviewers share the name); a
// namesake linking another profile and a different name go through untouched.
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.ts';
import { useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { FIXTURE } from './support/fixtures.ts';
import { watch } from './support/interviewers.ts';

const siteClicks = (tab: Tab) => tab.evaluate<string[]>('window.__siteClicks');

async function open(browser: ExtensionBrowser, url: string): Promise<Tab> {
  const tab = await browser.newTab();
  await tab.goto(url);
  // The content script reads the watch list at document_start: wait until it can stop a click
  // (the page's own recorder exists once the page's script ran; the list is read before that).
  await waitFor(() => tab.evaluate<boolean>('Array.isArray(window.__siteClicks)'), 'the page');
  return tab;
}

async function closeDialog(tab: Tab) {
  await tab.press('Escape');
  await waitFor(async () => !(await tab.dialog()), 'the dialog to close');
}

/** Clicks `selector`, then waits until the page itself saw `count` clicks in all (it was not stopped). */
async function expectPassed(tab: Tab, selector: string, count: number) {
  await tab.click(selector);
  await waitFor(async () => (await siteClicks(tab)).length === count, `the page to see click ${count}`);
  expect(await tab.dialog()).toBeUndefined();
}

for (const [name, launch] of BROWSERS) {
  describe(name, () => {
    const use = useBrowser(launch);

    it('LinkedIn sidebar card linking only to Premium: stopped as “may be”; the namesake linking another profile and another name pass', async () => {
      const browser = use();
      await watch(browser, { name: 'Riley Chen', linkedinUrl: 'https://www.linkedin.com/in/riley-chen-3/' });
      const tab = await open(browser, FIXTURE.linkedinBrowsemap);
      await tab.click('#card-premium button');
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.text).toContain('This may be Riley Chen');
      expect(await siteClicks(tab)).toEqual([]);
      await closeDialog(tab);
      await expectPassed(tab, '#card-namesake button', 1);
      await expectPassed(tab, '#card-unlabelled button', 2);
      expect(await siteClicks(tab)).toEqual(['Invite Riley Chen to connect', 'Connect']);
      await tab.close();
    });

    it('Facebook “People you may know” card showing only a name: two interviewers of that name, the dialog says so; another name passes', async () => {
      const browser = use();
      await watch(browser, { name: 'Riley Chen' });
      await watch(browser, { name: 'Riley Chen', facebookUrl: 'https://www.facebook.com/profile.php?id=100012300001' });
      const tab = await open(browser, FIXTURE.facebookPymkNames);
      await tab.click('#pymk-riley [aria-label="Add friend"]');
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.text).toContain('Several people on your interview list are called Riley Chen');
      expect(await siteClicks(tab)).toEqual([]);
      await closeDialog(tab);
      await expectPassed(tab, '#pymk-jordan [aria-label="Add friend"]', 1);
      expect(await siteClicks(tab)).toEqual(['Add friend']);
      await tab.close();
    });
  });
}
