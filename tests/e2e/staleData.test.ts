// "No save is built on stale data", in the real browsers (support/browsers.ts):
// an options-page editor opened before the popup recorded the offer cannot put the old status
// back, and entering an interviewer again with fewer details keeps the ones stored.
import { beforeEach, describe, expect, it } from 'vitest';
import { inDays, useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { FIXTURE } from './support/fixtures.ts';
import { BROWSERS } from './support/browsers.ts';

async function addInterview(popup: Tab, fields: Record<string, string>, company: string): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await popup.fill(label, value);
  await popup.clickButton('Add interview');
  await waitFor(async () => (await popup.text('#interviews')).includes(company), `${company} in the list`);
}

const siteClicks = (tab: Tab) => tab.evaluate<string[]>('window.__siteClicks');

function runStaleDataScenarios(launch: () => Promise<ExtensionBrowser>) {
  const use = useBrowser(launch);
  let browser: ExtensionBrowser;
  beforeEach(() => {
    browser = use();
  });

  describe('stale data', () => {
    it('a stale editor in the options page does not revert the offer set from the popup, and keeps the input', async () => {
      const popup = await browser.openPopup();
      await addInterview(
        popup,
        {
          Company: 'Northwind Labs',
          'Interview date': inDays(-2),
          'Interviewer name': 'Dana Whitfield',
          'LinkedIn profile URL': 'https://www.linkedin.com/in/dana-whitfield/',
        },
        'Northwind Labs',
      );

      // The options page's editor is opened, and the user starts typing notes.
      const options = await browser.openOptions();
      await waitFor(async () => (await options.text('#interviews')).includes('Northwind Labs'), 'the options list');
      await options.clickButton('Edit Northwind Labs');
      await waitFor(async () => (await options.text('#editor-heading')) === 'Edit Northwind Labs', 'the editor');
      await options.fill('Notes', 'Ask about the on-call rotation');

      // Meanwhile the offer is recorded in the popup.
      await popup.select('Status of Northwind Labs', 'Offer received');
      await waitFor(async () => (await popup.text('#toast')).includes('Offer received'), 'the status change');

      // The open editor says so without losing the input, and the list follows.
      await waitFor(
        async () => (await options.text('#editor-changed')).includes('its status is now Offer received'),
        'the changed notice',
      );
      expect(await options.evaluate<string>('document.getElementById("f-notes").value')).toBe(
        'Ask about the on-call rotation',
      );
      await waitFor(
        () =>
          options.evaluate<boolean>(
            `document.querySelector('select[aria-label="Status of Northwind Labs"]').value === 'offer'`,
          ),
        'the options list to show the offer',
      );

      // Saving anyway is refused, in the form, and changes nothing.
      await options.clickButton('Save changes');
      await waitFor(
        async () => (await options.text('#f-form-error')).includes('changed elsewhere'),
        'the refusal in the form',
      );
      expect(await options.text('#f-form-error')).toContain('its status is now Offer received');
      expect(await options.evaluate<string>('document.getElementById("f-notes").value')).toBe(
        'Ask about the on-call rotation',
      );
      await options.close();
      await popup.close();

      // Blocking did not come back: Connect on Dana goes through.
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Dana Whitfield to connect"]');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the click to reach the site');
      expect(await siteClicks(tab)).toEqual(['Invite Dana Whitfield to connect']);
      expect(await tab.dialog()).toBeUndefined();
      await tab.close();
    });

    it('entering a person again with only their LinkedIn link keeps their Facebook link, so Add friend is still stopped', async () => {
      const popup = await browser.openPopup();
      await addInterview(
        popup,
        {
          Company: 'Northwind Labs',
          'Interview date': inDays(3),
          'Interviewer name': 'Morgan Reyes',
          'LinkedIn profile URL': 'https://www.linkedin.com/in/morgan-reyes/',
          'Facebook profile URL': 'https://www.facebook.com/morgan.reyes',
        },
        'Northwind Labs',
      );
      await addInterview(
        popup,
        {
          Company: 'Contoso',
          'Interview date': inDays(4),
          'Interviewer name': 'M. Reyes',
          'LinkedIn profile URL': 'https://www.linkedin.com/in/morgan-reyes/',
        },
        'Contoso',
      );
      // One person, under the fuller name, in both interviews.
      expect(await popup.text('#interviews')).not.toContain('M. Reyes');
      await popup.close();

      const tab = await browser.newTab();
      await tab.goto(FIXTURE.facebookProfile);
      await tab.click('[data-pagelet="ProfileActions"] [aria-label="Add friend"]');
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.text).toContain('Interview with Northwind Labs in 3 days');
      expect(await siteClicks(tab)).toEqual([]);
      await tab.close();
    });

    it('undo after the popup closed: the options page lists the deletion and restores exactly it, interviewer included', async () => {
      const popup = await browser.openPopup();
      for (const [company, days, name] of [
        ['Northwind Labs', 5, 'Dana Whitfield'],
        ['Contoso', 6, 'Sam Ortega'],
      ] as const)
        await addInterview(
          popup,
          { Company: company, 'Interview date': inDays(days), 'Interviewer name': name },
          company,
        );
      await popup.clickButton('Delete Northwind Labs');
      await waitFor(async () => !(await popup.text('#interviews')).includes('Northwind'), 'the first deletion');
      await popup.clickButton('Delete Contoso');
      await waitFor(async () => (await popup.text('#interviews')) === '', 'the second deletion');
      await popup.close();

      const options = await browser.openOptions();
      await waitFor(async () => (await options.text('#deleted')).includes('Contoso'), 'the recently deleted list');
      await options.clickButton('Undo deleting Northwind Labs');
      await waitFor(
        async () => (await options.text('#interviews')).includes('Northwind Labs'),
        'the restored interview',
      );
      expect(await options.text('#interviews')).toContain('Dana Whitfield');
      expect(await options.text('#interviews')).not.toContain('Contoso');
      expect(await options.text('#deleted')).toContain('Contoso');
      expect(await options.text('#deleted')).not.toContain('Northwind');
      await options.close();
    });
  });
}

// Each browser launches its own instance: its hooks (storage reset, set-up) stay within it.
for (const [name, launch] of BROWSERS) describe(name, () => runStaleDataScenarios(launch));
