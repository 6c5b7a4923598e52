// The browsers every end-to-end scenario runs in, each with the built extension installed:
// Chromium (playwright-core, dist/chrome) and Firefox ESR (puppeteer-core over WebDriver BiDi,
// dist/firefox). A scenario file runs its scenarios once per entry.
import { launchChromium } from './chromium.ts';
import type { ExtensionBrowser } from './driver.ts';
import { launchFirefox } from './firefox.ts';

export const BROWSERS: ReadonlyArray<readonly [name: string, launch: () => Promise<ExtensionBrowser>]> = [
  ['Chromium', launchChromium],
  ['Firefox', launchFirefox],
];
