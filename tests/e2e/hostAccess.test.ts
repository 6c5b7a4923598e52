// Site access taken away by the user. Firefox lets users revoke an add-on's host permissions
// (Chrome MV3 cannot revoke required host permissions programmatically, so this runs in Firefox
// only): the popup must say so plainly and offer to grant it again.
import { describe, expect, it } from 'vitest';
import { useBrowser, waitFor } from './support/driver.ts';
import { launchFirefox } from './support/firefox.ts';

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
