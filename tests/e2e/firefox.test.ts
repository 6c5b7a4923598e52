// The shared scenarios in real Firefox ESR with dist/firefox installed as a temporary add-on.
import { describe, expect, it } from 'vitest';
import { useBrowser, waitFor } from './support/driver.ts';
import { launchFirefox } from './support/firefox.ts';
import { runDetectionScenarios } from './support/detection-scenarios.ts';
import { runDialogScenarios } from './support/dialog-scenarios.ts';
import { runScenarios } from './support/scenarios.ts';
import { runStaleDataScenarios } from './support/stale-data-scenarios.ts';

// Each group launches its own browser: its hooks (storage reset, set-up) stay within it.
describe('Firefox', () => {
  describe('popup, rule and sites', () => runScenarios(launchFirefox));
  describe('detection', () => runDetectionScenarios(launchFirefox));
  describe('dialog', () => runDialogScenarios(launchFirefox));
  describe('stale data', () => runStaleDataScenarios(launchFirefox));
});

// Firefox lets users take site access away from an add-on (Chrome MV3 cannot revoke required
// host permissions programmatically, so this runs in Firefox only): the popup must say so
// plainly and offer to grant it again.
describe('Firefox host access', () => {
  const use = useBrowser(launchFirefox);
  it('says protection is off when site access was revoked, and offers the grant button', async () => {
    const browser = use();
    const origins = await browser.inExtension<string[]>('browser.runtime.getManifest().host_permissions');
    expect(
      await browser.inExtension<boolean>(`browser.permissions.remove({ origins: ${JSON.stringify(origins)} })`),
    ).toBe(true);
    const popup = await browser.openPopup();
    await waitFor(async () => (await popup.text('#access')).includes('Protection is off'), 'the protection line');
    expect(await popup.text('#access button')).toBe('Allow on LinkedIn and Facebook');
    await popup.close();
  });
});
