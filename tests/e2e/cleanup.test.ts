// A headless browser run must not leave profiles or temporary folders behind: on a machine
// that runs the suite every day they would pile up. Each launch here is closed again and the
// temporary folder must look as it did before (global-setup.ts also removes the run's whole
// folder at the end, which this does not rely on).
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { launchFirefox } from './support/firefox.ts';

describe('browser runs clean up after themselves', () => {
  it('the run has a temporary folder of its own', () => {
    expect(tmpdir()).toMatch(/offer-first-e2e-\d+$/);
  });

  for (const [name, launch] of [
    ['Chromium', launchChromium],
    ['Firefox', launchFirefox],
  ] as const) {
    it(`${name}: launch, open a page, close: nothing is left in the temporary folder`, async () => {
      const before = readdirSync(tmpdir()).sort();
      const browser = await launch();
      const tab = await browser.newTab();
      await tab.goto('https://www.linkedin.com/in/priya-raman-4b1a2c/');
      expect(readdirSync(tmpdir()).length).toBeGreaterThan(before.length); // a profile was made
      await browser.close();
      expect(readdirSync(tmpdir()).sort()).toEqual(before);
    });
  }
});
