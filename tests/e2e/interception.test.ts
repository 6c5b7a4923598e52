// Interception end to end, written once and run in every browser (support/browsers.ts): adding
// an interview, being stopped on LinkedIn and Facebook, and the rule. Each one drives the built extension the way a user would: the popup's
// labelled form, then a real mouse click on the site's own button, served at its real URL.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inDays, useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { FIXTURE } from './support/fixtures.ts';
import { SCREENSHOTS } from './support/screenshots.ts';
import { BROWSERS } from './support/browsers.ts';

async function addInterview(browser: ExtensionBrowser, fields: Record<string, string>): Promise<Tab> {
  const popup = await browser.openPopup();
  for (const [label, value] of Object.entries(fields)) await popup.fill(label, value);
  await popup.clickButton('Add interview');
  return popup;
}

const siteClicks = (tab: Tab) => tab.evaluate<string[]>('window.__siteClicks');

function runScenarios(launch: () => Promise<ExtensionBrowser>) {
  const use = useBrowser(launch);
  let browser: ExtensionBrowser;
  beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));
  beforeEach(() => {
    browser = use();
  });

  describe('popup', () => {
    it('adds an interview through the labelled form and lists it', async () => {
      const popup = await addInterview(browser, {
        Company: 'Northwind Labs',
        Role: 'Staff Engineer',
        'Interview date': inDays(5),
        'Interviewer name': 'Dana Whitfield',
        'LinkedIn profile URL': 'https://www.linkedin.com/in/dana-whitfield/',
        'Facebook profile URL': 'https://www.facebook.com/morgan.reyes',
      });
      const listed = await waitFor(async () => {
        const text = await popup.text('#interviews');
        return text.includes('Northwind Labs') && text;
      }, 'the interview in the list');
      expect(listed).toContain('Staff Engineer');
      expect(listed).toContain('in 5 days');
      expect(listed).toContain('Dana Whitfield');
      await popup.close();
      const options = await browser.openOptions();
      await waitFor(async () => (await options.text('#interviews')).includes('Northwind Labs'), 'the options list');
      await options.screenshot(join(SCREENSHOTS, `options-${browser.name}.png`));
      await options.close();
    });

    it('edits an interview, deletes it, and brings it back with Undo', async () => {
      const popup = await addInterview(browser, {
        Company: 'Northwind Labs',
        'Interview date': inDays(5),
        'Interviewer name': 'Dana Whitfield',
      });
      await waitFor(async () => (await popup.text('#interviews')).includes('Northwind Labs'), 'the interview');
      await popup.clickButton('Edit Northwind Labs');
      await waitFor(async () => (await popup.text('#editor-heading')) === 'Edit Northwind Labs', 'the editor');
      await popup.fill('Company', 'Northwind Robotics');
      await popup.clickButton('Save changes');
      await waitFor(
        async () => (await popup.text('#interviews')).includes('Northwind Robotics'),
        'the edited interview',
      );
      expect(await popup.text('#interviews')).not.toContain('Northwind Labs');

      await popup.clickButton('Delete Northwind Robotics');
      await waitFor(async () => (await popup.text('#interviews')) === '', 'the deletion');
      expect(await popup.text('#toast')).toContain('Deleted the interview with Northwind Robotics.');
      await popup.clickButton('Undo');
      await waitFor(async () => (await popup.text('#interviews')).includes('Northwind Robotics'), 'the undo');
      await popup.close();
    });

    it('explains bad input next to the field and saves nothing', async () => {
      const popup = await addInterview(browser, {
        Company: '',
        'Interview date': inDays(2),
        'Interviewer name': 'Dana Whitfield',
        'LinkedIn profile URL': 'https://www.linkedin.com/company/northwind-labs/',
      });
      expect(await popup.text('#f-company-error')).toMatch(/company/i);
      expect(await popup.text('#f-rounds-0-interviewers-0-linkedinUrl-error')).toMatch(/company page/i);
      expect(await popup.text('#interviews')).toBe('');
      expect(await popup.evaluate<boolean>('!document.getElementById("empty").hidden')).toBe(true);
      await popup.close();
    });
  });

  describe('LinkedIn', () => {
    it('stops Connect on an interviewer, explains, and lets Esc cancel', async () => {
      const popup = await addInterview(browser, {
        Company: 'Northwind Labs',
        'Interview date': inDays(5),
        'Interviewer name': 'Dana Whitfield',
        'LinkedIn profile URL': 'linkedin.com/in/dana-whitfield',
      });
      await waitFor(async () => (await popup.text('#interviews')).includes('Northwind'), 'the saved interview');
      await popup.close();

      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Dana Whitfield to connect"]');
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.role).toBe('alertdialog');
      expect(dialog.name).toContain('Dana Whitfield');
      expect(dialog.text).toContain('Interview with Northwind Labs in 5 days');
      expect(await siteClicks(tab)).toEqual([]);
      await tab.screenshot(join(SCREENSHOTS, `dialog-linkedin-${browser.name}.png`));

      await tab.press('Escape');
      await waitFor(async () => !(await tab.dialog()), 'the dialog to close');
      expect(await siteClicks(tab)).toEqual([]);
      // Focus went back to the page's own button.
      expect(await tab.evaluate<string>('document.activeElement.getAttribute("aria-label")')).toBe(
        'Invite Dana Whitfield to connect',
      );
      await tab.close();
    });

    it('"Send anyway" lets the original click reach the site exactly once', async () => {
      await (
        await addInterview(browser, {
          Company: 'Northwind Labs',
          'Interview date': inDays(5),
          'Interviewer name': 'Dana Whitfield',
          'LinkedIn profile URL': 'https://www.linkedin.com/in/dana-whitfield/',
        })
      ).close();
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Dana Whitfield to connect"]');
      await waitFor(() => tab.dialog(), 'the interception dialog');
      await tab.clickDialogButton('Send anyway');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the replayed click');
      await new Promise((r) => setTimeout(r, 300));
      expect(await siteClicks(tab)).toEqual(['Invite Dana Whitfield to connect']);
      expect(await tab.dialog()).toBeUndefined();
      await tab.close();
    });

    it("passes a stranger's Connect on the same page untouched", async () => {
      await (
        await addInterview(browser, {
          Company: 'Northwind Labs',
          'Interview date': inDays(5),
          'Interviewer name': 'Dana Whitfield',
          'LinkedIn profile URL': 'https://www.linkedin.com/in/dana-whitfield/',
        })
      ).close();
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Sam Ortega to connect"]');
      expect(await siteClicks(tab)).toEqual(['Invite Sam Ortega to connect']);
      expect(await tab.dialog()).toBeUndefined();
      await tab.close();
    });
  });

  describe('the rule', () => {
    const dana = {
      Company: 'Northwind Labs',
      Role: 'Staff Engineer',
      'Interviewer name': 'Dana Whitfield',
      'LinkedIn profile URL': 'https://www.linkedin.com/in/dana-whitfield/',
    };
    const clickDana = async () => {
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Dana Whitfield to connect"]');
      return tab;
    };

    for (const [status, option] of [
      ['offer', 'Offer received'],
      ['rejected', 'Rejected'],
    ] as const) {
      it(`lets the request through once the status is ${status}`, async () => {
        const popup = await addInterview(browser, { ...dana, 'Interview date': inDays(-3) });
        await waitFor(async () => (await popup.text('#interviews')).includes('Northwind'), 'the saved interview');
        await popup.select('Status of Northwind Labs · Staff Engineer', option);
        await waitFor(async () => (await popup.text('#toast')).includes(option), 'the status change');
        await popup.close();
        const tab = await clickDana();
        await waitFor(async () => (await siteClicks(tab)).length > 0, 'the click to reach the site');
        expect(await siteClicks(tab)).toEqual(['Invite Dana Whitfield to connect']);
        expect(await tab.dialog()).toBeUndefined();
        await tab.close();
      });
    }

    it('stops after the interview while no decision is recorded', async () => {
      await (await addInterview(browser, { ...dana, 'Interview date': inDays(-2) })).close();
      const tab = await clickDana();
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.text).toContain('Interviewed with Northwind Labs 2 days ago, no decision yet');
      expect(await siteClicks(tab)).toEqual([]);
      await tab.close();
    });

    it('matches a person stored by name only ("José Müller" is "Jose Muller", not "Joseph Muller")', async () => {
      await (
        await addInterview(browser, {
          Company: 'Northwind Labs',
          'Interview date': inDays(4),
          'Interviewer name': 'José Müller',
        })
      ).close();
      const tab = await browser.newTab();
      await tab.goto('https://www.linkedin.com/search/results/people/?keywords=muller');
      await tab.click('button[aria-label="Invite Joseph Muller to connect"]');
      expect(await siteClicks(tab)).toEqual(['Invite Joseph Muller to connect']);
      await tab.click('button[aria-label="Invite Jose Muller to connect"]');
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.text).toContain('This may be José Müller');
      expect(await siteClicks(tab)).toEqual(['Invite Joseph Muller to connect']);
      await tab.close();
    });

    it('matches a profile stored with a country subdomain against the www link in a card', async () => {
      await (
        await addInterview(browser, {
          Company: 'Contoso',
          'Interview date': inDays(6),
          'Interviewer name': 'Sam Ortega',
          'LinkedIn profile URL': 'https://de.linkedin.com/in/Sam-Ortega-4b2a1',
        })
      ).close();
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Sam Ortega to connect"]');
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.text).toContain('Interview with Contoso in 6 days');
      expect(dialog.text).not.toContain('This may be');
      expect(await siteClicks(tab)).toEqual([]);
      await tab.close();
    });
  });

  describe('Facebook', () => {
    it('stops Add friend on an interviewer, and "Send anyway" replays it once', async () => {
      await (
        await addInterview(browser, {
          Company: 'Northwind Labs',
          'Interview date': inDays(3),
          'Interviewer name': 'Morgan Reyes',
          'Facebook profile URL': 'https://www.facebook.com/Morgan.Reyes',
        })
      ).close();
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.facebookProfile);
      await tab.click('[data-pagelet="ProfileActions"] [aria-label="Add friend"]');
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.text).toContain('Interview with Northwind Labs in 3 days');
      expect(dialog.text).toContain('friend request');
      expect(await siteClicks(tab)).toEqual([]);
      await tab.screenshot(join(SCREENSHOTS, `dialog-facebook-${browser.name}.png`));

      await tab.clickDialogButton('Cancel');
      await waitFor(async () => !(await tab.dialog()), 'the dialog to close');
      expect(await siteClicks(tab)).toEqual([]);

      await tab.click('[data-pagelet="ProfileActions"] [aria-label="Add friend"]');
      await waitFor(() => tab.dialog(), 'the dialog again');
      await tab.clickDialogButton('Send anyway');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the replayed click');
      await new Promise((r) => setTimeout(r, 300));
      expect(await siteClicks(tab)).toEqual(['Add friend @ ProfileActions']);
      await tab.close();
    });

    it("passes a stranger's Add friend untouched", async () => {
      await (
        await addInterview(browser, {
          Company: 'Northwind Labs',
          'Interview date': inDays(3),
          'Interviewer name': 'Morgan Reyes',
          'Facebook profile URL': 'https://www.facebook.com/morgan.reyes',
        })
      ).close();
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.facebookProfile);
      await tab.click('[data-pagelet="PeopleYouMayKnow"] [aria-label="Add friend"]');
      expect(await siteClicks(tab)).toEqual(['Add friend @ PeopleYouMayKnow']);
      expect(await tab.dialog()).toBeUndefined();
      await tab.close();
    });
  });
}

// Each browser launches its own instance: its hooks (storage reset, set-up) stay within it.
for (const [name, launch] of BROWSERS) describe(name, () => runScenarios(launch));
