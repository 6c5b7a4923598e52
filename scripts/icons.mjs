// Renders assets/icon.svg to the PNG sizes the manifests use (public/icons/icon-<size>.png),
// with headless Chromium through playwright-core: a real browser's SVG rasteriser, and a
// transparent background (omitBackground) so the rounded corners stay clear.
// Usage: node scripts/icons.mjs   (re-run after editing the SVG; commit the PNGs).
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 128];
const OUT = join(ROOT, 'public', 'icons');

const svg = readFileSync(join(ROOT, 'assets', 'icon.svg'));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const size of SIZES) {
    // deviceScaleFactor 1: one CSS pixel is one PNG pixel, so the file is exactly size×size.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const file = join(OUT, `icon-${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
