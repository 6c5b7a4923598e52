// The dialog's choices end to end, in every browser: remind me (and the notification once the
// offer is recorded), I got the offer, Send anyway with a typed reason (and the history), and
// keyboard-only use of the dialog and the popup.
import { beforeEach, describe, expect, it } from 'vitest';
import { inDays, useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { FIXTURE } from './support/fixtures.ts';
import { BROWSERS } from './support/browsers.ts';

const CONNECT = 'button[aria-label="Invite Dana Whitfield to connect"]';
const siteClicks = (tab: Tab) => tab.evaluate<string[]>('window.__siteClicks');
const api = '(globalThis.browser ?? globalThis.chrome)';

function runDialogScenarios(launch: () => Promise<ExtensionBrowser>) {
  const use = useBrowser(launch);
  let browser: ExtensionBrowser;
  beforeEach(async () => {
    browser = use();
    const popup = await browser.openPopup();
    await popup.fill('Company', 'Northwind Labs');
    await popup.fill('Interview date', inDays(5));
    await popup.fill('Interviewer name', 'Dana Whitfield');
    await popup.fill('LinkedIn profile URL', 'https://www.linkedin.com/in/dana-whitfield/');
    await popup.clickButton('Add interview');
    await waitFor(async () => (await popup.text('#interviews')).includes('Northwind'), 'the saved interview');
    await popup.close();
  });

  async function stopped(): Promise<Tab> {
    const tab = await browser.newTab();
    await tab.goto(FIXTURE.linkedinProfile);
    await tab.click(CONNECT);
    await waitFor(() => tab.dialog(), 'the interception dialog');
    return tab;
  }

  describe('dialog choices', () => {
    it('"Remind me when I get the offer": nothing is sent; recording the offer later brings the notification', async () => {
      const tab = await stopped();
      expect((await tab.dialog())!.text).toContain('Research instead');
      await tab.clickDialogButton('Remind me when I get the offer');
      await waitFor(async () => !(await tab.dialog()), 'the dialog to close');
      expect(await siteClicks(tab)).toEqual([]);
      expect(await browser.inExtension<Record<string, unknown>>(`${api}.notifications.getAll()`)).toEqual({});
      // Headless Firefox has no notification area and closes a notification at once, so what
      // was shown is also recorded from the notification events, in an extension context.
      await browser.inExtension(
        `(globalThis.__shown = new Set(), ${api}.notifications.onClosed.addListener((id) => __shown.add(id)), ` +
          `${api}.notifications.onShown?.addListener((id) => __shown.add(id)), true)`,
      );

      const popup = await browser.openPopup();
      await waitFor(async () => (await popup.text('#interviews')).includes('Northwind'), 'the list');
      await popup.select('Status of Northwind Labs', 'Offer received');
      const shown = await waitFor(async () => {
        const ids = await browser.inExtension<string[]>(
          `${api}.notifications.getAll().then((all) => [...new Set([...Object.keys(all), ...__shown])])`,
        );
        return ids.length > 0 && ids;
      }, 'the "you can connect now" notification');
      expect(shown).toEqual([expect.stringMatching(/^connect:/)]);
      await popup.close();

      // And now the request simply goes through.
      await tab.click(CONNECT);
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the click to reach the site');
      expect(await tab.dialog()).toBeUndefined();
      await tab.close();
    });

    it('"I got the offer": records it and lets the original click through once', async () => {
      const tab = await stopped();
      await tab.clickDialogButton('I got the offer');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the replayed click');
      await new Promise((r) => setTimeout(r, 300));
      expect(await siteClicks(tab)).toEqual(['Invite Dana Whitfield to connect']);
      const popup = await browser.openPopup();
      await waitFor(async () => (await popup.text('#interviews')).includes('Northwind'), 'the list');
      expect(await popup.evaluate<string>('document.querySelector("#interviews select").value')).toBe('offer');
      await popup.close();
      await tab.close();
    });

    it('"Send anyway" with a typed reason sends once and keeps the reason in the history', async () => {
      const options = await browser.openOptions('settings');
      await waitFor(
        async () => (await options.evaluate<string>('document.getElementById("overdueAfterDays").value')) === '21',
        'the settings',
      );
      await options.click('input[name="friction"][value="reason"]');
      await options.clickButton('Save settings');
      await waitFor(async () => (await options.text('#toast')).includes('Settings saved.'), 'the settings to be saved');

      const tab = await stopped();
      await tab.clickDialogButton('Send anyway');
      await waitFor(async () => (await tab.dialog())?.text.includes('Why send the request now?'), 'the reason field');
      await tab.type('We worked together at Contoso');
      await tab.clickDialogButton('Send with this reason');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the replayed click');
      expect(await siteClicks(tab)).toEqual(['Invite Dana Whitfield to connect']);
      await tab.close();

      await options.close();
      const reopened = await browser.openOptions('history');
      const history = await waitFor(async () => {
        const text = await reopened.text('#history');
        return text.includes('Sent anyway') && text;
      }, 'the history entry');
      expect(history).toContain('Sent anyway: “We worked together at Contoso”');
      expect(history).toContain('Dana Whitfield');
      await reopened.close();
    });
  });

  describe('keyboard only', () => {
    it('the dialog: Cancel has focus, Shift+Tab reaches Send anyway, Enter sends', async () => {
      const tab = await stopped();
      for (let i = 0; i < 3; i++) await tab.press('Shift+Tab');
      await tab.press('Enter');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the replayed click');
      expect(await siteClicks(tab)).toEqual(['Invite Dana Whitfield to connect']);
      // The accessibility tree follows the DOM asynchronously (Firefox can lag a moment).
      await waitFor(async () => (await tab.dialog()) === undefined, 'the dialog to close');
      await tab.close();
    });

    it('the popup: Tab reaches "New interview", Enter opens the form, Enter submits, and focus goes to the field to fix', async () => {
      const popup = await browser.openPopup();
      await waitFor(async () => (await popup.text('#interviews')).includes('Northwind'), 'the list');
      // With interviews listed, the form waits behind its button.
      for (let i = 0; i < 30 && (await popup.evaluate<string>('document.activeElement.id')) !== 'add-interview'; i++)
        await popup.press('Tab');
      expect(await popup.evaluate<string>('document.activeElement.id')).toBe('add-interview');
      await popup.press('Enter');
      await waitFor(
        async () => (await popup.evaluate<string>('document.activeElement.id')) === 'f-company',
        'focus in the form',
      );
      await popup.type('Contoso');
      await popup.press('Enter');
      await waitFor(
        async () => (await popup.evaluate<string>('document.activeElement.id')) === 'f-rounds-0-at',
        'focus on the date',
      );
      expect(await popup.text('#f-rounds-0-at-error')).toBe('Enter the date and time of the interview.');
      expect(await popup.text('#f-rounds-0-interviewers-0-name-error')).toBe("Enter the interviewer's name.");
      await popup.close();
    });
  });
}

// Each browser launches its own instance: its hooks (storage reset, set-up) stay within it.
for (const [name, launch] of BROWSERS) describe(name, () => runDialogScenarios(launch));
