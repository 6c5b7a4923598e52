// The trust invariant (docs/SECURITY.md) in real Chromium and real Firefox ESR.
import { describe, expect, it } from 'vitest';
import { useBrowser, waitFor } from './support/driver.ts';
import { watch } from './support/detection-scenarios.ts';
import { FIXTURE } from './support/fixtures.ts';
import { launchChromium } from './support/chromium.ts';
import { launchFirefox } from './support/firefox.ts';
import { runTrustScenarios } from './support/trust-scenarios.ts';

describe('Chromium', () => runTrustScenarios(launchChromium));
describe('Firefox', () => runTrustScenarios(launchFirefox));

// Only Chrome leaves orphans: Firefox unloads an extension's content scripts with it. To get an
// orphan with no successor, the re-injected script is stood down through its own world.
describe('Chromium orphan', () => {
  const use = useBrowser(launchChromium);
  it('an orphaned script with no successor still stops the watched click and says to reload the page', async () => {
    const browser = use();
    await watch(browser, { name: 'Dana Whitfield', linkedinUrl: FIXTURE.linkedinProfile });
    const tab = await browser.newTab();
    await tab.goto(FIXTURE.linkedinProfile);
    await browser.reloadExtension();
    await new Promise((r) => setTimeout(r, 2000));
    expect(await tab.inContentScript!<boolean>('(globalThis.__offerFirstContentScript.standDown(), true)')).toBe(true);
    await tab.click('button[aria-label="Invite Dana Whitfield to connect"]');
    const dialog = await waitFor(() => tab.dialog(), 'the orphan’s dialog');
    expect(dialog.text).toContain('Reload the page');
    expect(await tab.evaluate<string[]>('window.__siteClicks')).toEqual([]);
    await tab.clickDialogButton('Send anyway');
    await waitFor(async () => (await tab.evaluate<string[]>('window.__siteClicks')).length > 0, 'the replayed click');
    expect(await tab.evaluate<string[]>('window.__siteClicks')).toEqual(['Invite Dana Whitfield to connect']);
    await tab.close();
  });
});
